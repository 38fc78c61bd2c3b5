/// A figure computed from other slots, so the draft states it consistently
/// with its inputs instead of asking the writer to do arithmetic.
public struct DerivedFigure: Sendable, Hashable {
    /// How the figure is computed.
    public enum Kind: Sendable, Hashable {
        /// Sum of number slots, or of every row of a table slot.
        case sum(parts: [String])
        /// numerator ÷ denominator × 100, e.g. 办结率 = 办结 / 受理.
        case rate(numerator: String, denominator: String)
        /// (current − previous) ÷ previous × 100, stated as 增长/下降 x%.
        case yearOnYear(current: String, previous: String)
        /// part ÷ total × 100, e.g. 占比.
        case share(part: String, total: String)

        /// Slots the figure reads.
        public var inputs: [String] {
            switch self {
            case .sum(let parts): parts
            case .rate(let numerator, let denominator): [numerator, denominator]
            case .yearOnYear(let current, let previous): [current, previous]
            case .share(let part, let total): [part, total]
            }
        }

        /// Whether the result is a percentage (rendered with a % sign).
        public var isPercentage: Bool {
            if case .sum = self { return false }
            return true
        }
    }

    /// Key the templates use (`{{handling_rate}}`).
    public var key: String
    public var label: String
    public var kind: Kind
    /// Decimal places the result is rounded to; trailing zeros are dropped.
    public var decimals: Int
    /// A number slot this figure should equal (a sum of parts against the stated total);
    /// a mismatch is reported as a warning.
    public var equals: String?

    public init(key: String, label: String, kind: Kind, decimals: Int = 2, equals: String? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.decimals = decimals
        self.equals = equals
    }
}
