/// Recognises a line of text that is a table row rather than prose or a heading:
/// Markdown pipes, a Word row as the .docx reader gives it (cells joined by tabs),
/// or a label followed by a run of figures, as tables pasted from PDFs read
/// ("（七）总计 57 5 0 1 2 1 66").
public enum TableRowText {
    /// Whether `text` (one line, trimmed) is a table row.
    public static func isTableRow(_ text: String) -> Bool {
        if text.hasPrefix("|") || text.containsUTF8(" | ") || text.hasSuffix(" |") { return true }
        // Called for every parsed line: read the UTF-8 in place rather than through scalar views.
        var text = text
        return text.withUTF8 { bytes in
            isTabbedRow(bytes) || endsWithFigureCells(bytes, in: 0..<bytes.count)
        }
    }

    /// False for a line that `isTableRow` must reject: no "|" (its pipe tests), no tab (its tab
    /// test), and a last scalar before trailing spaces that is no figure (a row of figure cells
    /// ends in one). Cheaper than that test's scalar walks, for the parser to call on every line.
    public static func mayBeTableRow(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            var index = 0
            // Eight bytes at a time: a zero byte in word ^ 0x7C… or word ^ 0x09… is a "|" or a tab.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let pipes = word ^ 0x7C7C_7C7C_7C7C_7C7C
                let tabs = word ^ 0x0909_0909_0909_0909
                let zero = ((pipes &- 0x0101_0101_0101_0101) & ~pipes) | ((tabs &- 0x0101_0101_0101_0101) & ~tabs)
                if zero & 0x8080_8080_8080_8080 != 0 { return true }
                index += 8
            }
            while index < count {
                if bytes[index] == 0x7C || bytes[index] == 0x09 { return true }
                index += 1
            }
            // The last scalar that is not " " or 全角空格.
            var end = count
            while end > 0 {
                let start = UTF8Scalars.scalarStart(bytes, before: end, from: 0)
                let scalar = UTF8Scalars.decode(bytes, at: start, end: end).scalar
                if scalar == " " || scalar == "\u{3000}" {
                    end = start
                    continue
                }
                return isFigureScalar(scalar)
            }
            return false
        }
    }

    /// Two tabs or more, or one tab before a figure. "一、\t总体情况" (a tab after the marker) is no row.
    private static func isTabbedRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var tabs = 0
        var lastTab = 0
        for index in 0..<bytes.count where bytes[index] == 0x09 {
            tabs += 1
            if tabs >= 2 { return true }
            lastTab = index
        }
        guard tabs == 1 else { return false }
        // After the tab, ignoring ASCII spaces: one figure made of digits, . and %.
        var sawFigure = false
        for index in lastTab + 1..<bytes.count {
            let byte = bytes[index]
            if byte == 0x20 { continue }
            guard (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x25 else { return false }
            sawFigure = true
        }
        return sawFigure
    }

    /// A label and then three or more space-separated figure cells at the end of the line.
    /// PDF-spaced prose ("为 2025 年 1 月 1 日") ends in a word, so it is no row.
    public static func endsWithFigureCells<Scalars: BidirectionalCollection>(_ scalars: Scalars) -> Bool
    where Scalars.Element == Unicode.Scalar {
        var cells = CellRun()
        for scalar in scalars.reversed() {
            let kind: CellRun.Kind = scalar == " " || scalar == "\u{3000}" ? .space : isFigureScalar(scalar) ? .figure : .other
            if let verdict = cells.step(kind) { return verdict }
        }
        return false
    }

    /// `endsWithFigureCells` over the scalars of an array (no generic dispatch per scalar).
    public static func endsWithFigureCells(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.withUnsafeBufferPointer { buffer in
            var cells = CellRun()
            var index = buffer.count
            while index > 0 {
                index -= 1
                let scalar = buffer[index]
                let kind: CellRun.Kind = scalar == " " || scalar == "\u{3000}" ? .space : isFigureScalar(scalar) ? .figure : .other
                if let verdict = cells.step(kind) { return verdict }
            }
            return false
        }
    }

    /// `endsWithFigureCells` over the UTF-8 bytes `bytes[range]` (valid UTF-8), read backwards in place.
    public static func endsWithFigureCells(_ bytes: [UInt8], in range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { endsWithFigureCells($0, in: range) }
    }

    /// `endsWithFigureCells` over `bytes[range]` (valid UTF-8), read backwards in place.
    public static func endsWithFigureCells(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
        var cells = CellRun()
        var end = range.upperBound
        while end > range.lowerBound {
            var start = end - 1
            while start > range.lowerBound && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let kind: CellRun.Kind
            switch end - start {
            case 1:
                let byte = bytes[start]
                // 0-9 . , % -
                kind = byte == 0x20 ? .space
                    : (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2C || byte == 0x25 || byte == 0x2D ? .figure : .other
            case 3:
                let (first, second, third) = (bytes[start], bytes[start + 1], bytes[start + 2])
                // U+3000 is E3 80 80; — (U+2014) E2 80 94; － (U+FF0D) EF BC 8D.
                if first == 0xE3 && second == 0x80 && third == 0x80 {
                    kind = .space
                } else if (first == 0xE2 && second == 0x80 && third == 0x94) || (first == 0xEF && second == 0xBC && third == 0x8D) {
                    kind = .figure
                } else {
                    kind = .other
                }
            default:
                kind = .other
            }
            if let verdict = cells.step(kind) { return verdict }
            end = start
        }
        return false
    }

    @inline(__always)
    private static func isFigureScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x2E, 0x2C, 0x25, 0x2D, 0x2014, 0xFF0D: true
        default: false
        }
    }

    /// The state of the backward walk over cells, fed one scalar class at a time.
    private struct CellRun {
        enum Kind { case space, figure, other }
        var cells = 0
        var inCell = false
        var cellIsFigure = true

        /// The answer once it is known, nil to keep reading.
        @inline(__always)
        mutating func step(_ kind: Kind) -> Bool? {
            if kind == .space {
                if inCell {
                    guard cellIsFigure else { return false }
                    cells += 1
                    inCell = false
                    cellIsFigure = true
                }
                return nil
            }
            if !inCell {
                // A label has begun once three figure cells are behind us.
                if cells >= 3 { return true }
                inCell = true
            }
            if kind == .other { cellIsFigure = false }
            return nil
        }
    }
}
