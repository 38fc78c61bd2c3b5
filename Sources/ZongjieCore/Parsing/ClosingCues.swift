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

    // The words as UTF-8, made once: the tests below run on every body paragraph.
    private static let problemVerbBytes = problemVerbs.map { Array($0.utf8) }
    private static let problemNounBytes = problemNouns.map { Array($0.utf8) }
    private static let planCueBytes = ["下一步", "下步", "今后", "明年", "新的一年"].map { Array($0.utf8) }
    private static let rectification = Array("整改".utf8)
    private static let but = Array("但".utf8)
    private static let planVerbs = ["将", "要", "以下"].map { Array($0.utf8) }

    /// The cues that depend on the year after the report year, prepared once per document.
    struct YearCues: Sendable {
        let nextYear: Int?
        /// "2024年，" and "2024年,": a closing may open with the next year.
        let openings: [String]
        /// The plan cues, "2024年" added.
        let planCues: [[UInt8]]

        init(nextYear: Int?) {
            self.nextYear = nextYear
            if let nextYear {
                openings = ["\(nextYear)年，", "\(nextYear)年,"]
                planCues = ClosingCues.planCueBytes + [Array("\(nextYear)年".utf8)]
            } else {
                openings = []
                planCues = ClosingCues.planCueBytes
            }
        }
    }

    /// Whether `text` opens like a plans or summing-up paragraph
    /// (`nextYear` also counts: "2024年，我局将……").
    public static func opensClosing(_ text: String, nextYear: Int?) -> Bool {
        opensClosing(text, YearCues(nextYear: nextYear))
    }

    static func opensClosing(_ text: String, _ cues: YearCues) -> Bool {
        if planOpenings.contains(where: { text.hasPrefixUTF8($0) }) { return true }
        if !cues.openings.isEmpty, let first = text.utf8.first, first >= 0x30, first <= 0x39,
           cues.openings.contains(where: { text.hasPrefixUTF8($0) }) {
            return true
        }
        return false
    }

    /// Whether one sentence of `text` states a shortcoming (……仍存在……问题/不足/差距).
    public static func statesProblem(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // Most paragraphs name no problem verb at all: one byte scan settles them.
            guard UTF8Search.containsAny(bytes, 0, bytes.count, problemVerbBytes) else { return false }
            var found = false
            forEachSentence(bytes) { start, end in
                if UTF8Search.containsAny(bytes, start, end, problemVerbBytes) && UTF8Search.containsAny(bytes, start, end, problemNounBytes) {
                    // "对存在的问题及时整改" reports work done, not a shortcoming.
                    if UTF8Search.contains(bytes, start, end, rectification) && !UTF8Search.contains(bytes, start, end, but) { return true }
                    found = true
                    return false
                }
                return true
            }
            return found
        }
    }

    /// Whether `text` looks ahead: a sentence with 下一步/下步/今后/明年 and 将/要.
    public static func statesPlans(_ text: String, nextYear: Int?) -> Bool {
        statesPlans(text, YearCues(nextYear: nextYear))
    }

    static func statesPlans(_ text: String, _ cues: YearCues) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard UTF8Search.containsAny(bytes, 0, bytes.count, cues.planCues) else { return false }
            var found = false
            forEachSentence(bytes) { start, end in
                if UTF8Search.containsAny(bytes, start, end, cues.planCues) && UTF8Search.containsAny(bytes, start, end, planVerbs) {
                    found = true
                    return false
                }
                return true
            }
            return found
        }
    }

    /// Calls `body` with the byte range of each non-empty sentence (split at 。！？；)
    /// until it returns false. The separators are whole scalars, and no cue word holds
    /// one, so a word found in a sentence's bytes is a word of that sentence.
    private static func forEachSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Bool) {
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            var separator = false
            if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 {
                separator = true // 。
            } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBC {
                let last = bytes[index + 2]
                separator = last == 0x81 || last == 0x9F || last == 0x9B // ！？；
            }
            if separator {
                if index > start, !body(start, index) { return }
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        if count > start { _ = body(start, count) }
    }
}
