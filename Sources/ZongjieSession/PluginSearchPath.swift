import Foundation
import ZongjieDrafting

/// Where report types beyond the built-ins are looked for, the same for every front-end.
public enum PluginSearchPath {
    /// The search path, lowest precedence first: user config, project ./plugins,
    /// ZONGJIE_PLUGIN_PATH (colon-separated), then `directories`. Later folders override earlier ones by id.
    public static func folders(
        extraDirectories directories: [String] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [(url: URL, origin: ReportType.Origin)] {
        var folders: [(URL, ReportType.Origin)] = []
        let configHome = environment["XDG_CONFIG_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config")
        folders.append((configHome.appendingPathComponent("zongjie/plugins"), .user))
        folders.append((projectPluginsFolder(from: FileManager.default.currentDirectoryPath), .project))
        for entry in (environment["ZONGJIE_PLUGIN_PATH"] ?? "").split(separator: ":") where !entry.isEmpty {
            folders.append((URL(fileURLWithPath: String(entry)), .path))
        }
        for directory in directories {
            folders.append((URL(fileURLWithPath: directory), .path))
        }
        return folders
    }

    /// The project's `plugins` folder: from `folder` up, the first folder holding
    /// `.zongjie.yaml` or `plugins/` (as git finds `.git`), so a draft in a subfolder of the
    /// project sees the project's types; `folder/plugins` when no such folder exists.
    public static func projectPluginsFolder(from folder: String) -> URL {
        let manager = FileManager.default
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            var isFolder: ObjCBool = false
            let plugins = current.appendingPathComponent("plugins")
            if manager.fileExists(atPath: plugins.path, isDirectory: &isFolder), isFolder.boolValue { return plugins }
            if manager.fileExists(atPath: current.appendingPathComponent(".zongjie.yaml").path) { return plugins }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return URL(fileURLWithPath: folder).appendingPathComponent("plugins")
    }
}
