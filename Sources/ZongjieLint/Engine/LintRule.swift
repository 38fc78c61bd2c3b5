import ZongjieCore

/// A lint rule: one type, one file, one public id.
///
/// The static `description` is the rule's documentation, its `zongjie rules`
/// listing and its test: every triggering example must produce a finding where
/// it marks one (↓), every non-triggering example none.
public protocol LintRule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Builds the rule once per run with run-wide settings; by default ignores them.
    init(settings: LintSettings)
    /// Findings for one document. Severity comes from the description; the
    /// engine applies configuration overrides afterwards.
    func check(_ context: LintContext) -> [Diagnostic]
}

extension LintRule {
    /// Shorthand for the rule's id.
    public static var id: String { description.id }

    /// A finding of this rule at `range` with the rule's default severity.
    public func diagnostic(
        _ range: SourceRange,
        _ message: String,
        data: [String: String] = [:],
        fix: Fix? = nil
    ) -> Diagnostic {
        Diagnostic(ruleID: Self.description.id, severity: Self.description.severity, range: range, message: message, data: data, fix: fix)
    }
}

/// What a rule is, why it exists and how it behaves, with examples that are run as tests.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id, part of the public interface (JSON, config, disable comments).
    public var id: String
    /// Short Chinese name.
    public var name: String
    /// One Chinese sentence: what the rule finds.
    public var summary: String
    /// Why a reviewer cares (Chinese).
    public var rationale: String
    /// What the rule rests on (依据, Chinese): a clause of GB/T 9704, GB/T 15834/15835, the
    /// 条例, the 年报 format, a dictionary's source, or “审稿惯例”. Shown by `zongjie rules ID`
    /// and given with every finding as JSON `data.basis`. A test requires it of every rule.
    public var basis: String
    public var severity: Severity
    /// Texts that must produce findings; `↓` marks where each finding starts.
    public var triggering: [RuleExample]
    /// Texts that must produce none.
    public var nonTriggering: [RuleExample]
    /// Input → text after applying the rule's fixes.
    public var corrections: [RuleCorrection]

    public init(
        id: String,
        name: String,
        summary: String,
        rationale: String,
        basis: String = "",
        severity: Severity,
        triggering: [RuleExample],
        nonTriggering: [RuleExample],
        corrections: [RuleCorrection] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.basis = basis
        self.severity = severity
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.corrections = corrections
    }
}

/// A document used as a rule example. It records where it is written so a
/// failing example points at itself.
public struct RuleExample: Sendable {
    /// The document text; `↓` marks the start of each expected finding and is removed before linting.
    public var text: String
    /// Report type to lint as (nil: recognise from the title).
    public var reportType: String?
    /// Last year's report the example is linted against (`lint --previous`), nil for none.
    public var previous: String?
    public var file: StaticString
    public var line: UInt

    public init(_ text: String, reportType: String? = nil, previous: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        self.text = text
        self.reportType = reportType
        self.previous = previous
        self.file = file
        self.line = line
    }
}

/// An example of a fix: lint `before`, apply the rule's fixes, expect `after`.
public struct RuleCorrection: Sendable {
    public var before: String
    public var after: String
    public var file: StaticString
    public var line: UInt

    public init(_ before: String, _ after: String, file: StaticString = #filePath, line: UInt = #line) {
        self.before = before
        self.after = after
        self.file = file
        self.line = line
    }
}
