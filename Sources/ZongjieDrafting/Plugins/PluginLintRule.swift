import ZongjieCore

/// One lint addition a plugin declares under `lint:` in its plugin.yaml. It runs,
/// as the lint rule `plugin-rule`, on every document linted as the plugin's type.
/// Terms are matched as plain Chinese substrings (Chinese has no word boundaries).
public struct PluginLintRule: Sendable, Hashable {
    /// What the rule checks.
    public enum Kind: Sendable, Hashable {
        /// None of `terms` may appear.
        case existence(terms: [String])
        /// Each `wrong` should be written `right` (a wording fix, applied by `--fix-wording`).
        case substitution(swaps: [Swap])
        /// One of `terms` must appear; with `figure`, in a sentence that also states a number.
        /// With no terms and `figure`, the scope must state some number.
        case required(terms: [String], figure: Bool)
        /// The figure after `total` must equal the sum of the figures after each of `parts`.
        case identity(total: String, parts: [String])
        /// The scope's length in characters (whitespace not counted) must lie within the bounds.
        case length(min: Int?, max: Int?)
        /// The percentage after one of `percent` must be the figure after one of `numerator`
        /// over the figure after one of `denominator`: within `tolerance` percentage points, or
        /// (nil) as the percentage is rounded to the decimals it shows.
        case rate(numerator: [String], denominator: [String], percent: [String], tolerance: Double?)
        /// A total right after one of `totals` is followed (after 其中) by every one of its parts:
        /// a declaration for `sum-mismatch`, which then also reports parts that add up to less.
        case complete(totals: [String])

        /// The YAML spelling (`kind: existence`).
        public var name: String {
            switch self {
            case .existence: "existence"
            case .substitution: "substitution"
            case .required: "required"
            case .identity: "identity"
            case .length: "length"
            case .rate: "rate"
            case .complete: "complete"
            }
        }

        /// Every kind's YAML spelling, for messages.
        public static let names = ["existence", "substitution", "required", "identity", "length", "rate", "complete"]
    }

    /// A wrong term and what to write instead.
    public struct Swap: Sendable, Hashable {
        public var wrong: String
        public var right: String
        /// Longer terms holding `wrong` where it stands right (政协建议案 for 政协建议 → 政协提案):
        /// an occurrence inside one of them is no finding.
        public var except: [String]

        public init(wrong: String, right: String, except: [String] = []) {
            self.wrong = wrong
            self.right = right
            self.except = except
        }
    }

    /// Name unique within the plugin; findings carry it as `data.pluginRule`.
    public var name: String
    public var kind: Kind
    /// Outline part the rule looks at (`problems`, a plugin's own key …); nil: the whole document.
    public var section: String?
    /// The finding's message; `{term}` and `{right}` are filled in. Nil: a message of the kind's own.
    public var message: String?
    public var severity: Severity
    /// Where the rule is written in plugin.yaml, for problems found after decoding.
    public var line: Int?
    public var column: Int?
    /// Where its `section:` value is written.
    public var sectionLine: Int?
    public var sectionColumn: Int?

    public init(name: String, kind: Kind, section: String? = nil, message: String? = nil, severity: Severity = .warning,
                line: Int? = nil, column: Int? = nil, sectionLine: Int? = nil, sectionColumn: Int? = nil) {
        self.name = name
        self.kind = kind
        self.section = section
        self.message = message
        self.severity = severity
        self.line = line
        self.column = column
        self.sectionLine = sectionLine
        self.sectionColumn = sectionColumn
    }
}
