import Foundation
import ZongjieDrafting

/// Run-wide inputs to rules that come from configuration, built once per run
/// (never per document): extra dictionary entries and the like.
public struct LintSettings: Sendable {
    /// Entries from user dictionaries (`--dict`, config `dictionaries:`), in load order.
    public var extraWordingEntries: [WordingEntry] {
        didSet { dictionaryBox = DictionaryBox() }
    }
    /// Terms of the catalog's plugin rules, matched in the run's one dictionary scan
    /// (`Linter` and `LintEngine` add them); a plugin term not among them is searched alone.
    public var pluginTerms: [String] = [] {
        didSet { dictionaryBox = DictionaryBox() }
    }
    /// The run's dictionary automaton, built on first use and shared by the rules built
    /// from these settings.
    private var dictionaryBox = DictionaryBox()

    public init(extraWordingEntries: [WordingEntry] = []) {
        self.extraWordingEntries = extraWordingEntries
    }

    /// Wording (built-in then user entries, then 截止), residue, 规范表述, usage marks and
    /// plugin terms in one automaton.
    var dictionary: DictionaryScan {
        dictionaryBox.scan {
            DictionaryScan(wording: (WordingRule.builtInEntries + wordingUserEntries).map(\.term) + [WordingRule.deadlineTerm],
                           residue: ResidueRule.patterns,
                           formula: FormulaTable(PoliticalFormulaRule.builtInEntries + formulaUserEntries).patterns,
                           marks: UsageMarks.patterns, pluginTerms: pluginTerms)
        }
    }

    /// User entries that complete a truncated formulation (the right form contains the wrong
    /// one, or the wrong one has a “…” gap): the `political-formula` rule reads them, so the
    /// complete form is never flagged.
    var formulaUserEntries: [WordingEntry] { extraWordingEntries.filter(\.completesFormulation) }
    /// The other user entries, read by the `wording` rule.
    var wordingUserEntries: [WordingEntry] { extraWordingEntries.filter { !$0.completesFormulation } }

    /// These settings with the terms of every plugin rule in `catalog`.
    func addingPluginTerms(of catalog: ReportTypeCatalog) -> LintSettings {
        var settings = self
        var terms: [String] = []
        for type in catalog.types {
            for rule in type.lintRules { terms += PluginRuleCheck.searchedTerms(rule) }
        }
        if !terms.isEmpty { settings.pluginTerms += terms }
        return settings
    }
}

/// Builds the dictionary scan once, whichever rule asks first.
private final class DictionaryBox: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var built: DictionaryScan?

    func scan(_ make: () -> DictionaryScan) -> DictionaryScan {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let scan = make()
        built = scan
        return scan
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

    /// Whether the entry completes a truncated formulation (新时代中国特色社会主义思想 →
    /// 习近平新时代中国特色社会主义思想) or names a gapped one (关于…重要论述).
    var completesFormulation: Bool {
        guard let replacement, replacement.utf8.count > term.utf8.count else { return false }
        return term.contains("…") || replacement.contains(term)
    }
}

extension LintRule {
    /// Rules that need run-wide settings override this; the rest ignore them.
    public init(settings: LintSettings) { self.init() }
}
