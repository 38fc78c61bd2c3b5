import ZongjieCore

/// The marks the usage rules find through the run's one dictionary scan (`DictionaryScan.marks`):
/// 《 for law-title, doubled punctuation and ellipsis look-alikes and the quotation marks and
/// brackets for punctuation-usage. Pattern id = `marks.lowerBound` + index here.
enum UsageMarks {
    static let bookTitleOpen = "《"
    /// Where 《 is in `patterns`.
    static let bookTitleOpenIndex = 0
    /// Two marks where one belongs (，， 。。 ，。 …), each fixed to its first mark.
    static let doubled = ["，，", "。。", "、、", "；；", "：：", "，。", "。，", "，、", "、，", "；。", "。；"]
    /// Written for 省略号 (……).
    static let ellipsisLookalikes = ["...", "。。。", "…"]
    /// Paired marks: openers and closers in the same order.
    static let openers: [Unicode.Scalar] = ["“", "（", "《", "‘", "【", "〔"]
    static let closers: [Unicode.Scalar] = ["”", "）", "》", "’", "】", "〕"]

    /// A stated count (三个方面, 十项, 四方面): a Chinese numeral from 两/二 to 二十 and a
    /// measure word, for count-claim.
    static let claims: [String] = {
        let numerals = ["两"] + (2...20).map { ChineseNumerals.numeral(for: $0) }
        return numerals.flatMap { numeral in claimUnits.map { numeral + $0 } }
    }()
    static let claimUnits = ["个", "项", "方面", "大", "条", "类", "种", "件"]

    static let pairPatterns = (openers + closers).filter { $0 != "《" }.map { String($0) }

    /// For attachment-note: references to attachments in the body.
    static let attachment = "附件"
    /// For number-usage: what each of its findings contains (a hyphen, 号, 〕, a zero after 年
    /// or 月, 年 before 度/底/初/末/半年 or a month), so only lines with one are read.
    static let numberTriggers: [String] = ["-", "－", "–", "号", "〕", "年0", "月0"] + yearTriggers
    /// The number-usage triggers that can only lead to a two-digit year (26年度, 26年1…):
    /// 年0 is not one of them (a padded month, 2026年01月, follows it).
    static let yearTriggers: [String] = ["年度", "年底", "年初", "年末", "年上", "年下"] + (1...9).map { "年\($0)" }

    static let patterns: [String] = [bookTitleOpen] + doubled + ellipsisLookalikes + pairPatterns + claims + [attachment] + numberTriggers
    /// The first scalar of each pattern (a paired mark is one scalar), read once here rather
    /// than from a String per match.
    static let leadingScalars: [Unicode.Scalar] = patterns.map { $0.unicodeScalars.first ?? " " }
    /// Where the claims start in `patterns`, and where they end (the attachment pattern).
    static let claimsStart = [bookTitleOpen].count + doubled.count + ellipsisLookalikes.count + pairPatterns.count
    static let claimsEnd = claimsStart + claims.count
    static let attachmentIndex = claimsEnd
    static let numberTriggersStart = claimsEnd + 1
    static let yearTriggersStart = numberTriggersStart + numberTriggers.count - yearTriggers.count
}
