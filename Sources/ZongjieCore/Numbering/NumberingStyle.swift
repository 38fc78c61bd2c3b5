/// The kinds of section and item markers found in Chinese official documents.
///
/// The first four are GB/T 9704's levels 一、→（一）→1.→（1）; the rest are
/// in-paragraph enumerations that do not form a heading level.
public enum NumberingStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// 一、
    case chineseComma
    /// （一）
    case chineseParen
    /// 1.
    case arabicDot
    /// （1）
    case arabicParen
    /// 一是 / 二是
    case ordinalShi
    /// 一要 / 二要 (plans written as resolutions: 一要加强……)
    case ordinalYao
    /// 一方面 / 另一方面
    case aspect
    /// 第一， / 第二，
    case diYi

    /// GB/T 9704 heading level (1…4), or nil for in-paragraph enumerations.
    public var headingLevel: Int? {
        switch self {
        case .chineseComma: 1
        case .chineseParen: 2
        case .arabicDot: 3
        case .arabicParen: 4
        case .ordinalShi, .ordinalYao, .aspect, .diYi: nil
        }
    }

    /// The canonical GB/T 9704 marker for an ordinal (1-based).
    public func canonicalMarker(_ ordinal: Int) -> String {
        switch self {
        case .chineseComma: ChineseNumerals.numeral(for: ordinal) + "、"
        case .chineseParen: "（" + ChineseNumerals.numeral(for: ordinal) + "）"
        case .arabicDot: "\(ordinal)."
        case .arabicParen: "（\(ordinal)）"
        case .ordinalShi: ChineseNumerals.numeral(for: ordinal) + "是"
        case .ordinalYao: ChineseNumerals.numeral(for: ordinal) + "要"
        case .aspect: ordinal == 1 ? "一方面" : "另一方面"
        case .diYi: "第" + ChineseNumerals.numeral(for: ordinal) + "，"
        }
    }

    /// The style for a GB/T 9704 heading level, 1…4.
    public static func forHeadingLevel(_ level: Int) -> NumberingStyle? {
        switch level {
        case 1: .chineseComma
        case 2: .chineseParen
        case 3: .arabicDot
        case 4: .arabicParen
        default: nil
        }
    }
}
