import Foundation

/// How numbers appear in a draft: ASCII digits, no grouping, rounded to a
/// fixed number of places with trailing zeros dropped (98.50 → 98.5, 100.00 → 100).
public enum NumberText {
    /// `value` rounded to `decimals` places.
    public static func format(_ value: Double, decimals: Int) -> String {
        let places = max(0, min(decimals, 6))
        var text = String(format: "%.\(places)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
