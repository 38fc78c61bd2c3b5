import Foundation

/// The plugins of a search path, loaded once in precedence order (built-ins
/// first, then each folder), with the ones that failed to load. The catalog
/// resolves overrides from it; `plugin list` shows every entry.
struct SearchPathPlugins {
    var builtIns: [Plugin]
    /// Plugins found in the folders, lowest precedence first.
    var found: [(plugin: Plugin, origin: ReportType.Origin, location: String)]
    var problems: [SourceProblems]
    /// The failures with what could be read of each manifest.
    var failed: [FailedPlugin] = []

    /// Loads the built-ins and every plugin folder of `folders`; a plugin that fails is recorded and skipped.
    ///
    /// A `general` on the search path overrides the built-in one also as the fallback: every
    /// other type, built-in or not, takes the templates it lacks from the `general` in use.
    static func load(_ folders: [(url: URL, origin: ReportType.Origin)]) throws -> SearchPathPlugins {
        let outlines = try BuiltInPlugins.outlines()
        var builtIns = try BuiltInPlugins.load()
        var read: [(files: [String: String], origin: ReportType.Origin, location: String)] = []
        var result = SearchPathPlugins(builtIns: [], found: [], problems: [])
        // Each plugin folder's place on the search path, to tell which of two of one id wins.
        var rank: [String: Int] = [:]
        for folder in folders {
            for pluginFolder in PluginFolderReader.pluginFolders(in: folder.url) {
                rank[pluginFolder.path] = rank.count
                do {
                    read.append((try PluginFolderReader.files(in: pluginFolder), folder.origin, pluginFolder.path))
                } catch let error as SourceProblems {
                    result.recordFailure(error, manifest: nil, location: pluginFolder.path)
                }
            }
        }
        func loadFound(inheriting inherited: [String: String]) -> [(loading: PluginLoader.Loading, origin: ReportType.Origin, location: String)] {
            read.map { entry in
                (PluginLoader.loadCollecting(files: entry.files, location: entry.location, origin: entry.origin,
                                             outlines: outlines, inheritedTemplates: inherited), entry.origin, entry.location)
            }
        }
        var loadings = loadFound(inheriting: builtIns.first { $0.manifest.id == "general" }?.templates ?? [:])
        let general = loadings.last { $0.loading.problems.isEmpty && $0.loading.plugin?.manifest.id == "general" }?.loading.plugin
        if let general {
            // A built-in that cannot use the override keeps the built-in fallback rather than vanish.
            builtIns = (try? BuiltInPlugins.load(generalTemplates: general.templates)) ?? builtIns
            loadings = loadFound(inheriting: general.templates)
        }
        result.builtIns = builtIns
        for (loading, origin, location) in loadings {
            if let plugin = loading.plugin, loading.problems.isEmpty {
                result.found.append((plugin, origin, location))
            } else {
                result.recordFailure(SourceProblems(loading.problems), manifest: loading.plugin?.manifest, location: location)
            }
        }
        for index in result.failed.indices {
            let failed = result.failed[index]
            guard let working = result.found.last(where: { $0.plugin.manifest.id == failed.id }) else { continue }
            result.failed[index].shadow = FailedPlugin.Shadow(
                location: working.location, takesPrecedence: rank[working.location, default: 0] > rank[failed.location, default: 0])
        }
        return result
    }

    private mutating func recordFailure(_ problems: SourceProblems, manifest: PluginManifest?, location: String) {
        self.problems.append(problems)
        let folderName = URL(fileURLWithPath: location).lastPathComponent
        let id = manifest.map(\.id).flatMap { $0.isEmpty ? nil : $0 } ?? folderName
        let name = manifest?.name ?? ""
        let keywords = (manifest?.title.keywords ?? []) + (name.isEmpty ? [] : [name])
        failed.append(FailedPlugin(id: id, name: name, titleKeywords: keywords, location: location, problems: problems))
    }
}
