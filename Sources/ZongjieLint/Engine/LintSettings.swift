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

    /// Wording (built-in then user entries, then 截止), residue and plugin terms in one automaton.
    var dictionary: DictionaryScan {
        dictionaryBox.scan {
            DictionaryScan(wording: (WordingRule.builtInEntries + extraWordingEntries).map(\.term) + [WordingRule.deadlineTerm],
                           residue: ResidueRule.patterns, pluginTerms: pluginTerms)
        }
    }

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
}

extension LintRule {
    /// Rules that need run-wide settings override this; the rest ignore them.
    public init(settings: LintSettings) { self.init() }
}
