import ZongjieCore

/// Inline ignores written as HTML comments (Markdown keeps them invisible):
///
/// - `<!-- zongjie-disable-file [ids] -->` anywhere: the whole file;
/// - `<!-- zongjie-disable [ids] -->` … `<!-- zongjie-enable [ids] -->`: a block;
/// - `<!-- zongjie-disable-next-line [ids] -->`: the next non-empty line;
/// - `<!-- zongjie-disable-line [ids] -->` at the end of a line: that line only.
///
/// No ids means every rule. Ids are separated by spaces or commas. An id
/// written `rule:text` ignores one match only: that rule's finding on exactly
/// that text (`<!-- zongjie-disable-next-line wording:交待 -->`).
public struct Suppressions: Sendable {
    /// (rule ids or nil for all, first line, last line) — inclusive line spans.
    private var spans: [(rules: Set<String>?, first: Int, last: Int)] = []
    private let source: SourceText

    /// Reads the comments in `source`.
    public init(_ source: SourceText) {
        self.source = source
        let lineCount = source.lines.count
        var open: [(rules: Set<String>?, first: Int)] = []
        // Nearly every file has no inline ignores: one byte scan instead of a String per line.
        guard source.utf8.withUnsafeBufferPointer({ UTF8Search.containsRare($0, Self.directivePrefix) }) else { return }
        for number in 1...max(lineCount, 1) {
            let line = source.line(number)
            guard line.contains("zongjie-") else { continue }
            for comment in Self.comments(in: line) {
                switch comment.directive {
                case "zongjie-disable-file":
                    spans.append((comment.rules, 1, Int.max))
                case "zongjie-disable":
                    open.append((comment.rules, number))
                case "zongjie-enable":
                    let remaining = open.filter { opened in
                        let closes = comment.rules == nil || opened.rules == nil || !(opened.rules!.isDisjoint(with: comment.rules!))
                        if closes { spans.append((opened.rules, opened.first, number)) }
                        return !closes
                    }
                    open = remaining
                case "zongjie-disable-next-line":
                    var target = number + 1
                    while target <= lineCount, source.line(target).unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { target += 1 }
                    spans.append((comment.rules, target, target))
                case "zongjie-disable-line":
                    spans.append((comment.rules, number, number))
                default:
                    break
                }
            }
        }
        for opened in open { spans.append((opened.rules, opened.first, Int.max)) }
    }

    private static let directivePrefix = Array("zongjie-".utf8)

    /// Whether nothing is switched off (no inline ignore in the file).
    public var isEmpty: Bool { spans.isEmpty }

    /// Whether a finding of `rule` starting on `line` is switched off.
    public func suppresses(rule: String, line: Int) -> Bool {
        spans.contains { span in
            line >= span.first && line <= span.last && (span.rules == nil || span.rules!.contains(rule))
        }
    }

    /// Whether `diagnostic` is switched off, by rule or by a `rule:text` one-match ignore.
    public func suppresses(_ diagnostic: Diagnostic) -> Bool {
        // Files without inline ignores: nothing to build per finding.
        if spans.isEmpty { return false }
        let line = diagnostic.range.start.line
        if suppresses(rule: diagnostic.ruleID, line: line) { return true }
        let prefix = diagnostic.ruleID + ":"
        let matches = spans.filter { span in
            line >= span.first && line <= span.last && span.rules?.contains(where: { $0.hasPrefix(prefix) }) == true
        }
        guard !matches.isEmpty else { return false }
        let start = source.byteOffset(of: diagnostic.range.start)
        let end = max(start, source.byteOffset(of: diagnostic.range.end))
        let covered = String(decoding: source.utf8[start..<min(end, source.utf8.count)], as: UTF8.self)
        return matches.contains { $0.rules?.contains(prefix + covered) == true }
    }

    /// The `<!-- zongjie-… ids -->` comments on one line.
    static func comments(in line: String) -> [(directive: String, rules: Set<String>?)] {
        var result: [(String, Set<String>?)] = []
        var rest = Substring(line)
        while let open = rest.range(of: "<!--") {
            guard let close = rest[open.upperBound...].range(of: "-->") else { break }
            let body = rest[open.upperBound..<close.lowerBound]
            let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" || $0 == "\t" || $0 == "\u{3000}" }).map(String.init)
            if let directive = words.first, directive.hasPrefix("zongjie-") {
                let ids = Set(words.dropFirst())
                result.append((directive, ids.isEmpty ? nil : ids))
            }
            rest = rest[close.upperBound...]
        }
        return result
    }
}
