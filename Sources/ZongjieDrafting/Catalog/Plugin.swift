import ZongjieCore

/// A loaded report-type plugin: its manifest, resolved outline, templates and example input.
public struct Plugin: Sendable {
    public var manifest: PluginManifest
    /// The outline after the manifest's edits.
    public var outline: Outline
    /// Mustache templates by name (`opening`, `achievements`, `partials/item` …).
    public var templates: [String: String]
    /// The example input (`sample.yaml`), if the plugin has one.
    public var sampleInput: String?
    public var origin: ReportType.Origin
    /// Where it was loaded from, for messages (`plugins/general` or a folder path).
    public var location: String

    public init(manifest: PluginManifest, outline: Outline, templates: [String: String], sampleInput: String?, origin: ReportType.Origin, location: String) {
        self.manifest = manifest
        self.outline = outline
        self.templates = templates
        self.sampleInput = sampleInput
        self.origin = origin
        self.location = location
    }

    /// The report type the linter and CLI see.
    public var reportType: ReportType {
        var type = ReportType(id: manifest.id, name: manifest.name, titleKeywords: manifest.title.keywords, outline: outline, origin: origin)
        type.lintRules = manifest.lint
        return type
    }
}
