import Foundation

/// Every plugin this run can see, including the ones a later folder overrides and
/// the ones that fail to load, for `zongjie plugin list`.
public struct PluginInventory: Sendable {
    /// One plugin found in one place.
    public struct Entry: Sendable {
        public var id: String
        public var name: String
        public var origin: ReportType.Origin
        /// `plugins/<id>` for built-ins, else the folder path.
        public var location: String
        /// Whether this is the plugin used for its id (the last one found).
        public var wins: Bool
    }

    /// Loaded plugins in search order: built-ins, then each folder of the search path.
    public var entries: [Entry]
    /// Plugins on the search path that failed to load (skipped).
    public var problems: [SourceProblems]
    /// The same failures with their ids and, when one runs instead, the plugin of the same id.
    public var failed: [FailedPlugin] = []

    /// Walks the built-ins and `searchPath` (lowest precedence first), as `ReportTypeCatalog.load` does.
    public static func load(searchPath folders: [(url: URL, origin: ReportType.Origin)]) throws -> PluginInventory {
        let loaded = try SearchPathPlugins.load(folders)
        var entries = loaded.builtIns.map { Entry(id: $0.manifest.id, name: $0.manifest.name, origin: .builtIn, location: $0.location, wins: false) }
        entries += loaded.found.map { Entry(id: $0.plugin.manifest.id, name: $0.plugin.manifest.name, origin: $0.origin, location: $0.location, wins: false) }
        let problems = loaded.problems
        for id in Set(entries.map(\.id)) {
            if let last = entries.lastIndex(where: { $0.id == id }) { entries[last].wins = true }
        }
        var inventory = PluginInventory(entries: entries, problems: problems)
        inventory.failed = loaded.failed
        return inventory
    }
}
