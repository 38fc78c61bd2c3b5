import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint
import ZongjieSession

extension InputError: UserFacingError {}
extension ConfigurationError: UserFacingError {}
extension BaselineError: UserFacingError {}
extension LintSessionError: UserFacingError {}

/// One `zongjie lint` invocation: the command line's adapter over `LintSession` and
/// `LintBatch`. It turns flags into session options, streams the report to stdout,
/// words the session's messages for stderr, and decides the exit code.
struct LintRun {
    let options: Zongjie.Lint

    init(options: Zongjie.Lint) {
        self.options = options
    }

    func execute() throws -> Int32 {
        // The same search path as `new`: a custom report type is recognised and its lint additions run.
        let catalog = try options.search.loadCatalog()
        let format = ReportFormat(rawValue: options.format) ?? .text
        let session = try LintSession(options: sessionOptions, catalog: catalog) { message in
            Self.show(message, format: format)
        }
        let colour = ColourPolicy.wantsColour
        var stream = ReportStream(format: format, colour: colour)
        let outcome = try LintBatch(session: session).run(
            paths: options.paths,
            render: { ReportStream.render($0, format: format, colour: colour) },
            addRendered: { stream.add($0) },
            add: { stream.add($0) }
        )
        // Nothing was read: the errors on stderr say it all; a "0 files, no problems" line would mislead.
        stream.finish(quiet: stream.summary.files == 0 && outcome.inputErrors > 0)
        if outcome.inputErrors > 0 { return ExitStatus.inputError }
        return stream.summary.reaches(outcome.failLevel ?? .error) ? ExitStatus.findings : ExitStatus.success
    }

    /// The command line's flags as session options.
    private var sessionOptions: LintSessionOptions {
        var session = LintSessionOptions()
        session.reportType = options.reportType
        session.configPath = options.config
        session.dictionaries = options.dictionaries
        session.onlyRules = options.onlyRules
        session.strict = options.strict
        session.failOn = options.failOn.flatMap(Severity.init(rawValue:))
        session.maxSize = ByteSizeOption.parse(options.maxSize) ?? 20 * 1024 * 1024
        if options.fix || options.fixWording { session.fixKinds.insert(.mechanical) }
        if options.fixWording { session.fixKinds.insert(.wording) }
        session.dryRun = options.dryRun
        session.baselinePath = options.baseline
        session.writeBaselinePath = options.writeBaseline
        session.jobs = options.jobs
        session.previousPath = options.previous
        session.annotatePath = options.annotate
        session.overwriteAnnotation = options.force
        return session
    }

    /// Writes a session message where the command line has always written it.
    private static func show(_ message: LintSessionMessage, format: ReportFormat) {
        switch message {
        case .configurationWarning(let warning):
            printError(warning)
        case .unreadable(let text):
            printError(text)
        case .fixed(let path, let edit):
            printError("\(path):\(edit.range.start.line):\(edit.range.start.column): 已修复：“\(edit.original)”→“\(edit.replacement)” [\(edit.ruleID)]")
        case .revised(let path, let edit, let written):
            let place = "\(path):\(edit.range.start.line):\(edit.range.start.column)"
            printError(written
                ? "\(place): 已修复（修订）：“\(edit.original)”→“\(edit.replacement)” [\(edit.ruleID)]"
                : "\(place): 警告：“\(edit.original)”在域、自动编号或已有修订中，未写成修订，请手工修改 [\(edit.ruleID)]")
        case .reviewWritten(let path, let comments, let revisions):
            printError("已写入：\(path)（批注 \(comments) 条，修订 \(revisions) 处；在 Word“审阅”中逐条接受或拒绝）")
        case .unencodable(let path):
            printError("\(path): 无法按原编码写回，未修改。")
        case .diff(let diff):
            // The diff must not break a machine format on stdout: with any but text it goes to stderr.
            (format != .text ? FileHandle.standardError : FileHandle.standardOutput).write(Data(diff.utf8))
        case .baselineWritten(let path, let count):
            printError("已写入基线：\(path)（\(count) 条）")
        }
    }

    private static func printError(_ message: String) {
        let line = message.hasPrefix("已") || message.contains(": 警告：") || message.contains("已修复") ? message : "zongjie: 错误：\(message)"
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
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

/// The batch runner moved to ZongjieSession with the rest of the orchestration; the
/// command line's batch tests still reach it under this module.
typealias OrderedParallelMap = ZongjieSession.OrderedParallelMap
