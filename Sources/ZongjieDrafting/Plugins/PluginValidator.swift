import Foundation
import Mustache
import ZongjieCore

/// What `zongjie plugin check` finds in a plugin folder before linting its draft.
public struct PluginValidation: Sendable {
    /// Every problem, each with file:line:column where one applies.
    public var problems: [SourceProblem] = []
    /// The plugin, when it loads.
    public var plugin: Plugin?
    /// The draft rendered from the example input, when it renders.
    public var draft: Document?
    /// Number of the plugin's own template files.
    public var templateCount = 0
}

/// Checks a plugin folder the way loading it would, and further: every template
/// compiles, the id is well formed, the example input loads, is complete and renders.
public enum PluginValidator {
    /// Validates `folder`; problems name files under `displayPath` (the folder as the user wrote it).
    public static func validate(folder: URL, displayPath: String) -> PluginValidation {
        var result = PluginValidation()
        let absolute = folder.path
        func shown(_ problems: [SourceProblem]) -> [SourceProblem] {
            problems.map { problem in
                var copy = problem
                if copy.file.hasPrefix(absolute) { copy.file = displayPath + copy.file.dropFirst(absolute.count) }
                return copy
            }
        }
        let files: [String: String]
        do {
            files = try PluginFolderReader.files(in: folder)
        } catch let error as SourceProblems {
            result.problems += shown(error.problems)
            return result
        } catch {
            result.problems.append(SourceProblem(file: displayPath, message: "无法读取：\(error)"))
            return result
        }
        guard files["plugin.yaml"] != nil else {
            result.problems.append(SourceProblem(file: displayPath + "/plugin.yaml", message: "找不到 plugin.yaml。可用 zongjie plugin new 生成一个报告类型文件夹。"))
            return result
        }
        let own = files.filter { $0.key.hasPrefix("templates/") }
        result.templateCount = own.count
        for (path, text) in own.sorted(by: { $0.key < $1.key }) {
            result.problems += syntaxProblems(text, file: "\(displayPath)/\(path)")
        }
        let plugin: Plugin
        do {
            let outlines = try BuiltInPlugins.outlines()
            let inherited = try BuiltInPlugins.load().first { $0.manifest.id == "general" }?.templates ?? [:]
            plugin = try PluginLoader.load(files: files, location: displayPath, origin: .path, outlines: outlines, inheritedTemplates: inherited)
        } catch let error as SourceProblems {
            result.problems += error.problems
            return result
        } catch {
            result.problems.append(SourceProblem(file: displayPath + "/plugin.yaml", message: "\(error)"))
            return result
        }
        result.plugin = plugin
        if !PluginScaffold.isValidID(plugin.manifest.id) {
            result.problems.append(SourceProblem(file: displayPath + "/plugin.yaml", line: 1, column: 1,
                                                 message: "id“\(plugin.manifest.id)”不合规：只能用小写英文字母、数字和连字符，以字母开头（如 baomi-gongzuo）。"))
        }
        guard result.problems.isEmpty else { return result }
        let samplePath = plugin.manifest.samplePath ?? "sample.yaml"
        let sampleFile = "\(displayPath)/\(samplePath)"
        guard let sample = plugin.sampleInput else {
            result.problems.append(SourceProblem(file: sampleFile, message: "找不到示例材料。plugin check 用它生成草稿并检查：请按 slots 写一份完整的示例材料。"))
            return result
        }
        do {
            let input = try InputLoader.load(sample, file: sampleFile, manifest: plugin.manifest)
            result.problems += InputLoader.missingRequired(in: input, manifest: plugin.manifest, file: sampleFile)
            result.draft = try Drafter(plugin: plugin).draft(input).document
        } catch let error as SourceProblems {
            result.problems += error.problems
        } catch {
            result.problems.append(SourceProblem(file: sampleFile, message: "示例材料无法生成草稿：\(error)"))
        }
        return result
    }

    /// A template's syntax error at its line and column (Mustache's own position).
    static func syntaxProblems(_ text: String, file: String) -> [SourceProblem] {
        do {
            _ = try MustacheTemplate(string: text)
            return []
        } catch let error as MustacheTemplate.ParserError {
            return [SourceProblem(file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                                  message: "模板语法错误：\(error.error)。请检查 {{#名称}} 与 {{/名称}} 是否成对、花括号是否完整。")]
        } catch {
            return [SourceProblem(file: file, message: "模板语法错误：\(error)")]
        }
    }
}
