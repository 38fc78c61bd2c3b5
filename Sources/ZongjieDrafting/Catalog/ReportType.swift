import ZongjieCore

/// A report type as the linter and the CLI see it: id, name, how to recognise
/// it from a title, and its resolved outline.
public struct ReportType: Sendable, Hashable {
    /// Where a report type was found; used by `zongjie types` and override order.
    public enum Origin: String, Sendable, Hashable {
        case builtIn = "built-in"
        case project
        case user
        case path
    }

    public var id: String
    public var name: String
    /// Substrings of a title that mark this type (政务公开, 法治政府建设 …).
    public var titleKeywords: [String]
    public var outline: Outline
    public var origin: Origin
    /// The plugin's lint additions, run by the `plugin-rule` lint rule.
    public var lintRules: [PluginLintRule] = []

    public init(id: String, name: String, titleKeywords: [String], outline: Outline, origin: Origin) {
        self.id = id
        self.name = name
        self.titleKeywords = titleKeywords
        self.outline = outline
        self.origin = origin
    }
}
