/// How serious a finding is. Ordered so that `error > warning > info`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word shown to users in gcc-style output.
    public var label: String { rawValue }
}

/// An edit that would resolve a finding: replace the text in `range` by `replacement`.
public struct Fix: Sendable, Hashable, Codable {
    /// Mechanical fixes (punctuation width, numbering markers) are applied by `--fix`;
    /// wording fixes only by `--fix-wording`, since a dictionary entry can hit a name.
    public enum Kind: String, Sendable, Codable {
        case mechanical
        case wording
    }

    public var range: SourceRange
    public var replacement: String
    public var kind: Kind
    /// Further edits applied with this one, for a finding that stands for many occurrences
    /// (a 年报's OCR spaces, reported once): each is applied on its own, so the edits of
    /// other findings between them are not lost.
    public var also: [Fix]?

    public init(range: SourceRange, replacement: String, kind: Kind) {
        self.range = range
        self.replacement = replacement
        self.kind = kind
    }
}

/// One finding: which rule, how serious, where, what to do.
public struct Diagnostic: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    public var range: SourceRange
    /// Chinese, saying what is wrong and what to do.
    public var message: String
    /// Machine-readable details (`section`, `expected`, `found` …), emitted as JSON `data`.
    public var data: [String: String]
    public var fix: Fix?

    public init(
        ruleID: String,
        severity: Severity,
        range: SourceRange,
        message: String,
        data: [String: String] = [:],
        fix: Fix? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.range = range
        self.message = message
        self.data = data
        self.fix = fix
    }
}
