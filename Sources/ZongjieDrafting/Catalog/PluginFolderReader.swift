import Foundation

/// Reads plugin folders from disk into the same path → text form the embedded ones have.
enum PluginFolderReader {
    /// Sub-folders of `folder` that hold a plugin.yaml (none when `folder` is missing).
    static func pluginFolders(in folder: URL) -> [URL] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.sorted().map { folder.appendingPathComponent($0) }
            .filter { manager.fileExists(atPath: $0.appendingPathComponent("plugin.yaml").path) }
    }

    /// plugin.yaml, sample.yaml and templates/**.mustache of one plugin folder.
    static func files(in pluginFolder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in ["plugin.yaml", "sample.yaml"] {
            let url = pluginFolder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) {
                files[name] = try read(url)
            }
        }
        let templates = pluginFolder.appendingPathComponent("templates")
        if let enumerator = FileManager.default.enumerator(atPath: templates.path) {
            for case let relative as String in enumerator where relative.hasSuffix(".mustache") {
                files["templates/" + relative] = try read(templates.appendingPathComponent(relative))
            }
        }
        return files
    }

    private static func read(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw SourceProblems([SourceProblem(file: url.path, message: "无法读取（须为 UTF-8 文本）：\(error.localizedDescription)")])
        }
    }
}
