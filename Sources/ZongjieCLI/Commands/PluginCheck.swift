import ArgumentParser
import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint
import ZongjieSession

extension Zongjie.PluginCommand {
    /// `zongjie plugin check DIR`: everything that can be wrong with a plugin, each at file:line:column.
    struct PluginCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "检查报告类型插件：清单、大纲、模板、计算项、检查规则、示例材料，以及示例草稿能否通过 lint。",
            discussion: """
            每个问题一行：文件:行:列: 说明。示例草稿的 lint 警告只提示，错误算问题。
            退出码：0 没有问题；1 插件有问题；2 用法错误（文件夹不存在或不是文件夹）。
            """
        )

        @Argument(help: ArgumentHelp("插件文件夹（含 plugin.yaml）。", valueName: "文件夹"))
        var directory: String

        func run() throws {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
                throw CLIError("\(directory)：文件夹不存在。请写插件文件夹的路径，如 plugins/baomi-gongzuo。")
            }
            guard isFolder.boolValue else {
                throw CLIError("\(directory)：不是文件夹。plugin check 检查的是整个插件文件夹（含 plugin.yaml 的那一层）。")
            }
            let shown = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
            // Parts fall back to the `general` in use (a project may override it), as in `new`.
            let searchPath = try? ReportTypeCatalog.load(searchPath: PluginSearchPath.folders())
            let general = searchPath?.plugin(id: "general")?.templates
            let validation = PluginValidator.validate(folder: URL(fileURLWithPath: directory).standardizedFileURL, displayPath: shown, generalTemplates: general)
            var problems = validation.problems
            var notes: [String] = searchPath.map { PluginShadowNotes.notes(folder: directory, id: validation.plugin?.manifest.id, catalog: $0) } ?? []
            if let plugin = validation.plugin, let draft = validation.draft {
                let (errors, warnings) = try PluginDraftLint.findings(draft: draft, plugin: plugin, file: "\(shown)/\(plugin.manifest.samplePath ?? "sample.yaml")",
                                                                        manifestFile: "\(shown)/plugin.yaml")
                problems += errors
                notes += warnings
            }
            let ordered = problems.sorted { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
            for problem in ordered { print(problem.description) }
            for note in notes { print(note) }
            guard ordered.isEmpty, let plugin = validation.plugin else {
                print("插件检查未通过：\(shown) 共 \(ordered.count) 个问题。请逐一修改后再运行 zongjie plugin check \(shown)。")
                throw ExitCode(ExitStatus.findings)
            }
            let manifest = plugin.manifest
            print("插件检查通过：\(shown)（\(manifest.id) \(manifest.name)）：\(validation.templateCount) 个模板、\(manifest.slots.count) 个填写项、\(manifest.derived.count) 个计算项、\(manifest.lint.count) 条检查规则；示例材料生成的草稿 lint 无错误。")
        }
    }
}

/// Lints the draft a plugin's example input renders, as the plugin's own type.
enum PluginDraftLint {
    /// Lint errors as problems and warnings as notes, located in the rendered draft; and, located in
    /// the manifest, the plugin's lint rules that cannot check the draft at all.
    static func findings(draft: Document, plugin: Plugin, file: String, manifestFile: String) throws -> (errors: [SourceProblem], warnings: [String]) {
        let text = DraftTextWriter.write(draft, format: .markdown)
        let builtIn = try ReportTypeCatalog.builtIn()
        var plugins = builtIn.types.compactMap { builtIn.plugin(id: $0.id) }.filter { $0.manifest.id != plugin.manifest.id }
        plugins.append(plugin)
        let engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: ReportTypeCatalog(plugins: plugins))
        let result = engine.lint(text, path: file, reportType: plugin.manifest.id)
        let context = engine.linter.context(for: text, path: file, reportType: plugin.manifest.id)
        var unused: [SourceProblem] = []
        for (rule, reason) in PluginRule.unusedRules(in: context) {
            unused.append(SourceProblem(file: manifestFile, line: rule.line, column: rule.column, message: "检查规则“\(rule.name)”：\(reason)。请让模板写出这些文字，或修改规则。"))
        }
        let place = "\(file)（生成的草稿）"
        var errors: [SourceProblem] = unused
        var warnings: [String] = []
        for diagnostic in result.diagnostics {
            let start = diagnostic.range.start
            let quoted = result.source.line(start.line)
            if diagnostic.severity == .error {
                errors.append(SourceProblem(file: place, line: start.line, column: start.column,
                                            message: "草稿未通过 lint：\(diagnostic.message) [\(diagnostic.ruleID)]　该行：\(quoted)"))
            } else {
                warnings.append("\(place):\(start.line):\(start.column): 提示（\(diagnostic.severity.rawValue)）：\(diagnostic.message) [\(diagnostic.ruleID)]")
            }
        }
        return (errors, warnings)
    }
}
