import ZongjieCore

/// A format whose output is a header, one part per file, and a footer, so a batch can be
/// written file by file (and parts rendered by parallel workers) yet read as one document.
public protocol StreamingReporter: Reporter {
    /// What precedes the first file's part.
    func header() -> String
    /// One file's part, appended to `out`; nothing when the file adds nothing to this format.
    func append(_ result: FileResult, to out: inout [UInt8])
    /// What goes between two non-empty parts ("," inside a JSON array).
    var separator: String { get }
    /// What follows the last part.
    func footer(_ summary: LintSummary) -> String
}

extension StreamingReporter {
    public func report(_ results: [FileResult]) -> String {
        var out = Array(header().utf8)
        var wroteAny = false
        for result in results {
            var part: [UInt8] = []
            append(result, to: &part)
            guard !part.isEmpty else { continue }
            if wroteAny { out.append(contentsOf: separator.utf8) }
            out.append(contentsOf: part)
            wroteAny = true
        }
        out.append(contentsOf: footer(LintSummary(results)).utf8)
        return String(decoding: out, as: UTF8.self)
    }
}
