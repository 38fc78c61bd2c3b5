/// One non-empty line of a draft as the structure parser sees it: trimmed of
/// indentation (spaces, 全角空格, tabs), Markdown heading marks and emphasis,
/// with the column where the kept text starts.
public struct ParsedLine: Sendable, Hashable {
    /// 1-based line number in the source.
    public var number: Int
    /// 1-based column (Unicode scalars) of the first kept scalar.
    public var startColumn: Int
    /// The kept text.
    public var text: String

    /// Number of Unicode scalars in `text`.
    public var length: Int { text.unicodeScalars.count }

    /// The range covering the kept text.
    public var range: SourceRange {
        SourceRange(line: number, startColumn: startColumn, endColumn: startColumn + length)
    }

    /// The range from scalar `offset` (0-based, within `text`) to the end of the line.
    public func range(fromScalar offset: Int) -> SourceRange {
        SourceRange(line: number, startColumn: startColumn + offset, endColumn: startColumn + length)
    }
}

/// Splits a source into `ParsedLine`s, dropping blank lines and whole-line
/// HTML comments (`<!-- … -->`, where zongjie's disable comments live).
public enum LineScanner {
    /// The non-empty, non-comment lines of `source` in order. A leading YAML
    /// front matter block (`---` … `---`) and Markdown rules (`---`, `***`) are not text.
    public static func lines(of source: SourceText) -> [ParsedLine] {
        var result: [ParsedLine] = []
        var inFrontMatter = false
        for number in 1...max(source.lines.count, 1) {
            let raw = Array(source.line(number).unicodeScalars)
            var start = 0
            var end = raw.count
            while start < end, isSpace(raw[start]) { start += 1 }
            while end > start, isSpace(raw[end - 1]) { end -= 1 }
            if start == end { continue }
            if isComment(raw[start..<end]) { continue }
            // A trailing "<!-- zongjie-disable-line … -->" is not part of the text.
            if let commentStart = trailingCommentStart(raw[start..<end]) {
                end = commentStart
                while end > start, isSpace(raw[end - 1]) { end -= 1 }
                if start == end { continue }
            }
            let isRule = end - start >= 3 && raw[start..<end].allSatisfy { $0 == "-" } || end - start >= 3 && raw[start..<end].allSatisfy { $0 == "*" }
            if isRule {
                // "---" as the very first line opens front matter; the next "---" closes it.
                if result.isEmpty && !inFrontMatter && number == firstContentLine(source) && raw[start] == "-" {
                    inFrontMatter = true
                } else {
                    inFrontMatter = false
                }
                continue
            }
            if inFrontMatter { continue }
            // Markdown heading marks: "## 一、总体情况".
            if raw[start] == "#" {
                var hashes = start
                while hashes < end, raw[hashes] == "#" { hashes += 1 }
                if hashes < end, raw[hashes] == " " || raw[hashes] == "\t" {
                    start = hashes
                    while start < end, isSpace(raw[start]) { start += 1 }
                }
            }
            // Markdown bullets: "- 一是……".
            if end - start > 2, raw[start] == "-" || raw[start] == "*" || raw[start] == "+", raw[start + 1] == " " {
                start += 2
                while start < end, isSpace(raw[start]) { start += 1 }
            }
            // Markdown emphasis around a whole line: "**一、总体情况**".
            if end - start > 4, raw[start] == "*", raw[start + 1] == "*", raw[end - 1] == "*", raw[end - 2] == "*" {
                start += 2
                end -= 2
            }
            guard start < end else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: raw[start..<end])
            result.append(ParsedLine(number: number, startColumn: start + 1, text: String(text)))
        }
        return result
    }

    /// The first line with any non-space content.
    private static func firstContentLine(_ source: SourceText) -> Int {
        for number in 1...max(source.lines.count, 1) where !source.line(number).unicodeScalars.allSatisfy(isSpace) {
            return number
        }
        return 1
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Covers 全角空格 U+3000 and the em spaces (U+2003) pasted from web pages.
        scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
    }

    private static func trailingCommentStart(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard scalars.count > 7, scalars.suffix(3).elementsEqual("-->".unicodeScalars) else { return nil }
        var index = scalars.endIndex - 4
        while index >= scalars.startIndex + 3 {
            if scalars[index - 3] == "<", scalars[index - 2] == "!", scalars[index - 1] == "-", scalars[index] == "-" {
                return index - 3
            }
            index -= 1
        }
        return nil
    }

    private static func isComment(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(scalars))
        return text.hasPrefix("<!--") && text.hasSuffix("-->")
    }
}
