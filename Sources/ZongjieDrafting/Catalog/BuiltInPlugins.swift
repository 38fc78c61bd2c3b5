import ZongjieCore
import ZongjieResources

/// The plugins and outlines compiled into the binary (`EmbeddedFiles`).
enum BuiltInPlugins {
    /// Every embedded outline by id.
    static func outlines(from files: [String: String] = EmbeddedFiles.all) throws -> [String: Outline] {
        var result: [String: Outline] = [:]
        for (path, text) in files where path.hasPrefix("outlines/") && path.hasSuffix(".yaml") {
            let outline = try OutlineResolver.decodeOutline(text, file: path)
            result[outline.id] = outline
        }
        return result
    }

    /// Every embedded plugin, `general` first, then by id. A folder without a
    /// plugin.yaml (a type still being written, only its README so far) is not a plugin yet.
    /// - Parameter generalTemplates: a `general` override's templates, used as every other type's fallback.
    static func load(from files: [String: String] = EmbeddedFiles.all, generalTemplates: [String: String]? = nil) throws -> [Plugin] {
        var filesByPlugin: [String: [String: String]] = [:]
        for (path, text) in files where path.hasPrefix("plugins/") {
            let parts = path.split(separator: "/", maxSplits: 2)
            guard parts.count == 3 else { continue }
            filesByPlugin[String(parts[1]), default: [:]][String(parts[2])] = text
        }
        filesByPlugin = filesByPlugin.filter { $0.value["plugin.yaml"] != nil }
        let outlines = try outlines(from: files)
        var plugins: [Plugin] = []
        var inherited: [String: String] = [:]
        if let general = filesByPlugin.removeValue(forKey: "general") {
            let plugin = try PluginLoader.load(files: general, location: "plugins/general", origin: .builtIn, outlines: outlines)
            inherited = generalTemplates ?? plugin.templates
            plugins.append(plugin)
        }
        for id in filesByPlugin.keys.sorted() {
            guard let files = filesByPlugin[id] else { continue }
            plugins.append(try PluginLoader.load(files: files, location: "plugins/\(id)", origin: .builtIn,
                                                 outlines: outlines, inheritedTemplates: inherited))
        }
        return plugins
    }
}
