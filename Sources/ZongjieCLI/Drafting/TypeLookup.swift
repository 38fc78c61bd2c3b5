import ZongjieDrafting

/// Finds a report type by what a clerk would type after `--type`: its id, its
/// Chinese name (政务公开工作总结) or its 事项 (政务公开).
enum TypeLookup {
    /// The plugins `query` names; several when it is ambiguous, none when unknown.
    static func matches(_ query: String, in catalog: ReportTypeCatalog) -> [Plugin] {
        if let plugin = catalog.plugin(id: query) { return [plugin] }
        let wanted = query.trimmingCharacters(in: .whitespaces)
        let plugins = catalog.types.compactMap { catalog.plugin(id: $0.id) }
        for rule in [{ (plugin: Plugin) in plugin.manifest.name == wanted },
                     { (plugin: Plugin) in !plugin.manifest.topic.isEmpty && plugin.manifest.topic == wanted },
                     { (plugin: Plugin) in wanted.count >= 2 && plugin.manifest.name.hasPrefix(wanted) }] {
            let found = plugins.filter(rule)
            if !found.isEmpty { return found }
        }
        return []
    }
}
