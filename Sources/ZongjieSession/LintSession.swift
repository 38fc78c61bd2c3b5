import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint

/// The lint orchestration every front-end shares (command line, language server, MCP server):
/// the configuration nearest each file (searched once per folder), one engine per
/// configuration with its dictionaries, and linting text or files with them.
/// `LintBatch` adds what a run over many files needs (workers, fixes, baselines).
///
/// Not thread-safe: one owner asks for engines; the engines themselves are values any
/// thread may use.
public final class LintSession {
    public let options: LintSessionOptions
    public let catalog: ReportTypeCatalog
    /// Receives warnings and notices; the front-end decides how to show them.
    let messages: (LintSessionMessage) -> Void

    /// Engines in creation order, each with its configuration.
    private(set) var engines: [(configuration: LintConfiguration, engine: LintEngine)] = []
    /// Engine index by configuration path ("" for the defaults).
    private var engineIndexByPath: [String: Int] = [:]
    private var explicitConfiguration: LintConfiguration?
    /// Last year's report (`options.previousPath`), read once by `loadPrevious`.
    public private(set) var previous: PreviousReport?
    private var loadedConfigurations: [String: LintConfiguration] = [:]
    /// The configuration file found from each folder (nil: none), so a folder of 10,000
    /// drafts is searched once, not once per file.
    private var foundInFolder: [String: String?] = [:]

    /// Checks the report type and loads `options.configPath` (its warnings go to `messages`).
    public init(options: LintSessionOptions, catalog: ReportTypeCatalog, messages: @escaping (LintSessionMessage) -> Void = { _ in }) throws {
        var options = options
        // `--type` takes a Chinese name (政务公开) as `new` does; everything after this sees the id.
        if let query = options.reportType {
            do { options.reportType = try catalog.resolveType(query).id } catch { throw LintSessionError(error.description) }
        }
        self.options = options
        self.catalog = catalog
        self.messages = messages
    }

    /// Loads the explicit configuration file, if any. Separate from `init` so a front-end
    /// can list its inputs first and report a missing file before a bad configuration.
    public func loadExplicitConfiguration() throws {
        explicitConfiguration = try options.configPath.map { try loadConfiguration($0) }
    }

    /// Reads last year's report, if the options name one, with the same readers and limits as
    /// the drafts (a missing, empty, binary or broken file is an input error).
    public func loadPrevious() throws {
        guard let path = options.previousPath else { return }
        guard path != "-" else { throw LintSessionError("--previous 不能是标准输入（-），请指定上年报告的文件路径。") }
        let input = try InputCollector(maxSize: options.maxSize).read(path)
        previous = PreviousReport(text: input.text, path: path)
    }

    /// Forgets every configuration and engine: the next lint reads `.zongjie.yaml` files
    /// and dictionaries afresh (an editor saved one of them).
    public func invalidateConfigurations() {
        engines = []
        engineIndexByPath = [:]
        loadedConfigurations = [:]
        foundInFolder = [:]
    }

    /// The configuration and engine for the file at `path` ("-": the working directory's).
    public func engine(forFileAt path: String) throws -> (configuration: LintConfiguration, engine: LintEngine) {
        engines[try engineIndex(forFileAt: path)]
    }

    /// Index into `engines` of the engine for `path`.
    func engineIndex(forFileAt path: String) throws -> Int {
        let configuration = try explicitConfiguration ?? configuration(near: path)
        return try engineIndex(for: configuration)
    }

    /// The plugin that failed to load which `text`'s title names, when no `--type` is given:
    /// linting it as another type would hide the failure (only parsed when a plugin failed).
    public static func failedType(of text: String, reportType: String?, catalog: ReportTypeCatalog, engine: LintEngine) -> FailedPlugin? {
        guard reportType == nil, !catalog.failedPlugins.isEmpty else { return nil }
        let title = engine.linter.context(for: text, path: "", reportType: nil).document.title?.text ?? ""
        return catalog.failure(forTitle: title)
    }

