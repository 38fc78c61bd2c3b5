import ZongjieCore

/// The machine-readable report. The shape is a public interface (see README,
/// "lint → JSON"): keys in a fixed order, lines and columns 1-based, columns in
/// characters (Unicode scalars), `data` and `fix` only when present.
///
/// `{"version":1,"files":[{"path","reportType","diagnostics":[{"rule","severity",
/// "line","column","endLine","endColumn","message","data"?,"fix"?}]}],
/// "summary":{"files","errors","warnings","infos"}}`
/// `data.basis` is the rule's 依据 (`RuleDescription.basis`) unless the finding gives its own.
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
        var out: [UInt8] = []
        append(result, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one file's object to `out` as UTF-8: what `file` returns, written straight
    /// into the caller's output buffer. A 10 MB draft can have 150,000 findings (50 MB of
    /// JSON); building it as Strings, then copying it into the output, cost as much as
    /// linting with the largest dictionary.
    /// `flush`, when given, is called whenever `out` holds `flushSize` bytes or more, to write
    /// them out and empty it: large writes, and memory that does not grow with the findings.
    public func append(_ result: FileResult, to out: inout [UInt8], flushSize: Int = 1 << 20, flush: ((inout [UInt8]) -> Void)? = nil) {
        if flush == nil { out.reserveCapacity(out.count + 64 + result.diagnostics.count * 320) }
        out.append(ascii: "{\"path\":")
        append(result.path, to: &out)
        out.append(ascii: ",\"reportType\":")
        append(result.reportType, to: &out)
        out.append(ascii: ",\"diagnostics\":[")
        for (index, diagnostic) in result.diagnostics.enumerated() {
            if index > 0 { out.append(0x2C) }
            append(diagnostic, to: &out)
            if let flush, out.count >= flushSize { flush(&out) }
        }
        out.append(ascii: "]}")
    }

    private func append(_ diagnostic: Diagnostic, to out: inout [UInt8]) {
        let range = diagnostic.range
        out.append(ascii: "{\"rule\":")
        append(diagnostic.ruleID, to: &out)
        out.append(ascii: ",\"severity\":")
        append(diagnostic.severity.rawValue, to: &out)
        out.append(ascii: ",\"line\":")
        out.append(decimal: range.start.line)
        out.append(ascii: ",\"column\":")
        out.append(decimal: range.start.column)
        out.append(ascii: ",\"endLine\":")
        out.append(decimal: range.end.line)
        out.append(ascii: ",\"endColumn\":")
        out.append(decimal: range.end.column)
        out.append(ascii: ",\"message\":")
        append(diagnostic.message, to: &out)
        // Every finding carries its rule's 依据 as data.basis, unless the rule gave a more
        // precise one itself (a dictionary entry's source document).
        let ruleBasis = diagnostic.data["basis"] == nil ? RuleBasis.basis(of: diagnostic.ruleID) : nil
        if !diagnostic.data.isEmpty || ruleBasis != nil {
            out.append(ascii: ",\"data\":{")
            var keys = diagnostic.data.keys.sorted()
            if ruleBasis != nil { keys.insert("basis", at: keys.firstIndex { $0 > "basis" } ?? keys.endIndex) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out.append(0x2C) }
                append(key, to: &out)
                out.append(0x3A)
                append(diagnostic.data[key] ?? ruleBasis ?? "", to: &out)
            }
            out.append(0x7D)
        }
        if let fix = diagnostic.fix {
            out.append(ascii: ",\"fix\":{\"kind\":")
            append(fix.kind.rawValue, to: &out)
            out.append(ascii: ",\"line\":")
            out.append(decimal: fix.range.start.line)
            out.append(ascii: ",\"column\":")
            out.append(decimal: fix.range.start.column)
            out.append(ascii: ",\"endLine\":")
            out.append(decimal: fix.range.end.line)
            out.append(ascii: ",\"endColumn\":")
            out.append(decimal: fix.range.end.column)
            out.append(ascii: ",\"replacement\":")
            append(fix.replacement, to: &out)
            out.append(0x7D)
        }
        out.append(0x7D)
    }

    /// Appends `value` as a JSON string literal.
    private func append(_ value: String, to out: inout [UInt8]) {
        var copy = value
        let plain = copy.withUTF8 { bytes in
            // Most strings need no escaping: copied whole.
            if bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return false }
            out.append(0x22)
            out.append(contentsOf: bytes)
            out.append(0x22)
            return true
        }
        if !plain { out.append(contentsOf: QuotedString.json(value).utf8) }
    }

    /// A JSON string literal; non-ASCII stays as UTF-8, control characters are escaped.
    private func string(_ value: String) -> String {
        QuotedString.json(value)
    }
}

extension [UInt8] {
    /// Appends an ASCII literal's bytes.
    @inline(__always)
    mutating func append(ascii literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends `value` in decimal digits.
    mutating func append(decimal value: Int) {
        if value < 0 {
            append(0x2D)
            append(contentsOf: String(-value).utf8)
            return
        }
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        let start = self.count
        append(contentsOf: repeatElement(0x30, count: count))
        rest = value
        var index = start + count - 1
        while rest > 0 {
            self[index] = 0x30 + UInt8(rest % 10)
            rest /= 10
            index -= 1
        }
    }
}
