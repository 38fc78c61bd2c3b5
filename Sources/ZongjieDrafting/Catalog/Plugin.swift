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

/// Builds a `Plugin` from its files (paths relative to the plugin folder).
public enum PluginLoader {
    /// Loads one plugin.
    /// - Parameters:
    ///   - files: `plugin.yaml`, `templates/*.mustache`, `sample.yaml`, by relative path.
    ///   - outlines: base outlines by id, for `outline.extends`.
    ///   - inheritedTemplates: templates used where the plugin has none of that name (the general type's).
    public static func load(files: [String: String], location: String, origin: ReportType.Origin,
                            outlines: [String: Outline], inheritedTemplates: [String: String] = [:]) throws -> Plugin {
        let manifestFile = location + "/plugin.yaml"
        guard let manifestText = files["plugin.yaml"] else {
            throw SourceProblems([SourceProblem(file: manifestFile, message: "找不到 plugin.yaml。每个报告类型文件夹都需要一个 plugin.yaml。")])
        }
        let manifest = try ManifestDecoder.decode(manifestText, file: manifestFile)
        guard let base = outlines[manifest.outline.extends] else {
            let known = outlines.keys.sorted().joined(separator: "、")
            throw SourceProblems([SourceProblem(file: manifestFile, message: "outline.extends 所指的大纲“\(manifest.outline.extends)”不存在。已有：\(known)。")])
        }
        let outline = try OutlineResolver.resolve(base: base, spec: manifest.outline, id: manifest.id, name: manifest.name, file: manifestFile)
        let lintProblems = PluginLintDecoder.sectionProblems(manifest.lint, outline: outline, file: manifestFile)
        if !lintProblems.isEmpty { throw SourceProblems(lintProblems) }
        var templates = inheritedTemplates
        var own: Set<String> = []
        for (path, text) in files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            templates[name] = text
            own.insert(name)
        }
        let problems = TemplateNameCheck.problems(in: templates, own: own, manifest: manifest, location: location)
        if !problems.isEmpty { throw SourceProblems(problems) }
        return Plugin(manifest: manifest, outline: outline, templates: templates, sampleInput: files[manifest.samplePath ?? "sample.yaml"], origin: origin, location: location)
    }
}
