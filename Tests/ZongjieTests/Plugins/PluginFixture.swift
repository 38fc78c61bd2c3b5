import Foundation

/// Plugin folders for tests: a copy of the finished sample plugin, with one mistake
/// edited in, inside a temporary folder that also isolates the user's config folder.
enum PluginFixture {
    static let sample = Paths.packageRoot.appendingPathComponent("samples/plugins/baomi-gongzuo")

    /// A new temporary folder holding `plugins/baomi-gongzuo` (a copy of the sample).
    static func copy() throws -> (root: URL, plugin: URL) {
        let root = try Paths.temporaryFolder()
        let plugin = root.appendingPathComponent("plugins/baomi-gongzuo")
        try FileManager.default.createDirectory(at: plugin.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sample, to: plugin)
        return (root, plugin)
    }

    /// Replaces `old` (which must occur) with `new` in `file` of `plugin`.
    static func edit(_ plugin: URL, _ file: String, replacing old: String, with new: String) throws {
        let url = plugin.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw FixtureError(message: "\(file) has no “\(old)”") }
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Environment that keeps the real user's plugin folder and ZONGJIE_PLUGIN_PATH out of a run.
    static func isolated(_ root: URL, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["XDG_CONFIG_HOME": root.appendingPathComponent(".config").path, "ZONGJIE_PLUGIN_PATH": ""]
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// The 1-based line of the first line of `file` containing `text`.
    static func line(of text: String, in plugin: URL, _ file: String) throws -> Int {
        let lines = try String(contentsOf: plugin.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(text) }) else { throw FixtureError(message: "\(file) has no “\(text)”") }
        return index + 1
    }

    struct FixtureError: Error { var message: String }
}
