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
        Self.header + results.map(file).joined(separator: ",") + footer(LintSummary(results))
    }

    /// What precedes the first file object (streamed output writes the pieces as files finish).
    public static let header = "{\"version\":1,\"files\":["

    /// What follows the last file object.
    public func footer(_ summary: LintSummary) -> String {
        "],\"summary\":{\"files\":\(summary.files),\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"infos\":\(summary.infos)}}\n"
    }

    /// One file's object; objects are separated by commas.
    public func file(_ result: FileResult) -> String {
        // One growing buffer for the whole file: a 10 MB draft can have 100,000 findings,
        // and a String per piece (then joined) cost more than the linting of some rules.
        var out = "{\"path\":"
        out.reserveCapacity(64 + result.diagnostics.count * 256)
        append(result.path, to: &out)
        out += ",\"reportType\":"
        append(result.reportType, to: &out)
        out += ",\"diagnostics\":["
        for (index, diagnostic) in result.diagnostics.enumerated() {
            if index > 0 { out += "," }
            append(diagnostic, to: &out)
        }
        out += "]}"
        return out
    }

    private func append(_ diagnostic: Diagnostic, to out: inout String) {
        let range = diagnostic.range
        out += "{\"rule\":"
        append(diagnostic.ruleID, to: &out)
        out += ",\"severity\":"
        append(diagnostic.severity.rawValue, to: &out)
        out += ",\"line\":"
        out += String(range.start.line)
        out += ",\"column\":"
        out += String(range.start.column)
        out += ",\"endLine\":"
        out += String(range.end.line)
        out += ",\"endColumn\":"
        out += String(range.end.column)
        out += ",\"message\":"
        append(diagnostic.message, to: &out)
        if !diagnostic.data.isEmpty {
            out += ",\"data\":{"
            for (index, key) in diagnostic.data.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                append(key, to: &out)
                out += ":"
                append(diagnostic.data[key] ?? "", to: &out)
            }
            out += "}"
        }
        if let fix = diagnostic.fix {
            out += ",\"fix\":{\"kind\":"
            append(fix.kind.rawValue, to: &out)
            out += ",\"line\":"
            out += String(fix.range.start.line)
            out += ",\"column\":"
            out += String(fix.range.start.column)
            out += ",\"endLine\":"
            out += String(fix.range.end.line)
            out += ",\"endColumn\":"
            out += String(fix.range.end.column)
            out += ",\"replacement\":"
            append(fix.replacement, to: &out)
            out += "}"
        }
        out += "}"
    }

    /// Appends `value` as a JSON string literal.
    private func append(_ value: String, to out: inout String) {
        if value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += QuotedString.json(value)
        } else {
            // Most strings need no escaping: append them in place without a temporary literal.
            out += "\""
            out += value
            out += "\""
        }
    }

    /// A JSON string literal; non-ASCII stays as UTF-8, control characters are escaped.
    private func string(_ value: String) -> String {
        QuotedString.json(value)
    }
}
