import ZongjieCore

/// SARIF 2.1.0 (OASIS), as GitHub code scanning and other CI viewers read it: one run whose
/// driver lists every rule (id, name, descriptions, help with 依据, default level); results
/// with the rule's index, level, message, a region in 1-based Unicode-scalar columns
/// (`columnKind: unicodeCodePoints`; our columns are scalars already, end exclusive as in
/// SARIF), a line-independent fingerprint, and the fix where there is one.
/// Paths are relative to the working directory (`%SRCROOT%`).
public struct SARIFReporter: StreamingReporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    let rules: [RuleDescription]
    let ruleIndex: [String: Int]
    let paths: ReportPaths

    /// `rules`: the driver's rule list (default: every registered rule); a finding of a rule
    /// not in it has no `ruleIndex`.
    public init(rules: [RuleDescription]? = nil, paths: ReportPaths = ReportPaths()) {
        if let rules {
            self.rules = rules
            self.ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        } else {
            self.rules = Self.registeredRules
            self.ruleIndex = Self.registeredRuleIndex
        }
        self.paths = paths
    }

    private static let registeredRules = RuleRegistry.all.map { $0.description }
    private static let registeredRuleIndex = Dictionary(registeredRules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

    public var separator: String { ",\n" }

    public func header() -> String {
        var out: [UInt8] = []
        out.append(raw: "{\"$schema\":")
        out.append(jsonString: Self.schemaURI)
        out.append(raw: ",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":")
        out.append(jsonString: ToolInfo.name)
        out.append(raw: ",\"version\":")
        out.append(jsonString: ToolInfo.version)
        out.append(raw: ",\"informationUri\":")
        out.append(jsonString: ToolInfo.informationURI)
        out.append(raw: ",\"rules\":[\n")
        for (index, rule) in rules.enumerated() {
            if index > 0 { out.append(raw: ",\n") }
            append(rule, to: &out)
        }
        out.append(raw: "\n]}},\"columnKind\":\"unicodeCodePoints\",\"originalUriBaseIds\":{\"%SRCROOT%\":{\"uri\":")
        out.append(jsonString: paths.workingDirectoryURI)
        out.append(raw: "}},\"results\":[\n")
        return String(decoding: out, as: UTF8.self)
    }

    public func footer(_ summary: LintSummary) -> String {
        "\n]}]}\n"
    }

    public func append(_ result: FileResult, to out: inout [UInt8]) {
        guard !result.diagnostics.isEmpty else { return }
        let fingerprints = Fingerprints.of(result)
        let location = artifactLocation(result.path)
        for (index, diagnostic) in result.diagnostics.enumerated() {
            if index > 0 { out.append(raw: ",\n") }
            out.append(raw: "{\"ruleId\":")
            out.append(jsonString: diagnostic.ruleID)
            if let ruleIndex = ruleIndex[diagnostic.ruleID] {
                out.append(raw: ",\"ruleIndex\":")
                out.append(decimal: ruleIndex)
            }
            out.append(raw: ",\"level\":\"\(RuleHelp.sarifLevel(diagnostic.severity))\",\"message\":{\"text\":")
            out.append(jsonString: diagnostic.message)
            out.append(raw: "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":")
            out.append(raw: location)
            out.append(raw: ",\"region\":")
            append(diagnostic.range, to: &out)
            out.append(raw: "}}],\"partialFingerprints\":{")
            out.append(jsonString: Fingerprints.key)
            out.append(raw: ":")
            out.append(jsonString: fingerprints[index])
            out.append(raw: "}")
            if let fix = diagnostic.fix, !result.isWordFile {
                out.append(raw: ",\"fixes\":[{\"description\":{\"text\":")
                out.append(jsonString: fix.replacement.isEmpty ? "删除" : "改为“\(fix.replacement)”")
                out.append(raw: "},\"artifactChanges\":[{\"artifactLocation\":")
                out.append(raw: location)
                out.append(raw: ",\"replacements\":[{\"deletedRegion\":")
                append(fix.range, to: &out)
                out.append(raw: ",\"insertedContent\":{\"text\":")
                out.append(jsonString: fix.replacement)
                out.append(raw: "}}]}]}]")
            }
            out.append(raw: "}")
        }
    }

    private func append(_ rule: RuleDescription, to out: inout [UInt8]) {
        out.append(raw: "{\"id\":")
        out.append(jsonString: rule.id)
        out.append(raw: ",\"name\":")
        out.append(jsonString: rule.name)
        out.append(raw: ",\"shortDescription\":{\"text\":")
        out.append(jsonString: rule.summary)
        out.append(raw: "},\"fullDescription\":{\"text\":")
        out.append(jsonString: rule.rationale)
        out.append(raw: "},\"help\":{\"text\":")
        out.append(jsonString: RuleHelp.text(of: rule))
        out.append(raw: "},\"helpUri\":")
        out.append(jsonString: ToolInfo.ruleURI(rule.id))
        out.append(raw: ",\"defaultConfiguration\":{\"level\":\"\(RuleHelp.sarifLevel(rule.severity))\"}}")
    }

    /// `{"uri":…,"uriBaseId":"%SRCROOT%"}` (the base only for paths inside the working directory).
    private func artifactLocation(_ path: String) -> String {
        let (uri, relative) = paths.artifactURI(path)
        var out: [UInt8] = []
        out.append(raw: "{\"uri\":")
        out.append(jsonString: uri)
        if relative { out.append(raw: ",\"uriBaseId\":\"%SRCROOT%\"") }
        out.append(raw: "}")
        return String(decoding: out, as: UTF8.self)
    }

    private func append(_ range: SourceRange, to out: inout [UInt8]) {
        out.append(raw: "{\"startLine\":")
        out.append(decimal: max(1, range.start.line))
        out.append(raw: ",\"startColumn\":")
        out.append(decimal: max(1, range.start.column))
        out.append(raw: ",\"endLine\":")
        out.append(decimal: max(1, range.end.line))
        out.append(raw: ",\"endColumn\":")
        out.append(decimal: max(1, range.end.column))
        out.append(raw: "}")
    }
}
