/// Run-wide inputs to rules that come from configuration, built once per run
/// (never per document): extra dictionary entries and the like.
public struct LintSettings: Sendable {
    /// Entries from user dictionaries (`--dict`, config `dictionaries:`), in load order.
    public var extraWordingEntries: [WordingEntry]

    public init(extraWordingEntries: [WordingEntry] = []) {
        self.extraWordingEntries = extraWordingEntries
    }
}

/// One dictionary entry: a wrong or sensitive term and, where there is one, its replacement.
public struct WordingEntry: Sendable, Hashable {
    public var term: String
    /// nil: flag the term with no suggestion.
    public var replacement: String?
    /// Where the entry comes from (a standard, a dictionary, or `file:line` of a user dictionary).
    public var source: String

    public init(term: String, replacement: String?, source: String) {
        self.term = term
        self.replacement = replacement
        self.source = source
    }
}

extension LintRule {
    /// Rules that need run-wide settings override this; the rest ignore them.
    public init(settings: LintSettings) { self.init() }
}
