import Foundation

/// A figure as clerks type it into material: `862条`, `1,262`, `1.2万`, `3.5万元`.
/// The number is read, 万/亿 scale it, and a unit written after it must be the slot's.
enum WrittenFigure {
    enum Outcome: Equatable {
        /// The value in the slot's unit, and how a draft writes it (ASCII digits, no grouping).
        case value(Double, written: String)
        /// The text after the number names another unit than the slot's.
        case wrongUnit(String)
        case invalid
    }

    /// Multipliers a unit may start with, longest first so 千万 wins over 万.
    private static let multipliers: [(String, Double)] = [("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4), ("千", 1e3)]

    /// Reads `raw` for a slot measured in `unit` (nil: a bare number is expected).
    static func parse(_ raw: String, unit: String?, allowPercentSign: Bool) -> Outcome {
        var text = ScalarParsing.normalizedDigits(raw.trimmingCharacters(in: .whitespaces))
        if allowPercentSign, text.hasSuffix("%") { text.removeLast() }
        let scalars = Array(text.unicodeScalars)
        var end = 0
        while end < scalars.count, isNumberScalar(scalars[end]) { end += 1 }
        guard end > 0 else { return .invalid }
        var digits = String(String.UnicodeScalarView(scalars[..<end]))
        let suffix = String(String.UnicodeScalarView(scalars[end...])).trimmingCharacters(in: .whitespaces)
        if digits.contains(",") || digits.contains("，") {
            guard hasThousandsGrouping(digits) else { return .invalid }
            digits = digits.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
        }
        guard let number = Double(digits) else { return .invalid }
        if suffix.isEmpty { return .value(number, written: digits) }
        if let unit, suffix == unit { return .value(number, written: digits) }
        let (writtenScale, writtenBase) = split(suffix)
        let (slotScale, slotBase) = split(unit ?? "")
        // A bare multiplier (1.2万) counts in the slot's own base unit; any other word must be that unit.
        guard writtenBase.isEmpty || writtenBase == slotBase else { return .wrongUnit(suffix) }
        let value = number * writtenScale / slotScale
        return .value(value, written: NumberText.format(value, decimals: 6))
    }

    /// Grouping by thousands only: 1,262 and 12,345.5, never 1,2 (a decimal comma would be misread).
    private static func hasThousandsGrouping(_ digits: String) -> Bool {
        let whole = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = whole.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" })
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func isNumberScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "," || scalar == "，"
    }

    /// 万元 → (10000, 元); 条 → (1, 条); 万 → (10000, "").
    private static func split(_ unit: String) -> (scale: Double, base: String) {
        for (word, scale) in multipliers where unit.hasPrefix(word) {
            return (scale, String(unit.dropFirst(word.count)))
        }
        return (1, unit)
    }
}
