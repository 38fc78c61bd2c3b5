import ZongjieCore
import ZongjieLint

/// What one lint session is asked to do, whatever front-end asked: the command line's
/// flags, an editor's settings, an assistant's tool arguments.
public struct LintSessionOptions: Sendable {
    /// Report type id to lint as (nil: recognise from the title).
    public var reportType: String?
    /// A configuration file used for every input instead of the nearest `.zongjie.yaml`.
    public var configPath: String?
    /// User dictionaries added to every configuration's own.
    public var dictionaries: [String] = []
    /// When not empty, only these rules run (they win over the configuration).
    public var onlyRules: [String] = []
    /// Warnings count as errors.
    public var strict = false
    /// The level that fails the run (nil: the first linted file's configuration decides, else error).
    public var failOn: Severity?
    /// Largest input read, in bytes.
    public var maxSize = 20 * 1024 * 1024
    /// Fix kinds applied to files in place (empty: no fixes).
    public var fixKinds: Set<Fix.Kind> = []
    /// With fixes: only report the diff, never write.
    public var dryRun = false
    /// Findings this baseline file records are hidden.
    public var baselinePath: String?
    /// Every finding of the run is written to this baseline file at the end.
    public var writeBaselinePath: String?
    /// Files linted at once (nil: one per core); fixes always run one at a time.
    public var jobs: Int?
    /// Last year's report (`--previous`), compared with every draft of the session.
    public var previousPath: String?
    /// A .docx input is written here as a review copy: findings as Word comments, fixes
    /// (with `fixKinds`) as tracked changes. Without it, fixes to a .docx are tracked changes in place.
    public var annotatePath: String?
    /// Whether the review copy may replace an existing file.
    public var overwriteAnnotation = false

    public init() {}

    /// Whether files are rewritten (or diffed) as they are linted.
    public var fixes: Bool { !fixKinds.isEmpty }
}

/// What a session tells its front-end besides findings; the front-end words and routes it.
public enum LintSessionMessage: Sendable {
    /// A configuration file's warning, complete ("path:line:col: 警告：…").
    case configurationWarning(String)
    /// An input that could not be read (the complete message); the run goes on.
    case unreadable(String)
    /// A fix written to `path`.
    case fixed(path: String, FixApplier.Applied)
    /// Fixes for `path` could not be written back in the file's encoding; the file is unchanged.
    case unencodable(path: String)
    /// The unified diff `--dry-run` shows for one file.
    case diff(String)
    /// A fix to a .docx written as a tracked change (`written`), or left because its text sits in a field, numbering or a revision.
    case revised(path: String, FixApplier.Applied, written: Bool)
    /// The reviewed .docx was written to `path` with this many comments and tracked changes.
    case reviewWritten(path: String, comments: Int, revisions: Int)
    /// The baseline file was written with `count` entries.
    case baselineWritten(path: String, count: Int)
}

/// A session that cannot start: an unknown report type, an unreadable dictionary.
public struct LintSessionError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
