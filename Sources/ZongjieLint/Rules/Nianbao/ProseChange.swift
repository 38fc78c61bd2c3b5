import ZongjieCore

/// A change over last year written after a count: "共收到申请 805 件，较上年增长 12.3%",
/// "同比减少 20 件".
struct ProseChange: Sendable {
    var figure: ProseFigure
    /// +1 for 增长/增加/上升, -1 for 下降/减少/回落/降低.
    var sign: Int
    var value: Double
    var decimals: Int
    /// A percentage (true) or a count of 件 (false).
    var isPercent: Bool
    var range: SourceRange
    /// The words as written ("较上年增长12.3%").
    var words: String

    private static let references = ["较上年", "比上年", "较去年", "比去年", "同比", "较上一年", "比上一年", "较2", "比2"]
    private static let directions: [(String, Int)] = [("增长", 1), ("增加", 1), ("上升", 1), ("提高", 1), ("下降", -1), ("减少", -1), ("回落", -1), ("降低", -1)]

    /// The changes in `paragraph` said of the counts `figures` found in it: the nearest count
    /// before the words, in the same sentence.
    static func changes(in paragraph: [ProseScalar], figures: [ProseFigure]) -> [ProseChange] {
        var changes: [ProseChange] = []
        let kept = paragraph.filter { !ProseFigureScanner.isSpace($0.scalar) }
        let scalars = kept.map(\.scalar)
        var index = 0
        while index < scalars.count {
            guard let reference = references.first(where: { matches($0, scalars, at: index) }) else { index += 1; continue }
            var cursor = index + reference.unicodeScalars.count
            // "较2024年增长": skip the year.
            if reference.hasSuffix("2") { while cursor < scalars.count, scalars[cursor] != "年", cursor - index < 8 { cursor += 1 }; cursor += 1 }
            guard let direction = directions.first(where: { matches($0.0, scalars, at: cursor) }) else { index += 1; continue }
            cursor += direction.0.unicodeScalars.count
            if cursor < scalars.count, scalars[cursor] == "了" { cursor += 1 }
            let numberStart = cursor
            var digits = String.UnicodeScalarView()
            var decimals = 0
            var sawPoint = false
            while cursor < scalars.count {
                if let digit = ProseFigureScanner.digitValue(scalars[cursor]), let ascii = Unicode.Scalar(48 + UInt32(digit)) {
                    digits.append(ascii)
                    if sawPoint { decimals += 1 }
                } else if scalars[cursor] == "." || scalars[cursor] == "．", !sawPoint {
                    digits.append(".")
                    sawPoint = true
                } else {
                    break
                }
                cursor += 1
            }
            guard cursor < scalars.count, let value = Double(String(digits)), numberStart < cursor else { index += 1; continue }
            let unit = scalars[cursor]
            guard unit == "%" || unit == "％" || unit == "件" else { index += 1; continue }
            let start = kept[index].position
            // The count it is said of: the last one before the words, with no 。 between.
            let sentenceStart = kept[..<index].lastIndex { $0.scalar == "。" }.map { kept[$0].position } ?? SourcePosition(line: 0, column: 0)
            if let figure = figures.last(where: { $0.range.start < start && sentenceStart < $0.range.start }) {
                let end = kept[cursor].position
                let words = String(String.UnicodeScalarView(scalars[index...cursor]))
                changes.append(ProseChange(figure: figure, sign: direction.1, value: value, decimals: decimals, isPercent: unit != "件",
                                           range: SourceRange(start: kept[numberStart].position, end: SourcePosition(line: end.line, column: end.column + 1)), words: words))
            }
            index = cursor + 1
        }
        return changes
    }

    private static func matches(_ word: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let needle = Array(word.unicodeScalars)
        guard index + needle.count <= scalars.count else { return false }
        return Array(scalars[index..<(index + needle.count)]) == needle
    }
}