    /// Lints `text` as if it were the file at `path`, with that file's configuration.
    public func lint(text: String, path: String, docxLayout: DocxLayout? = nil) throws -> FileResult {
        if let failed = Self.failedType(of: text, reportType: options.reportType, catalog: catalog, engine: try engine(forFileAt: path).engine) {
            throw LintSessionError("\(path): \(failed.loadError)")
        }
        return try engine(forFileAt: path).engine.lint(text, path: path, reportType: options.reportType, docxLayout: docxLayout,
                                                   previous: previous)
    }

    /// Reads and lints the file at `path` (size limit, encodings and .docx as the command line reads them).
    public func lint(fileAt path: String) throws -> FileResult {
        let engine = try engine(forFileAt: path).engine
        let input = try InputCollector(maxSize: options.maxSize).read(path)
        if let failed = Self.failedType(of: input.text, reportType: options.reportType, catalog: catalog, engine: engine) {
            throw LintSessionError("\(path): \(failed.loadError)")
        }
        return engine.lint(input.text, path: path, reportType: options.reportType, docxLayout: input.docxLayout,
                           previous: previous)
    }

    private func loadConfiguration(_ path: String) throws -> LintConfiguration {
        let configuration = try LintConfiguration.load(path: path, knownRules: Set(RuleRegistry.all.map { $0.description.id }))
        for warning in configuration.warnings { messages(.configurationWarning(warning)) }
        return configuration
    }

    /// The folder part of `path` ("" for a bare name), cut at the last "/": asked for every
    /// file of a batch on the one serial thread, so no NSString path normalising.
    public static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// The `.zongjie.yaml` nearest to `path` (cached), or the defaults.
    private func configuration(near path: String) throws -> LintConfiguration {
        let folder = path == "-" ? FileManager.default.currentDirectoryPath : Self.folder(of: path)
        let found: String?
        if let cached = foundInFolder[folder] {
            found = cached
        } else {
            found = LintConfiguration.find(from: folder.isEmpty ? "." : folder)
            foundInFolder[folder] = found
        }
        guard let found else { return LintConfiguration() }
        if let cached = loadedConfigurations[found] { return cached }
        let configuration = try loadConfiguration(found)
        loadedConfigurations[found] = configuration
        return configuration
    }

    /// One engine per configuration file, with its dictionaries plus the session's (its index in `engines`).
    private func engineIndex(for configuration: LintConfiguration) throws -> Int {
        let key = configuration.path ?? ""
        if let index = engineIndexByPath[key] { return index }
        var entries: [WordingEntry] = []
        for dictionary in configuration.dictionaries + options.dictionaries {
            guard let data = FileManager.default.contents(atPath: dictionary) else {
                throw LintSessionError("\(dictionary): 无法读取词表文件，请检查路径。")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw LintSessionError("\(dictionary): 词表文件应为 UTF-8 编码。")
            }
            do {
                entries += try WordingDictionaryFile.parse(text, path: dictionary)
            } catch {
                throw LintSessionError("\(error)")
            }
        }
        var configuration = configuration
        if !options.onlyRules.isEmpty {
            // Only-rules win over the configuration: every other rule is off for this session.
            configuration.disabledRules = Set(RuleRegistry.all.map { $0.description.id }).subtracting(options.onlyRules)
        }
        let engine = LintEngine(configuration: configuration, settings: LintSettings(extraWordingEntries: entries), catalog: catalog, strict: options.strict)
        // The `typo` data takes tens of milliseconds to parse: start it now, beside reading
        // and decoding the documents and the other rules (its first use waits for the rest).
        if !configuration.disabledRules.contains(TypoRule.description.id) { TypoLexiconPreload.start() }
        engines.append((configuration, engine))
        engineIndexByPath[key] = engines.count - 1
        return engines.count - 1
    }
}
