import Foundation

/// Small text repairs so facts written loosely still read as a formal draft.
public enum TextPolish {
    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "…", "】", "；", "："]
    private static let stops: Set<Unicode.Scalar> = ["。", "；", "，", "、", "：", ".", ";", ",", ":"]

    /// `text` ending with a full stop (。) unless it already ends a sentence.
    public static func sentence(_ text: String) -> String {
        var scalars = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars)
        guard let last = scalars.last else { return "" }
        if [".", ";", ",", "，", "、"].contains(last) {
            scalars.removeLast()
        } else if last == "”" || last == "）" {
            // A closing quote or bracket ends the sentence only after a stop inside it: ……“五落实”。
            if scalars.count > 1, ["。", "！", "？"].contains(scalars[scalars.count - 2]) {
                return String(String.UnicodeScalarView(scalars))
            }
        } else if sentenceEnds.contains(last) {
            return String(String.UnicodeScalarView(scalars))
        }
        return String(String.UnicodeScalarView(scalars)) + "。"
    }

    /// `text` without trailing punctuation, for headings (标题不加句号).
    public static func heading(_ text: String) -> String {
        withoutFinalStop(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `text` without a trailing stop, comma or colon.
    public static func withoutFinalStop(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, stops.contains(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
