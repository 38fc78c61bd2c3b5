import Foundation
import Yams

/// Keeps a plugin inside its folder: a plugin is data, so every file it names or
/// holds must resolve (after symlinks) to a place within the plugin folder.
enum PluginPathGuard {
    /// The problem with reading `relative` from `pluginFolder`, or nil when it stays inside.
    /// `file`, `line`, `column` say where the path was written (nil line: it is a file of the folder).
    static func problem(relative: String, in pluginFolder: URL, file: String, line: Int? = nil, column: Int? = nil) -> SourceProblem? {
        let advice = "插件只能使用自己文件夹中的文件：请把文件放进插件文件夹，并写相对于插件文件夹的路径。"
        if relative.hasPrefix("/") || relative.hasPrefix("~") || relative.contains("\\") {
            return SourceProblem(file: file, line: line, column: column, message: "路径“\(relative)”是绝对路径，已拒绝。\(advice)")
        }
        if relative.split(separator: "/").contains("..") {
            return SourceProblem(file: file, line: line, column: column, message: "路径“\(relative)”含有“..”，会离开插件文件夹，已拒绝。\(advice)")
        }
        let root = pluginFolder.resolvingSymlinksInPath().standardizedFileURL.path
        let target = pluginFolder.appendingPathComponent(relative).resolvingSymlinksInPath().standardizedFileURL.path
        if target != root && !target.hasPrefix(root + "/") {
            return SourceProblem(file: file, line: line, column: column,
                                 message: "“\(relative)”是指向插件文件夹之外（\(target)）的符号链接，已拒绝。\(advice)")
        }
        return nil
    }

    /// The `sample:` value of a plugin.yaml with where it is written, if the key is there.
    static func samplePath(inManifest text: String) -> (path: String, line: Int?, column: Int?)? {
        // Through YAMLDocument, so an alias bomb or deep nesting is refused here too (ManifestDecoder reports it).
        guard let root = try? YAMLDocument.parse(text, file: "plugin.yaml"), let pairs = root.orderedPairs,
              let node = pairs.first(where: { $0.key == "sample" })?.value, let path = node.rawScalar, !node.isNullScalar else { return nil }
        return (path, node.mark?.line, node.mark?.column)
    }
}
