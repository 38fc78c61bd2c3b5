/// A quantity found in text: a number with its unit, e.g. 103条, 1.8万平方米, 22.8%, 三项.
struct Figure: Sendable, Hashable {
    /// The value with 万/亿 multipliers applied (percent figures keep the shown number: 22.8).
    var value: Double
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
    /// Units of dates and clock times (`timePointUnits`): never counts that add up or divide.
    /// Stored, not computed: rules ask it of every pair of figures.
    let isTimePoint: Bool

    init(value: Double, unit: String, isTimePoint: Bool, decimals: Int, isApproximate: Bool, isChineseNumeral: Bool, start: Int, end: Int) {
        self.value = value
        self.unit = unit
        self.decimals = decimals
        self.isApproximate = isApproximate
        self.isChineseNumeral = isChineseNumeral
        self.start = start
        self.end = end
        self.isTimePoint = isTimePoint
    }

    var isPercent: Bool { unit == "%" }

    /// The units `isTimePoint` stands for.
    static let timePointUnits: Set<String> = ["年", "月", "日", "时", "分", "秒", "小时", "分钟", "周"]
}
