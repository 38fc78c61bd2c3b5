import ZongjieCore

/// The machine-readable report. The shape is a public interface (see README,
/// "lint → JSON"): keys in a fixed order, lines and columns 1-based, columns in
/// characters (Unicode scalars), `data` and `fix` only when present.
///
/// `{"version":1,"files":[{"path","reportType","diagnostics":[{"rule","severity",
/// "line","column","endLine","endColumn","message","data"?,"fix"?}]}],
/// "summary":{"files","errors","warnings","infos"}}`
public struct JSONReporter: Reporter {
    public init() {}

    public func report(_ results: [FileResult]) -> String {
        var out = "{\"version\":1,\"files\":["
        out += results.map(file).joined(separator: ",")
        let summary = LintSummary(results)
        out += "],\"summary\":{\"files\":\(summary.files),\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"infos\":\(summary.infos)}}\n"
        return out
    }

    private func file(_ result: FileResult) -> String {
        "{\"path\":\(string(result.path)),\"reportType\":\(string(result.reportType)),\"diagnostics\":["
            + result.diagnostics.map(diagnostic).joined(separator: ",") + "]}"
    }

    private func diagnostic(_ diagnostic: Diagnostic) -> String {
        let range = diagnostic.range
        var out = "{\"rule\":\(string(diagnostic.ruleID)),\"severity\":\(string(diagnostic.severity.rawValue))"
        out += ",\"line\":\(range.start.line),\"column\":\(range.start.column),\"endLine\":\(range.end.line),\"endColumn\":\(range.end.column)"
        out += ",\"message\":\(string(diagnostic.message))"
        if !diagnostic.data.isEmpty {
            let pairs = diagnostic.data.keys.sorted().map { "\(string($0)):\(string(diagnostic.data[$0] ?? ""))" }
            out += ",\"data\":{" + pairs.joined(separator: ",") + "}"
        }
        if let fix = diagnostic.fix {
            out += ",\"fix\":{\"kind\":\(string(fix.kind.rawValue)),\"line\":\(fix.range.start.line),\"column\":\(fix.range.start.column)"
            out += ",\"endLine\":\(fix.range.end.line),\"endColumn\":\(fix.range.end.column),\"replacement\":\(string(fix.replacement))}"
        }
        return out + "}"
    }

    /// A JSON string literal; non-ASCII stays as UTF-8, control characters are escaped.
    private func string(_ value: String) -> String {
        QuotedString.json(value)
    }
}
