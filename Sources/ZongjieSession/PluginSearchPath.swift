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
        folders.append((URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("plugins"), .project))
        for entry in (environment["ZONGJIE_PLUGIN_PATH"] ?? "").split(separator: ":") where !entry.isEmpty {
            folders.append((URL(fileURLWithPath: String(entry)), .path))
        }
        for directory in directories {
            folders.append((URL(fileURLWithPath: directory), .path))
        }
        return folders
    }
}
