import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint

extension InputError: UserFacingError {}
extension ConfigurationError: UserFacingError {}
extension BaselineError: UserFacingError {}

/// One `zongjie lint` invocation: reads inputs, lints them with the right
/// configuration, applies fixes, reports, and decides the exit code.
struct LintRun {
    let options: Zongjie.Lint
    /// Engines by configuration path ("" for the defaults), each with its configuration.
    private var engines: [(configuration: LintConfiguration, engine: LintEngine)] = []
    private var engineIndexByPath: [String: Int] = [:]
    private var inputErrors = 0
    /// Last year's report (`--previous`), read once for the whole run.
    private var previousReport: PreviousReport?

    init(options: Zongjie.Lint) {
        self.options = options
    }

    mutating func execute() throws -> Int32 {
        // The same search path as `new`: a custom report type is recognised and its lint additions run.
        let catalog = try options.search.loadCatalog()
        if let typeID = options.reportType, catalog.type(id: typeID) == nil {
            let known = catalog.types.map(\.id).joined(separator: "、")
            throw LintCommandError(description: "未知的报告类型“\(typeID)”。可用的类型：\(known)（用 zongjie types 查看说明）。")
        }
        let collector = InputCollector(maxSize: ByteSizeOption.parse(options.maxSize) ?? 20 * 1024 * 1024)
        let files = try collector.expand(options.paths)
        let previous = try Self.previousReport(options.previous, collector: collector)
        previousReport = previous
        let explicitConfiguration = try options.config.map { try loadConfiguration($0) }
        var baselineCounts = try options.baseline.map { try Baseline.load(path: $0).counts }
        var baselineEntries: [Baseline.Entry] = []
        var failLevel = options.failOn.flatMap(Severity.init(rawValue:))

        // Every file's configuration and engine first (cached per folder): a bad configuration
        // or dictionary stops the run before any output, and workers only read and lint.
        var engineOfFile: [Int] = []
        engineOfFile.reserveCapacity(files.count)
        for path in files {
            let configuration = try explicitConfiguration ?? configuration(near: path)
            engineOfFile.append(try engineIndex(for: configuration, catalog: catalog))
        }
        let format = ReportFormat(rawValue: options.format) ?? .text
        var stream = ReportStream(format: format, colour: ColourPolicy.wantsColour)
        // --fix rewrites files as it goes: one at a time, so a path given twice sees its own fixes.
        let jobs = options.fix || options.fixWording ? 1 : max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let engines = self.engines
        let reportType = options.reportType
        let plan = engineOfFile
        // Without a baseline or fixes a file's report depends on that file alone: with several
        // workers each renders its own, so the one in-order consumer does not serialise
        // formatting. One worker streams instead (a file's JSON never held whole).
        let renderInWorker = jobs > 1 && options.baseline == nil && options.writeBaseline == nil && !options.fix && !options.fixWording
        let colour = ColourPolicy.wantsColour
        try OrderedParallelMap.run(count: files.count, jobs: jobs, window: jobs * 64, work: { index -> FileOutcome in
            let path = files[index]
            do {
                let input = try collector.read(path)
                let result = engines[plan[index]].engine.lint(input.text, path: path, reportType: reportType, docxLayout: input.docxLayout, previous: previous)
                if renderInWorker { return .rendered(ReportStream.render(result, format: format, colour: colour)) }
                return .linted(result, input)
            } catch let error as InputError {
                return .unreadable(error.description)
            } catch {
                return .unreadable("\(path): \(error)")
            }
        }, consume: { index, outcome in
            let (configuration, engine) = engines[plan[index]]
            let result: FileResult, input: ReadInput
            switch outcome {
            case .unreadable(let message):
                printError(message)
                inputErrors += 1
                return
            case .rendered(let report):
                if failLevel == nil { failLevel = configuration.failOn }
                stream.add(report)
                return
            case .linted(let linted, let read):
                if failLevel == nil { failLevel = configuration.failOn }
                (result, input) = (linted, read)
            }
            if options.writeBaseline != nil {
                baselineEntries += Baseline.entries(for: result.diagnostics, path: result.path, source: result.source)
            }
            let countsBefore = baselineCounts
            var filtered = Self.filter(result, baseline: &baselineCounts)
            if options.fix || options.fixWording {
                let fixed = try applyFixes(filtered, input: input, engine: engine)
                if fixed.source.string != filtered.source.string {
                    // Re-linted after writing: hide the known findings again, counted afresh.
                    baselineCounts = countsBefore
                    filtered = Self.filter(fixed, baseline: &baselineCounts)
                }
            }
            stream.add(filtered)
        })

        if let baselinePath = options.writeBaseline {
            try AtomicFileWriter.write(Baseline(entries: baselineEntries).encoded(), to: baselinePath, overwrite: true)
            printError("已写入基线：\(baselinePath)（\(baselineEntries.count) 条）")
        }
        // Nothing was read: the errors on stderr say it all; a "0 files, no problems" line would mislead.
        stream.finish(quiet: stream.summary.files == 0 && inputErrors > 0)
        if inputErrors > 0 { return ExitStatus.inputError }
        return stream.summary.reaches(failLevel ?? .error) ? ExitStatus.findings : ExitStatus.success
    }

