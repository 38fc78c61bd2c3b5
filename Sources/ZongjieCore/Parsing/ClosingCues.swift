/// Phrases that mark the closing part of a summary when it has no heading:
/// the plans (下一步……) and problems (……仍存在……不足) that real documents fold
/// into one unnumbered paragraph after the last section.
public enum ClosingCues {
    /// Openings of a paragraph that looks ahead (plans) or sums up.
    public static let planOpenings = ["下一步", "下步", "今后", "明年", "新的一年", "展望", "总之", "总的来看", "总的来说"]

    /// Words in a sentence that, together with a problem noun, state a shortcoming.
    public static let problemVerbs = ["存在", "还有", "仍有", "尚有", "依然有"]
    /// Problem nouns.
    public static let problemNouns = ["问题", "不足", "差距", "短板", "薄弱", "欠缺", "不够"]

    /// Words of a heading that announces plans or problems; a section with such a
    /// heading keeps its trailing paragraphs instead of handing them to the closing.
    public static let planOrProblemHeadingWords = ["下一步", "下步", "打算", "计划", "思路", "谋划", "措施", "改进", "问题", "不足", "展望", "今后"]

    /// Whether `text` opens like a plans or summing-up paragraph
    /// (`nextYear` also counts: "2024年，我局将……").
    public static func opensClosing(_ text: String, nextYear: Int?) -> Bool {
        if planOpenings.contains(where: { text.hasPrefix($0) }) { return true }
        if let nextYear, text.hasPrefix("\(nextYear)年，") || text.hasPrefix("\(nextYear)年,") { return true }
        return false
    }

    /// Whether one sentence of `text` states a shortcoming (……仍存在……问题/不足/差距).
    public static func statesProblem(_ text: String) -> Bool {
        // Most paragraphs name no problem verb at all: one byte scan settles them.
        guard problemVerbs.contains(where: { text.containsUTF8($0) }) else { return false }
        for sentence in sentences(text) {
            if problemVerbs.contains(where: { sentence.containsUTF8($0) }) && problemNouns.contains(where: { sentence.containsUTF8($0) }) {
                // "对存在的问题及时整改" reports work done, not a shortcoming.
                if sentence.containsUTF8("整改") && !sentence.containsUTF8("但") { continue }
                return true
            }
        }
        return false
    }

    /// Whether `text` looks ahead: a sentence with 下一步/下步/今后/明年 and 将/要.
    public static func statesPlans(_ text: String, nextYear: Int?) -> Bool {
        var cues = ["下一步", "下步", "今后", "明年", "新的一年"]
        if let nextYear { cues.append("\(nextYear)年") }
        guard cues.contains(where: { text.containsUTF8($0) }) else { return false }
        for sentence in sentences(text) where cues.contains(where: { sentence.containsUTF8($0) }) {
            if sentence.containsUTF8("将") || sentence.containsUTF8("要") || sentence.containsUTF8("以下") { return true }
        }
        return false
    }

    /// `text` split at 。！？；.
    static func sentences(_ text: String) -> [Substring] {
        // Split on scalars: splitting on Characters costs grapheme breaking for nothing here.
        text.unicodeScalars.split(whereSeparator: { $0 == "。" || $0 == "！" || $0 == "？" || $0 == "；" }).map { Substring($0) }
    }
}
