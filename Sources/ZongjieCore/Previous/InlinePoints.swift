/// A paragraph that enumerates inline — “……：一是……。二是……。三是……。” — split into the text
/// before the first point and the points, so last year's structure can be kept as a list
/// the clerk edits point by point and renders back exactly (lead + 一是 + point + 二是 + …).
public struct InlinePoints: Sendable, Hashable {
    /// Text before 一是 (may be empty).
    public var lead: String
    /// Each point's text after its 一是/二是/… marker.
    public var points: [String]
    /// The character after the numeral: 是 (一是、二是) or 要 (一要、二要).
    public var word: String

    public init(lead: String, points: [String], word: String = "是") {
        self.lead = lead
        self.points = points
        self.word = word
    }

    /// The paragraph text again: lead, then each point after its marker.
    public var text: String {
        lead + points.enumerated().map { ChineseNumerals.numeral(for: $0.offset + 1) + word + $0.element }.joined()
    }

    /// The split of `text` when it holds 一是 and 二是 (or 一要 and 二要, and so on) in order; nil otherwise.
    public static func split(_ text: String) -> InlinePoints? {
        split(text, word: "是") ?? split(text, word: "要")
    }

    private static func split(_ text: String, word: String) -> InlinePoints? {
        let scalars = Array(text.unicodeScalars)
        var starts: [Int] = []
        var search = 0
        var ordinal = 1
        while ordinal <= 20 {
            let marker = Array((ChineseNumerals.numeral(for: ordinal) + word).unicodeScalars)
            guard let found = find(marker, in: scalars, from: search) else { break }
            // 十一是 is not 一是 of a new list.
            if ordinal == 1, found > 0, scalars[found - 1] == "十" || scalars[found - 1] == "统" || scalars[found - 1] == "唯" {
                search = found + 1
                continue
            }
            starts.append(found)
            search = found + marker.count
            ordinal += 1
        }
        guard starts.count >= 2 else { return nil }
        let lead = String(String.UnicodeScalarView(scalars[..<starts[0]]))
        var points: [String] = []
        for (offset, start) in starts.enumerated() {
            let markerLength = (ChineseNumerals.numeral(for: offset + 1) + word).unicodeScalars.count
            let end = offset + 1 < starts.count ? starts[offset + 1] : scalars.count
            points.append(String(String.UnicodeScalarView(scalars[(start + markerLength)..<end])))
        }
        return InlinePoints(lead: lead, points: points, word: word)
    }

    private static func find(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard word.count <= scalars.count else { return nil }
        var index = start
        while index + word.count <= scalars.count {
            if ProseFigures.has(word, in: scalars, at: index) { return index }
            index += 1
        }
        return nil
    }
}
