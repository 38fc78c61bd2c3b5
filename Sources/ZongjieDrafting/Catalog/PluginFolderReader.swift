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

    /// plugin.yaml, the example input (sample.yaml or the manifest's `sample:`) and
    /// templates/**.mustache of one plugin folder. A file or named path that leaves the
    /// folder (absolute, `..`, a symlink out) is refused (see `PluginPathGuard`).
    static func files(in pluginFolder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        var problems: [SourceProblem] = []
        let manifestFile = pluginFolder.appendingPathComponent("plugin.yaml").path
        var names = ["plugin.yaml", "sample.yaml"]
        for name in names {
            if let problem = PluginPathGuard.problem(relative: name, in: pluginFolder, file: pluginFolder.appendingPathComponent(name).path) {
                problems.append(problem)
                names.removeAll { $0 == name }
            }
        }
        if names.contains("plugin.yaml"), FileManager.default.fileExists(atPath: manifestFile) {
            files["plugin.yaml"] = try read(URL(fileURLWithPath: manifestFile))
        }
        if let sample = files["plugin.yaml"].flatMap(PluginPathGuard.samplePath(inManifest:)), sample.path != "sample.yaml" {
            if let problem = PluginPathGuard.problem(relative: sample.path, in: pluginFolder, file: manifestFile, line: sample.line, column: sample.column) {
                problems.append(problem)
            } else {
                names.append(sample.path)
            }
        }
        for name in names where name != "plugin.yaml" {
            let url = pluginFolder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) {
                files[name] = try read(url)
            }
        }
        let templates = pluginFolder.appendingPathComponent("templates")
        if FileManager.default.fileExists(atPath: templates.path),
           let problem = PluginPathGuard.problem(relative: "templates", in: pluginFolder, file: templates.path) {
            problems.append(problem)
        } else if let enumerator = FileManager.default.enumerator(atPath: templates.path) {
            for case let relative as String in enumerator where relative.hasSuffix(".mustache") {
                let path = "templates/" + relative
                if let problem = PluginPathGuard.problem(relative: path, in: pluginFolder, file: pluginFolder.appendingPathComponent(path).path) {
                    problems.append(problem)
                    continue
                }
                files[path] = try read(templates.appendingPathComponent(relative))
            }
        }
        if !problems.isEmpty { throw SourceProblems(problems) }
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
