import Foundation

/// Arithmetic helpers for comparing stated and computed figures.
enum FigureMath {
    /// Whether `computed` shown with `decimals` digits could read `stated` under
    /// half-up, half-even or truncating rounding.
    static func rounds(_ computed: Double, to stated: Double, decimals: Int) -> Bool {
        let factor = pow(10.0, Double(decimals))
        let scaled = computed * factor
        let target = (stated * factor).rounded()
        let epsilon = 1e-7
        // The epsilon absorbs binary representation error (22.075 stored as 22.07499…).
        let candidates = [
            (scaled + epsilon).rounded(.toNearestOrAwayFromZero),
            scaled.rounded(.toNearestOrEven),
            (scaled + epsilon).rounded(.towardZero),
        ]
        return candidates.contains(target)
    }

    /// The figure as shown, for messages: 22.08, 103, 1.5万.
    static func format(_ value: Double, decimals: Int = 2) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.\(decimals)f", value)
        while text.contains(".") && (text.hasSuffix("0") || text.hasSuffix(".")) { text.removeLast() }
        return text
    }
}
