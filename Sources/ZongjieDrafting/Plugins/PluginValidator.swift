import Foundation
import Yams
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
    /// Every stage runs whatever the earlier ones found — manifest, outline, templates, figures,
    /// lint rules, the example input — so one run lists every problem. Only the draft waits for
    /// the rest to be right: its findings would merely echo them.
    /// - Parameter generalTemplates: the templates parts fall back to (the `general` type in use); nil: the built-in one.
    public static func validate(folder: URL, displayPath: String, generalTemplates: [String: String]? = nil) -> PluginValidation {
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
        result.templateCount = files.keys.filter { $0.hasPrefix("templates/") }.count
        let loading: PluginLoader.Loading
        do {
            let outlines = try BuiltInPlugins.outlines()
            let inherited = try generalTemplates ?? BuiltInPlugins.load().first { $0.manifest.id == "general" }?.templates ?? [:]
            loading = PluginLoader.loadCollecting(files: files, location: displayPath, origin: .path, outlines: outlines, inheritedTemplates: inherited)
        } catch {
            result.problems.append(SourceProblem(file: displayPath + "/plugin.yaml", message: "\(error)"))
            return result
        }
        result.problems += loading.problems
        guard let plugin = loading.plugin else { return result }
        result.plugin = plugin
        if !PluginScaffold.isValidID(plugin.manifest.id) {
            result.problems.append(SourceProblem(file: displayPath + "/plugin.yaml", line: 1, column: 1,
                                                 message: "id“\(plugin.manifest.id)”不合规：只能用小写英文字母、数字和连字符，以字母开头（如 baomi-gongzuo）。"))
        }
        let pluginIsRight = result.problems.isEmpty
        let samplePath = plugin.manifest.samplePath ?? "sample.yaml"
        let sampleFile = "\(displayPath)/\(samplePath)"
        guard let sample = plugin.sampleInput else {
            result.problems.append(SourceProblem(file: sampleFile, message: "找不到示例材料。plugin check 用它生成草稿并检查：请按 slots 写一份完整的示例材料。"))
            return result
        }
        // A slot declared with a mistake (an unknown type) is already one problem: its value in
        // the example input is not read against a type nobody meant.
        var sampleManifest = plugin.manifest
        sampleManifest.slots.removeAll { loading.brokenNames.contains($0.key) }
        let brokenKeyPlaces = keyPlaces(loading.brokenNames, in: sample, file: sampleFile)
        do {
            let input = try InputLoader.load(sample, file: sampleFile, manifest: sampleManifest)
            let missing = InputLoader.missingRequired(in: input, manifest: plugin.manifest, file: sampleFile)
            result.problems += missing
            if pluginIsRight && missing.isEmpty {
                result.draft = try Drafter(plugin: plugin).draft(input).document
            }
        } catch let error as SourceProblems {
            result.problems += error.problems.filter { !brokenKeyPlaces.contains([$0.line ?? 0, $0.column ?? 0]) }
            result.problems += missingFacts(sample, file: sampleFile, manifest: plugin.manifest)
        } catch {
            result.problems.append(SourceProblem(file: sampleFile, message: "示例材料无法生成草稿：\(error)"))
        }
        return result
    }

    /// Line and column of each of `keys` at the top level of the example input.
    static func keyPlaces(_ keys: Set<String>, in sample: String, file: String) -> Set<[Int]> {
        guard !keys.isEmpty, let root = try? YAMLDocument.parse(sample, file: file), let pairs = root.orderedPairs else { return [] }
        return Set(pairs.filter { keys.contains($0.key) }.compactMap { pair in pair.keyNode.mark.map { [$0.line, $0.column] } })
    }

    /// Required facts an example input that did not load leaves out altogether (a key
    /// written with a wrong value is not missing), so those come in the same run too.
    static func missingFacts(_ sample: String, file: String, manifest: PluginManifest) -> [SourceProblem] {
        guard let root = try? YAMLDocument.parse(sample, file: file), let pairs = root.orderedPairs else { return [] }
        let present = Set(pairs.map(\.key))
        guard !present.contains("structure") else { return [] }
        return manifest.slots.filter { $0.required && !present.contains($0.key) }.map { slot in
            SourceProblem(file: file, line: 1, column: 1, message: "缺少必填项 \(slot.key)（\(slot.label)）。\(slot.hint)")
        }
    }
}
