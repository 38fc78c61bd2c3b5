import Foundation

/// The plugins of a search path, loaded once in precedence order (built-ins
/// first, then each folder), with the ones that failed to load. The catalog
/// resolves overrides from it; `plugin list` shows every entry.
struct SearchPathPlugins {
    var builtIns: [Plugin]
    /// Plugins found in the folders, lowest precedence first.
    var found: [(plugin: Plugin, origin: ReportType.Origin, location: String)]
    var problems: [SourceProblems]

    /// Loads the built-ins and every plugin folder of `folders`; a plugin that fails is recorded and skipped.
    static func load(_ folders: [(url: URL, origin: ReportType.Origin)]) throws -> SearchPathPlugins {
        let builtIns = try BuiltInPlugins.load()
        let outlines = try BuiltInPlugins.outlines()
        let inherited = builtIns.first { $0.manifest.id == "general" }?.templates ?? [:]
        var found: [(plugin: Plugin, origin: ReportType.Origin, location: String)] = []
        var problems: [SourceProblems] = []
        for folder in folders {
            for pluginFolder in PluginFolderReader.pluginFolders(in: folder.url) {
                do {
                    let files = try PluginFolderReader.files(in: pluginFolder)
                    let plugin = try PluginLoader.load(files: files, location: pluginFolder.path, origin: folder.origin,
                                                       outlines: outlines, inheritedTemplates: inherited)
                    found.append((plugin, folder.origin, pluginFolder.path))
                } catch let error as SourceProblems {
                    problems.append(error)
                }
            }
        }
        return SearchPathPlugins(builtIns: builtIns, found: found, problems: problems)
    }
}
