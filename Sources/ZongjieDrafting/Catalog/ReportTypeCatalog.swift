import Foundation
import ZongjieCore
import ZongjieResources

/// The report types known to a run: built-ins compiled into the binary,
/// overridden by plugins found on the search path (later folders win).
public struct ReportTypeCatalog: Sendable {
    public var types: [ReportType]
    /// The full plugins behind `types`, by id (empty for catalogs built from bare types).
    public var plugins: [String: Plugin]
    /// Plugins on the search path that failed to load; built-ins never land here.
    public var loadProblems: [SourceProblems]
    /// The same failures with what could be read of each manifest (id, name, title keywords).
    public var failedPlugins: [FailedPlugin] = []

    public init(types: [ReportType]) {
        self.types = types
        self.plugins = [:]
        self.loadProblems = []
    }

    /// A catalog of loaded plugins, in the given order.
    public init(plugins: [Plugin], loadProblems: [SourceProblems] = []) {
        self.types = plugins.map(\.reportType)
        self.plugins = Dictionary(plugins.map { ($0.manifest.id, $0) }, uniquingKeysWith: { _, last in last })
        self.loadProblems = loadProblems
    }

    /// The built-in types, from the embedded plugins and outlines.
    public static func builtIn() throws -> ReportTypeCatalog {
        ReportTypeCatalog(plugins: try BuiltInPlugins.load())
    }

    /// The types in a set of files laid out like the embedded ones
    /// (`outlines/*.yaml`, `plugins/<id>/…`); for tests and tools.
    public static func builtIn(files: [String: String]) throws -> ReportTypeCatalog {
        ReportTypeCatalog(plugins: try BuiltInPlugins.load(from: files))
    }

    /// Built-ins overridden by plugins in `folders` (each a folder of plugin folders), in order.
    /// A plugin that fails to load is recorded in `loadProblems` and skipped.
    public static func load(searchPath folders: [(url: URL, origin: ReportType.Origin)]) throws -> ReportTypeCatalog {
        let loaded = try SearchPathPlugins.load(folders)
        var plugins = loaded.builtIns
        for (plugin, _, _) in loaded.found {
            if let index = plugins.firstIndex(where: { $0.manifest.id == plugin.manifest.id }) {
                plugins[index] = plugin // overrides keep the built-in's place in listings
            } else {
                plugins.append(plugin)
            }
        }
        var catalog = ReportTypeCatalog(plugins: plugins, loadProblems: loaded.problems)
        catalog.failedPlugins = loaded.failed
        return catalog
    }

    /// The type with `id`, if known.
    public func type(id: String) -> ReportType? {
        types.first { $0.id == id }
    }

    /// The plugin with `id`, if known.
    public func plugin(id: String) -> Plugin? {
        plugins[id]
    }

    /// The type a title names by its keywords (the longest keyword wins), else `general`.
    public func recognise(title: String) -> ReportType? {
        // The best type by index: iterating the types copied each one (every field retained
        // and released), once per linted file and type.
        var best: (index: Int, length: Int)?
        for index in types.indices {
            // Byte search: the generic contains compares Characters (once per linted file, every keyword).
            for keyword in types[index].titleKeywords where title.containsUTF8(keyword) {
                let length = keyword.unicodeScalars.count
                if let current = best, current.length >= length { continue }
                best = (index, length)
            }
        }
        return best.map { types[$0.index] } ?? type(id: "general")
    }
}
