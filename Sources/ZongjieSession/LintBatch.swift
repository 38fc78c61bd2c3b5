import Foundation
import ZongjieCore
import ZongjieFormats
import ZongjieLint

/// A session's run over many inputs, as `zongjie lint PATH…` does it: folders expanded,
/// every file's engine chosen before any output, files linted on several workers and
/// handed back in input order, baselines applied, fixes written. The front-end only
/// reports what it is handed.
public struct LintBatch {
    public let session: LintSession

    public init(session: LintSession) {
        self.session = session
    }

    /// How the run went, beyond the findings the front-end was handed.
    public struct Outcome: Sendable {
        /// Inputs that could not be read (each was reported as `.unreadable`).
        public var inputErrors: Int
        /// The level that fails the run (nil: none was set; the caller's default applies).
        public var failLevel: Severity?
    }

    /// What a worker hands the in-order consumer for one input.
    private enum FileOutcome<Rendered: Sendable>: Sendable {
        /// Findings for the in-order pass (baseline, fixes) to finish.
        case linted(FileResult, ReadInput)
        /// The file's finished report, when nothing in the run depends on other files.
        case rendered(Rendered)
        /// The file could not be read; the message is for the user.
        case unreadable(String)
    }

    /// Lints every input `paths` names. Each file's findings reach `add` (after the baseline
    /// and fixes) in input order; when no file depends on another and there are several
    /// workers, each worker calls `render` instead and `addRendered` gets its output, so the
    /// one in-order consumer does not serialise formatting.
    public func run<Rendered: Sendable>(
        paths: [String],
        render: @escaping @Sendable (FileResult) -> Rendered,
        addRendered: (Rendered) -> Void,
        add: (FileResult) -> Void
    ) throws -> Outcome {
        let options = session.options
        let collector = InputCollector(maxSize: options.maxSize)
        let files = try collector.expand(paths)
        try session.loadPrevious()
        try session.loadExplicitConfiguration()
        var baselineCounts = try options.baselinePath.map { try Baseline.load(path: $0).counts }
        var baselineEntries: [Baseline.Entry] = []
        var failLevel = options.failOn
        var inputErrors = 0

        // Every file's configuration and engine first (cached per folder): a bad configuration
        // or dictionary stops the run before any output, and workers only read and lint.
        var plan: [Int] = []
        plan.reserveCapacity(files.count)
        for path in files { plan.append(try session.engineIndex(forFileAt: path)) }
        // Fixes rewrite files as they go: one at a time, so a path given twice sees its own fixes.
        let jobs = options.fixes || options.annotatePath != nil ? 1 : max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let engines = session.engines
        let reportType = options.reportType
        let previous = session.previous
        let catalog = session.catalog
        // Without a baseline or fixes a file's report depends on that file alone: with several
        // workers each renders its own. One worker streams instead (a file's JSON never held whole).
        let renderInWorker = jobs > 1 && options.baselinePath == nil && options.writeBaselinePath == nil && !options.fixes && options.annotatePath == nil
        let fixer = FixWriter(options: options, previous: previous, messages: session.messages)
        try OrderedParallelMap.run(count: files.count, jobs: jobs, window: jobs * 64, work: { [plan] index -> FileOutcome<Rendered> in
            let path = files[index]
            do {
                let input = try collector.read(path)
                if let failed = LintSession.failedType(of: input.text, reportType: reportType, catalog: catalog, engine: engines[plan[index]].engine) {
                    return .unreadable("\(path): \(failed.loadError)")
                }
                let result = engines[plan[index]].engine.lint(input.text, path: path, reportType: reportType, docxLayout: input.docxLayout,
                                                                 previous: previous)
                if renderInWorker { return .rendered(render(result)) }
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
                session.messages(.unreadable(message))
                inputErrors += 1
                return
            case .rendered(let report):
                if failLevel == nil { failLevel = configuration.failOn }
                addRendered(report)
                return
            case .linted(let linted, let read):
                if failLevel == nil { failLevel = configuration.failOn }
                (result, input) = (linted, read)
            }
            if options.writeBaselinePath != nil {
                baselineEntries += Baseline.entries(for: result.diagnostics, path: result.path, source: result.source)
            }
            let countsBefore = baselineCounts
            var filtered = Self.filter(result, baseline: &baselineCounts)
            if DocxReviewWriter.applies(to: input.path, options: options) {
                // A Word file is reviewed the Word way: comments and tracked changes, never silent edits.
                filtered = try DocxReviewWriter(options: options, previous: previous, messages: session.messages)
                    .review(filtered, engine: engine)
            } else if options.fixes {
                let fixed = try fixer.apply(filtered, input: input, engine: engine)
                if fixed.source.string != filtered.source.string {
                    // Re-linted after writing: hide the known findings again, counted afresh.
                    baselineCounts = countsBefore
                    filtered = Self.filter(fixed, baseline: &baselineCounts)
                }
            }
            add(filtered)
        })

        if let baselinePath = options.writeBaselinePath {
            try AtomicFileWriter.write(Baseline(entries: baselineEntries).encoded(), to: baselinePath, overwrite: true)
            session.messages(.baselineWritten(path: baselinePath, count: baselineEntries.count))
        }
        return Outcome(inputErrors: inputErrors, failLevel: failLevel)
    }

    /// `result` without the findings the baseline still accepts (each entry hides one).
    private static func filter(_ result: FileResult, baseline counts: inout [Baseline.Entry: Int]?) -> FileResult {
        guard var remaining = counts else { return result }
        var filtered = result
        filtered.diagnostics = Baseline().filter(result.diagnostics, path: result.path, source: result.source, remaining: &remaining)
        counts = remaining
        return filtered
    }
}