    /// `result` without the findings the baseline still accepts (each entry hides one).
    private static func filter(_ result: FileResult, baseline counts: inout [Baseline.Entry: Int]?) -> FileResult {
        guard var remaining = counts else { return result }
        var filtered = result
        filtered.diagnostics = Baseline().filter(result.diagnostics, path: result.path, source: result.source, remaining: &remaining)
        counts = remaining
        return filtered
    }

    /// Applies fixes (or shows them with --dry-run) and re-lints the fixed text so the report is current.
    private func applyFixes(_ result: FileResult, input: ReadInput, engine: LintEngine) throws -> FileResult {
        var kinds: Set<Fix.Kind> = [.mechanical]
        if options.fixWording { kinds.insert(.wording) }
        let (fixed, applied) = FixApplier.apply(result.diagnostics, to: result.source, kinds: kinds)
        guard !applied.isEmpty else { return result }
        if options.dryRun {
            // The diff must not break JSON on stdout: with --format json it goes to stderr.
            let diff = Data(LineDiff.unified(old: result.source.string, new: fixed, path: result.path).utf8)
            (options.format == ReportFormat.json.rawValue ? FileHandle.standardError : FileHandle.standardOutput).write(diff)
            return result
        }
        guard let encoding = input.encoding, let data = TextDecoder.encode(fixed, as: encoding) else {
            printError("\(result.path): 无法按原编码写回，未修改。")
            return result
        }
        try AtomicFileWriter.write(data, to: result.path, overwrite: true)
        for edit in applied {
            printError("\(result.path):\(edit.range.start.line):\(edit.range.start.column): 已修复：“\(edit.original)”→“\(edit.replacement)” [\(edit.ruleID)]")
        }
        return engine.lint(fixed, path: result.path, reportType: options.reportType, docxLayout: input.docxLayout,
                           previous: previousReport)
    }

    private func loadConfiguration(_ path: String) throws -> LintConfiguration {
        let configuration = try LintConfiguration.load(path: path, knownRules: Set(RuleRegistry.all.map { $0.description.id }))
        for warning in configuration.warnings { printError(warning) }
        return configuration
    }

    /// The folder part of `path` ("" for a bare name), cut at the last "/": asked for every
    /// file of a batch on the one serial thread, so no NSString path normalising.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    private var loadedConfigurations: [String: LintConfiguration] = [:]
    /// The configuration file found from each folder (nil: none), so a folder of 10,000
    /// drafts is searched once, not once per file.
    private var foundInFolder: [String: String?] = [:]

    /// The `.zongjie.yaml` nearest to `path` (cached), or the defaults.
    private mutating func configuration(near path: String) throws -> LintConfiguration {
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

    /// One engine per configuration file, with its dictionaries plus --dict (its index in `engines`).
    private mutating func engineIndex(for configuration: LintConfiguration, catalog: ReportTypeCatalog) throws -> Int {
        let key = configuration.path ?? ""
        if let index = engineIndexByPath[key] { return index }
        var entries: [WordingEntry] = []
        for dictionary in configuration.dictionaries + options.dictionaries {
            guard let data = FileManager.default.contents(atPath: dictionary) else {
                throw LintCommandError(description: "\(dictionary): 无法读取词表文件，请检查路径。")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw LintCommandError(description: "\(dictionary): 词表文件应为 UTF-8 编码。")
            }
            do {
                entries += try WordingDictionaryFile.parse(text, path: dictionary)
            } catch {
                throw LintCommandError(description: "\(error)")
            }
        }
        var configuration = configuration
        if !options.onlyRules.isEmpty {
            // --only wins over the configuration: every other rule is off for this run.
            configuration.disabledRules = Set(RuleRegistry.all.map { $0.description.id }).subtracting(options.onlyRules)
        }
        let engine = LintEngine(configuration: configuration, settings: LintSettings(extraWordingEntries: entries), catalog: catalog, strict: options.strict)
        engines.append((configuration, engine))
        engineIndexByPath[key] = engines.count - 1
        return engines.count - 1
    }

    private func printError(_ message: String) {
        let line = message.hasPrefix("已") || message.contains(": 警告：") || message.contains("已修复") ? message : "zongjie: 错误：\(message)"
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// What a worker hands the in-order consumer for one input.
enum FileOutcome: Sendable {
    /// Findings for the in-order pass (baseline, fixes) to finish.
    case linted(FileResult, ReadInput)
    /// The file's finished report, when nothing in the run depends on other files.
    case rendered(RenderedReport)
    /// The file could not be read; the message is for stderr.
    case unreadable(String)
}

/// A misused command line or unusable input, stated for the user.
struct LintCommandError: UserFacingError {
    var description: String
}

/// Whether to colour output: only on a terminal, and never with NO_COLOR set.
enum ColourPolicy {
    static var wantsColour: Bool {
        if ProcessInfo.processInfo.environment["NO_COLOR"] != nil { return false }
        return isatty(STDOUT_FILENO) != 0
    }
}
