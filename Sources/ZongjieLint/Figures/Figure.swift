/// A quantity found in text: a number with its unit, e.g. 103条, 1.8万平方米, 22.8%, 三项.
struct Figure: Sendable, Hashable {
    /// The value with 万/亿 multipliers applied (percent figures keep the shown number: 22.8).
    var value: Double
    /// The number as written, without multiplier or unit ("22.8", "1,000", "三").
    var numberText: String
    /// The unit after the number ("条", "元", "%"); a 万/亿 multiplier is not part of it.
    var unit: String
    /// Digits shown after the decimal point (for rounding checks).
    var decimals: Int
    /// Hedged: 约/近/超/逾 before, 余/多 between number and unit, 以上/左右 after.
    var isApproximate: Bool
    /// Written in Chinese numerals (三项) rather than Arabic digits.
    var isChineseNumeral: Bool
    /// Scalar indices `[start, end)` of the whole figure (number through unit) in its line.
    var start: Int
    var end: Int

    var isPercent: Bool { unit == "%" }

    /// Units of dates and clock times: never counts that add up or divide.
    var isTimePoint: Bool {
        ["年", "月", "日", "时", "分", "秒", "小时", "分钟", "周"].contains(unit)
    }
}
