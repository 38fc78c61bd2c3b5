import ZongjieCore
import ZongjieDrafting

/// Runs rules over one document and returns their findings in source order.
///
/// Runs every rule it is given, nothing more: configuration, inline ignores and
/// `--strict` are applied by `LintEngine`, the baseline by the CLI.
public struct Linter: Sendable {
    public var rules: [any LintRule]
    public var catalog: ReportTypeCatalog

    public init(rules: [any LintRule], catalog: ReportTypeCatalog) {
        self.rules = rules
        self.catalog = catalog
    }

    /// A linter with every registered rule, built once with the run's settings.
    public init(settings: LintSettings = LintSettings(), catalog: ReportTypeCatalog) {
        let settings = settings.addingPluginTerms(of: catalog)
        self.init(rules: RuleRegistry.all.map { $0.init(settings: settings) }, catalog: catalog)
    }

    /// Builds the context for `text`: parses it and picks the report type.
    public func context(for text: String, path: String, reportType typeID: String? = nil) -> LintContext {
        let source = SourceText(text)
        // Scanned once: the parser and the rules that need the parsed lines share them.
        let lines = LineScanner.lines(of: source)
        let document = StructureParser().parse(lines: lines)
        let type = typeID.flatMap { catalog.type(id: $0) }
            ?? catalog.recognise(title: document.title?.text ?? "")
            ?? ReportType(id: "general", name: "单位年度工作总结", titleKeywords: [], outline: Outline(id: "empty", name: "", sections: []), origin: .builtIn)
        var context = LintContext(path: path, source: source, document: document, reportType: type, reportYear: ReportYear.infer(from: document))
        context.scans.keepParsedLines(lines)
        NianbaoPaste.markTableRegions(&context, lines: lines)
        return context
    }

    /// All findings for `text`, sorted by position then rule id; `previous` is last year's report.
    public func lint(_ text: String, path: String, reportType: String? = nil, previous: PreviousReport? = nil) -> [Diagnostic] {
        var context = context(for: text, path: path, reportType: reportType)
        context.previous = previous
        return lint(context)
    }

    /// All findings for a prepared context, sorted by position then rule id. `suppressions`
    /// (the file's inline ignores) apply before the filters that drop one rule's finding for
    /// another's: a figure whose plugin finding is switched off keeps its `rate-mismatch`.
    public func lint(_ context: LintContext, suppressions: Suppressions? = nil) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for rule in rules { findings.append(contentsOf: rule.check(context)) }
        if let suppressions, !suppressions.isEmpty { findings.removeAll { suppressions.suppresses($0) } }
        if !context.tableRegions.isEmpty || NianbaoReport.applies(to: context) { NianbaoPaste.quieten(&findings, context) }
        if !context.reportType.lintRules.isEmpty { RateFindingsOnce.dropGenericDuplicates(&findings) }
        // Sorted in place (the same stable sort `sorted` runs on a copy).
        findings.sort { ($0.range.start, $0.ruleID) < ($1.range.start, $1.ruleID) }
        return findings
    }
}
