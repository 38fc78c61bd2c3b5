/// Chinese numerals as used in section markers (一 … 九十九) and dates.
public enum ChineseNumerals {
    private static let digitsByValue: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// Whether `scalar` can be part of a Chinese numeral (digits and 十).
    public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        // A switch over the digits (〇零○一…九) plus 十 and 百: called on every
        // scalar by the numbering scanners, where a dictionary lookup cost a hash each time.
        switch scalar {
        case "十", "百", "〇", "零", "○", "一", "二", "三", "四", "五", "六", "七", "八", "九": true
        default: false
        }
    }

    /// The value of a numeral like 一, 十, 十二, 二十, 三十五, 一百零五; nil if not a numeral.
    public static func value(of text: Substring.UnicodeScalarView) -> Int? {
        value(ofScalars: Array(text))
    }

    /// The value of a numeral given as scalars.
    public static func value(ofScalars scalars: [Unicode.Scalar]) -> Int? {
        value(ofScalars: scalars[...])
    }

    /// The digit a scalar stands for in a numeral (两 excluded, as `value` wants): a switch,
    /// not the dictionary, since the marker parser asks on every numbered line.
    @inline(__always)
    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零", "○": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// The value of a numeral given as a slice of scalars.
    static func value(ofScalars scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        value(ofScalarSlice: scalars)
    }

    /// The value of a numeral given as any collection of scalars (the marker parser's buffers).
    static func value<Scalars: Collection<Unicode.Scalar>>(ofScalarSlice scalars: Scalars) -> Int? {
        guard !scalars.isEmpty, scalars.count <= 6 else { return nil }
        var total = 0
        var current = -1
        for scalar in scalars {
            if scalar == "百" {
                total += max(current, 1) * 100
                current = -1
            } else if scalar == "十" {
                total += max(current, 1) * 10
                current = -1
            } else if let digit = digit(scalar) {
                if current >= 0 && current != 0 { return nil } // "一二" is not a number
                current = digit
            } else {
                return nil
            }
        }
        if current > 0 { total += current }
        return total
    }

    /// The value of a numeral string, e.g. "十二" → 12.
    public static func value(of text: String) -> Int? {
        value(ofScalars: Array(text.unicodeScalars))
    }

    /// The numeral for 1…999 in section-marker form: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十.
    public static func numeral(for value: Int) -> String {
        guard value > 0 else { return digitsByValue[0] }
        if value < 10 { return digitsByValue[value] }
        if value < 20 { return "十" + (value % 10 == 0 ? "" : digitsByValue[value % 10]) }
        if value < 100 {
            return digitsByValue[value / 10] + "十" + (value % 10 == 0 ? "" : digitsByValue[value % 10])
        }
        let rest = value % 100
        var text = digitsByValue[value / 100 % 10] + "百"
        if rest == 0 { return text }
        if rest < 10 { text += "零" + digitsByValue[rest] } else { text += digitsByValue[rest / 10] + "十" + (rest % 10 == 0 ? "" : digitsByValue[rest % 10]) }
        return text
    }
}
