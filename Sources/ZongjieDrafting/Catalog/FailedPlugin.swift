import ZongjieCore

/// A plugin on the search path that failed to load, with what could be read of
/// its manifest, so a run that asks for it (by `--type` or by a draft's title)
/// stops with the load error instead of quietly using a built-in or `general`.
public struct FailedPlugin: Sendable {
    /// The manifest's id, or the folder's name when the manifest has none.
    public var id: String
    /// The manifest's Chinese name ("" when unreadable).
    public var name: String
    /// Title keywords the type would be recognised by.
    public var titleKeywords: [String]
    /// The plugin folder.
    public var location: String
    public var problems: SourceProblems
    /// The plugin of the same id from another folder of the search path that runs instead, if any.
    public var shadow: Shadow?

    /// A working plugin of the same id elsewhere on the search path.
    public struct Shadow: Sendable, Hashable {
        /// Its folder.
        public var location: String
        /// Whether its folder comes later on the search path (so it would win anyway); false:
        /// the failed plugin should have won, and an older or other copy runs in its place.
        public var takesPrecedence: Bool
    }

    /// The warning every command that loads the search path prints: the load error, and which
    /// folder's plugin of the same id runs instead when there is one (so a user whose edited
    /// copy is broken learns that another copy is used, and which).
    public var warning: String {
        guard let shadow else { return "未能加载报告类型，已跳过：\n\(problems.description)" }
        if shadow.takesPrecedence {
            return "报告类型“\(id)”（\(location)）未能加载，已跳过；搜索路径上优先级更高的同 id 类型（\(shadow.location)）照常使用，本次运行不受影响。问题如下：\n\(problems.description)"
        }
        return "报告类型“\(id)”（\(location)）未能加载，已跳过；本次改用搜索路径上优先级较低的同 id 类型（\(shadow.location)），它可能是旧版本。请修改下面的问题（zongjie plugin check \(location) 可逐条列出）：\n\(problems.description)"
    }

    /// The message a run that needs this type stops with.
    public var loadError: String {
        "报告类型“\(id)”（\(location)）未能加载，不能用它检查或起草；请先修改下面的问题（zongjie plugin check \(location) 可逐条列出）：\n\(problems.description)"
    }
}

extension ReportTypeCatalog {
    /// The failed plugin `--type` names (by id or Chinese name), when no loaded plugin of the
    /// search path has replaced it.
    public func failure(forType typeID: String) -> FailedPlugin? {
        guard let failed = failedPlugins.last(where: { $0.id == typeID || (!$0.name.isEmpty && $0.name == typeID) }) else { return nil }
        if let loaded = plugin(id: failed.id), loaded.origin != .builtIn { return nil }
        return failed
    }

    /// The failed plugin a document's title names: its keyword matches at least as long as
    /// any loaded type's (so a title the broken type would have claimed is not linted as another).
    public func failure(forTitle title: String) -> FailedPlugin? {
        guard !failedPlugins.isEmpty else { return nil }
        func longest(_ keywords: [String]) -> Int {
            keywords.filter { !$0.isEmpty && title.containsUTF8($0) }.map(\.unicodeScalars.count).max() ?? 0
        }
        let loadedBest = types.map { longest($0.titleKeywords) }.max() ?? 0
        var best: (plugin: FailedPlugin, length: Int)?
        for failed in failedPlugins {
            let length = longest(failed.titleKeywords)
            if length > 0, length >= loadedBest, length > (best?.length ?? 0), failure(forType: failed.id) != nil { best = (failed, length) }
        }
        return best?.plugin
    }
}
