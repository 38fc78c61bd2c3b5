/// One non-empty line of a draft as the structure parser sees it: trimmed of
/// indentation (spaces, 全角空格, tabs), Markdown heading marks and emphasis,
/// with the column where the kept text starts.
public struct ParsedLine: Sendable, Hashable {
    /// 1-based line number in the source.
    public var number: Int
    /// 1-based column (Unicode scalars) of the first kept scalar.
    public var startColumn: Int
    /// The kept text.
    public var text: String {
        didSet { length = UTF8Scalars.count(text) }
    }
    /// Number of Unicode scalars in `text`, counted once: the parser asks for it on every line.
    public private(set) var length: Int

    public init(number: Int, startColumn: Int, text: String) {
        self.number = number
        self.startColumn = startColumn
        self.text = text
        self.length = UTF8Scalars.count(text)
    }

    /// A line whose scalar count the scanner already knows.
    init(number: Int, startColumn: Int, text: String, length: Int) {
        self.number = number
        self.startColumn = startColumn
        self.text = text
        self.length = length
    }

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
        source.utf8.withUnsafeBufferPointer { bytes in
            lines(of: source, bytes: bytes)
        }
    }

    /// The scan itself, on the shared UTF-8: only the few scalars at the ends of a line are
    /// decoded (trimming), every marker tested here is ASCII, and columns are counts of
    /// scalar lead bytes. No String is made but the kept text.
    private static func lines(of source: SourceText, bytes: UnsafeBufferPointer<UInt8>) -> [ParsedLine] {
        var result: [ParsedLine] = []
        var inFrontMatter = false
        // The first line with any non-space content, once seen.
        var firstContentLine: Int?
        let spans = source.lines.isEmpty ? [SourceText.LineSpan(start: 0, end: 0)] : source.lines
        for (index, span) in spans.enumerated() {
            let number = index + 1
            var start = span.start
            var end = span.end
            start = skipSpaces(bytes, from: start, to: end)
            end = trimSpaces(bytes, from: start, to: end)
            if start == end { continue }
            if firstContentLine == nil { firstContentLine = number }
            if isComment(bytes, start, end) { continue }
            // A trailing "<!-- zongjie-disable-line … -->" is not part of the text.
            if let commentStart = trailingCommentStart(bytes, start, end) {
                end = trimSpaces(bytes, from: start, to: commentStart)
                if start == end { continue }
            }
            if isRule(bytes, start, end) {
                // "---" as the very first line opens front matter; the next "---" closes it.
                if result.isEmpty && !inFrontMatter && number == firstContentLine && bytes[start] == 0x2D {
                    inFrontMatter = true
                } else {
                    inFrontMatter = false
                }
                continue
            }
            if inFrontMatter { continue }
            // Markdown heading marks: "## 一、总体情况".
            if bytes[start] == 0x23 {
                var hashes = start
                while hashes < end, bytes[hashes] == 0x23 { hashes += 1 }
                if hashes < end, bytes[hashes] == 0x20 || bytes[hashes] == 0x09 {
                    start = skipSpaces(bytes, from: hashes, to: end)
                }
            }
            // Markdown bullets: "- 一是……" (at least one scalar after the two ASCII ones).
            if end - start > 2, bytes[start] == 0x2D || bytes[start] == 0x2A || bytes[start] == 0x2B, bytes[start + 1] == 0x20 {
                start = skipSpaces(bytes, from: start + 2, to: end)
            }
            // Markdown emphasis around a whole line: "**一、总体情况**" (something between).
            if end - start > 4, bytes[start] == 0x2A, bytes[start + 1] == 0x2A, bytes[end - 1] == 0x2A, bytes[end - 2] == 0x2A {
                start += 2
                end -= 2
            }
            guard start < end else { continue }
            // The kept text is a byte range of the source string (always on scalar boundaries):
            // copied from it, no re-validation of UTF-8 as decoding the bytes would do.
            let utf8 = source.string.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: start)
            let text = String(source.string[from..<utf8.index(from, offsetBy: end - start)])
            let column = UTF8Scalars.count(bytes, span.start, start) + 1
            result.append(ParsedLine(number: number, startColumn: column, text: text, length: UTF8Scalars.count(bytes, start, end)))
        }
        return result
    }

    /// The first byte at or after `start` that does not begin a space scalar.
    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: end)
            guard isSpace(scalar) else { break }
            index += length
        }
        return index
    }

    /// `end` moved back over trailing space scalars, not before `start`.
    private static func trimSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            let scalarStart = UTF8Scalars.scalarStart(bytes, before: end, from: start)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: scalarStart, end: end)
            guard isSpace(scalar) else { break }
            end = scalarStart
        }
        return end
    }

    /// Three or more "-" or three or more "*" and nothing else.
    private static func isRule(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        let first = bytes[start]
        guard first == 0x2D || first == 0x2A else { return false }
        var index = start + 1
        while index < end {
            if bytes[index] != first { return false }
            index += 1
        }
        return true
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Fast answers for ASCII and for everything above U+3000 (Han, full-width forms),
        // which is nearly every scalar of a draft; the property lookup is for the rest.
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if value > 0x3000 { return value == 0xFEFF }
        // Covers 全角空格 U+3000 and the em spaces (U+2003) pasted from web pages.
        return scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
    }

    /// Where a trailing `<!-- … -->` starts, if the kept text ends in "-->" after at least
    /// eight scalars and holds an earlier "<!--" (ASCII: bytes and scalars agree).
    private static func trailingCommentStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start > 7, bytes[end - 1] == 0x3E, bytes[end - 2] == 0x2D, bytes[end - 3] == 0x2D else { return nil }
        guard UTF8Scalars.count(bytes, start, end) > 7 else { return nil }
        var index = end - 4
        while index >= start + 3 {
            if bytes[index - 3] == 0x3C, bytes[index - 2] == 0x21, bytes[index - 1] == 0x2D, bytes[index] == 0x2D {
                return index - 3
            }
            index -= 1
        }
        return nil
    }

    /// A whole-line `<!-- … -->`; the rare candidate is confirmed with `String` as before.
    private static func isComment(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard bytes[start] == 0x3C else { return false }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return text.hasPrefix("<!--") && text.hasSuffix("-->")
    }
}
