import ZongjieCore
import ZongjieDrafting

/// The findings for one file, ready for a reporter.
public struct FileResult: Sendable {
    /// The path shown to the user ("-" for stdin).
    public var path: String
    /// Id of the report type the file was linted as.
    public var reportType: String
    public var source: SourceText
    public var diagnostics: [Diagnostic]

    public init(path: String, reportType: String, source: SourceText, diagnostics: [Diagnostic]) {
        self.path = path
        self.reportType = reportType
        self.source = source
        self.diagnostics = diagnostics
    }
}

/// A linter with a configuration applied: disabled rules never run, severities
/// are overridden, `--strict` turns warnings into errors, inline comments hide findings.
public struct LintEngine: Sendable {
    public var linter: Linter
    public var configuration: LintConfiguration
    public var strict: Bool

    /// Builds the rules once for the run with `settings` (user dictionaries …).
    public init(configuration: LintConfiguration, settings: LintSettings, catalog: ReportTypeCatalog, strict: Bool = false) {
        // Plugin terms join the run's one dictionary automaton.
        let settings = settings.addingPluginTerms(of: catalog)
        let rules = RuleRegistry.all
            .filter { !configuration.disabledRules.contains($0.id) }
            .map { $0.init(settings: settings) }
        self.linter = Linter(rules: rules, catalog: catalog)
        self.configuration = configuration
        self.strict = strict
    }

    /// Lints `text` from `path` as `reportType` (nil: recognise from the title), against
    /// last year's report when `previous` is given.
    public func lint(_ text: String, path: String, reportType: String? = nil, docxLayout: DocxLayout? = nil,
                     previous: PreviousReport? = nil) -> FileResult {
        var context = linter.context(for: text, path: path, reportType: reportType)
        context.docxLayout = docxLayout
        context.previous = previous
        let suppressions = Suppressions(context.source)
        var diagnostics = linter.lint(context, suppressions: suppressions)
        // Nearly every file has no severity override: no pass, no copies.
        if !configuration.severities.isEmpty || strict {
            for index in diagnostics.indices { diagnostics[index] = adjusted(diagnostics[index]) }
        }
        return FileResult(path: path, reportType: context.reportType.id, source: context.source, diagnostics: diagnostics)
    }

    private func adjusted(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        if !configuration.severities.isEmpty, let severity = configuration.severities[diagnostic.ruleID] { copy.severity = severity }
        if strict && copy.severity == .warning { copy.severity = .error }
        return copy
    }
}

/// Counts of findings by severity over a run.
public struct LintSummary: Sendable, Equatable {
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    /// Totals over `results`.
    public init(_ results: [FileResult]) {
        files = results.count
        let all = results.flatMap(\.diagnostics)
        errors = all.filter { $0.severity == .error }.count
        warnings = all.filter { $0.severity == .warning }.count
        infos = all.filter { $0.severity == .info }.count
    }

    /// Whether any finding is at or above `level`.
    public func reaches(_ level: Severity) -> Bool {
        switch level {
        case .error: errors > 0
        case .warning: errors + warnings > 0
        case .info: errors + warnings + infos > 0
        }
    }
}
