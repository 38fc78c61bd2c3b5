import ZongjieCore

/// Builds a `Plugin` from its files (paths relative to the plugin folder).
public enum PluginLoader {
    /// A plugin loaded as far as it goes, with every problem found on the way.
    public struct Loading: Sendable {
        /// The plugin, whenever its manifest is YAML at all (built from the parts that are right).
        public var plugin: Plugin?
        public var problems: [SourceProblem]
        /// Slot and figure keys declared with a mistake (see `ManifestDecoding.declaredNames`).
        public var brokenNames: Set<String> = []
    }

    /// Loads one plugin; throws every problem at once.
    /// - Parameters:
    ///   - files: `plugin.yaml`, `templates/*.mustache`, `sample.yaml`, by relative path.
    ///   - outlines: base outlines by id, for `outline.extends`.
    ///   - inheritedTemplates: templates used where the plugin has none of that name (the general type's).
    public static func load(files: [String: String], location: String, origin: ReportType.Origin,
                            outlines: [String: Outline], inheritedTemplates: [String: String] = [:]) throws -> Plugin {
        let loading = loadCollecting(files: files, location: location, origin: origin, outlines: outlines, inheritedTemplates: inheritedTemplates)
        guard let plugin = loading.plugin, loading.problems.isEmpty else { throw SourceProblems(loading.problems) }
        return plugin
    }

    /// Loads one plugin through every stage — manifest, outline, lint sections, templates —
    /// whatever the earlier stages found, so `plugin check` reports all problems in one run.
    public static func loadCollecting(files: [String: String], location: String, origin: ReportType.Origin,
                                      outlines: [String: Outline], inheritedTemplates: [String: String] = [:]) -> Loading {
        let manifestFile = location + "/plugin.yaml"
        guard let manifestText = files["plugin.yaml"] else {
            return Loading(plugin: nil, problems: [SourceProblem(file: manifestFile, message: "找不到 plugin.yaml。每个报告类型文件夹都需要一个 plugin.yaml。")])
        }
        let decoding: ManifestDecoding
        do {
            decoding = try ManifestDecoder.decodeCollecting(manifestText, file: manifestFile)
        } catch let error as SourceProblems {
            return Loading(plugin: nil, problems: error.problems)
        } catch {
            return Loading(plugin: nil, problems: [SourceProblem(file: manifestFile, message: "\(error)")])
        }
        let manifest = decoding.manifest
        var problems = decoding.problems
        var outline = Outline(id: manifest.id, name: manifest.name, sections: [])
        var baseKeys: Set<String> = []
        if let base = outlines[manifest.outline.extends] {
            let (resolved, outlineProblems) = OutlineResolver.resolveCollecting(base: base, spec: manifest.outline, id: manifest.id, name: manifest.name, file: manifestFile)
            outline = resolved
            baseKeys = Set(base.sections.map(\.key))
            problems += outlineProblems
            problems += PluginLintDecoder.sectionProblems(manifest.lint, outline: outline, file: manifestFile)
        } else {
            let known = outlines.keys.sorted().joined(separator: "、")
            problems.append(SourceProblem(file: manifestFile, message: "outline.extends 所指的大纲“\(manifest.outline.extends)”不存在。已有：\(known)。"))
        }
        var templates = inheritedTemplates
        var own: Set<String> = []
        for (path, text) in files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            templates[name] = text
            own.insert(name)
        }
        problems += missingTemplates(outline: outline, baseKeys: baseKeys, templates: templates, manifest: manifest, file: manifestFile)
        let parts = outline.sections.map(\.key).filter { !Drafter.frameKeys.contains($0) || $0 == "opening" }
        let scope = TemplateScopeCheck(templates: templates, own: own, manifest: manifest, declaredNames: decoding.declaredNames, location: location)
        let templateProblems = scope.problems(roots: ["opening"] + parts.filter { $0 != "opening" })
        problems += templateProblems
        for name in own.sorted() {
            let file = "\(location)/templates/\(name).mustache"
            // The tag walk names an unpaired section at its tag; the parser speaks only for the rest.
            guard !templateProblems.contains(where: { $0.file == file && $0.message.hasPrefix("模板语法错误") }),
                  let source = templates[name], let problem = TemplateScopeCheck.syntaxProblem(source, file: file) else { continue }
            problems.append(problem)
        }
        let plugin = Plugin(manifest: manifest, outline: outline, templates: templates, sampleInput: files[manifest.samplePath ?? "sample.yaml"],
                            origin: origin, location: location)
        return Loading(plugin: plugin, problems: problems, brokenNames: decoding.declaredNames)
    }

    /// A part the drafter renders with no template: a part the plugin adds, or a required one.
    /// Named as the cause, at the outline entry that adds it, instead of the placeholder
    /// and lint findings it would otherwise leave in every draft.
    static func missingTemplates(outline: Outline, baseKeys: Set<String>, templates: [String: String], manifest: PluginManifest, file: String) -> [SourceProblem] {
        outline.sections.compactMap { section in
            let added = !baseKeys.contains(section.key)
            guard !Drafter.frameKeys.contains(section.key), templates[section.key] == nil, added || section.required else { return nil }
            let patch = manifest.outline.patches.last { $0.key == section.key }
            let what = added ? "新增部分“\(section.key)”（\(section.name)）" : "必需部分“\(section.key)”（\(section.name)）"
            return SourceProblem(file: file, line: patch?.line, column: patch?.column,
                                 message: "\(what)没有模板 templates/\(section.key).mustache：起草时这一部分只有占位符。请新建这个模板（写法见 PLUGINS.md“模板”一节），或在 outline.sections 中删去这一部分。")
        }
    }
}
