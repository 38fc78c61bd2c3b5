/// Trade names in running text: a company or shop is written as its two-character name and
/// its trade (XX餐饮总部、XX物流园、XX置业), and the name is often a rare word one sound or
/// stroke away from a common one. A two-character suspect right before one of these trade
/// words is read as such a name. The words are ones that hardly follow a verb or noun a slip
/// would sit in (科技、文化、食品 do, so they are not here).
extension TypoChecker {
    static let tradeWords: Set<String> = [
        "餐饮", "酒店", "宾馆", "饭店", "物流", "置业", "地产", "实业", "商贸", "药业", "电器", "超市",
    ]

    /// Whether the two characters from `end` on are a trade word.
    static func isBeforeTradeWord(_ scalars: [Unicode.Scalar], _ end: Int) -> Bool {
        guard end + 1 < scalars.count else { return false }
        return tradeWords.contains(String(String.UnicodeScalarView([scalars[end], scalars[end + 1]])))
    }
}
