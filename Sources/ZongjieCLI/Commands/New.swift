import ArgumentParser
import Foundation
import ZongjieDrafting
import ZongjieFormats

extension Zongjie {
    /// `zongjie new`: drafts a summary of a report type from facts (a file, prompts or the built-in sample).
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "根据填写的材料起草一篇年度工作总结。",
            discussion: """
            材料可来自 --input 文件（YAML 或 JSON）、--interactive 逐项问答，或 --sample 内置示例。
            -o 总结.docx 写出 Word 文件（按 GB/T 9704—2012 排版：A4、版心 156 mm × 225 mm、每页 22 行每行 28 字、各级标题字体、落款与页码，落款不单独成页）；-o 总结.md 写 Markdown，-o 总结.txt 写纯文本；不写 -o 时输出 Markdown 到标准输出。不支持 .doc 和 .wps：请用 .docx，Word 和 WPS 都能打开。
            缺少的内容以“【待填：…】”占位，并附填写提示。
            """
        )

        @Option(name: .customLong("type"), help: "报告类型：id 或中文名称，如 zhengwu-gongkai 或 政务公开（用 zongjie types 查看）；用 --from 时默认按上年标题识别。")
        var typeID: String?

        @Option(name: .long, help: "从上年的总结（.docx/.md/.txt）起草：保留原文结构，年份顺延，上年数字标为待更新。")
        var from: String?

        @Flag(name: .customLong("same-year"), help: "与 --from 同用：保持原文的年份和数字。")
        var sameYear = false

        @Option(name: .long, help: "材料文件（.yaml/.yml、.json，或 .docx 材料填写表）。")
        var input: String?

        @Option(name: .long, help: "单位名称（覆盖材料中的 unit）。")
        var unit: String?

        @Option(name: .long, help: "年度，如 2024（覆盖材料中的 year）。")
        var year: String?

        @Option(name: [.short, .customLong("output")], help: "输出文件：.md、.txt，或 .docx（Word 文件）。")
        var output: String?

        @Option(name: .long, help: "不写 -o 时标准输出的格式：md（默认）或 txt。")
        var format = "md"

        @Flag(name: .long, help: "允许覆盖已存在的输出文件。")
        var force = false

        @Flag(name: .long, help: "使用该报告类型的内置示例材料。")
        var sample = false

        @Flag(name: .long, help: "在终端逐项询问材料（每题后保存答案；“上一题”或“<”回到上一题）。")
        var interactive = false

        @Option(name: .customLong("save-input"), help: "把本次使用的材料另存为 YAML 文件（.docx 则存为 Word 材料填写表），便于下次使用。")
        var saveInput: String?

        @Flag(name: .long, help: "材料缺少必填项时报错（退出码 2），不生成草稿。")
        var strict = false

        @Flag(name: .customLong("allow-inconsistent"), help: "数字前后不一致（分项之和不等于总数、办结多于收到、百分比超过100%）时仍起草，在这些数字前标注“【待核对：…】”（默认报错，退出码 2）。")
        var allowInconsistent = false

        @Flag(name: .customLong("allow-date"), help: "成文日期不在报告年度的11月1日至次年3月31日之间时仍起草（默认报错，退出码 2）。")
        var allowDate = false

        @Option(name: .customLong("max-size"), help: ArgumentHelp("材料文件大小上限（字节，可带 K/M 后缀，默认 20M）。", valueName: "大小"))
        var maxSize: String = InputSizeLimit.defaultValue

        @OptionGroup var search: PluginSearchOptions

        func run() throws {
            if sample && input != nil { throw CLIError("--sample 与 --input 只能选一个。") }
            if let from {
                try runFrom(from)
                return
            }
            if sameYear { throw CLIError("--same-year 只能与 --from 同用。") }
            guard let typeID else {
                throw CLIError("请用 --type 指定报告类型（用 zongjie types 查看），或用 --from 上年的总结 起草。")
            }
            let catalog = try search.loadCatalog()
            let plugin = try search.plugin(id: typeID, in: catalog)
            // Refuse before asking any question, so no answer is typed in vain.
            try DraftOutput.checkPath(output)
            for path in [output, saveInput].compactMap({ $0 }) where !force && FileManager.default.fileExists(atPath: path) {
                throw AtomicFileWriter.WriteError.exists(path: path)
            }
            var draftInput = DraftInput()
            let source = try inputText(plugin: plugin)
            if let source {
                draftInput = try MaterialFiles.isForm(source.name) ? MaterialFiles.loadForm(source.name, plugin: plugin)
                    : InputLoader.load(source.contents, file: source.name, manifest: plugin.manifest)
            }
            try applyOverrides(to: &draftInput)
            var recovery: String?
            if interactive {
                (draftInput, recovery) = InteractiveSession.run(plugin: plugin, defaults: draftInput, saveInput: saveInput, input: input)
            }
            // A partial input still drafts; each required fact left out is named once, and --strict refuses.
            if let source, !interactive {
                var missing = InputLoader.missingRequired(in: draftInput, manifest: plugin.manifest, file: source.name)
                if MaterialFiles.isForm(source.name) { missing = missing.map(FormProblemWording.forClerk) }
                if strict, !missing.isEmpty { throw SourceProblems(missing) }
                for problem in missing { FileHandle.standardError.write(Data("zongjie: 警告：\(problem)\n".utf8)) }
            }
            try DraftChecks.checkDate(draftInput, file: source?.name ?? "输入", allowDate: allowDate)
            let marks = try DraftChecks.figureMarks(draftInput, manifest: plugin.manifest, file: source?.name ?? "输入",
                                                    allowInconsistent: allowInconsistent)
            let draft = try Drafter(plugin: plugin).draft(draftInput, marks: marks)
            let data = try DraftOutput.data(for: draft.document, path: output, stdoutFormat: format)
            if let saveInput {
                try MaterialFiles.save(draftInput, plugin: plugin, to: saveInput, overwrite: force || interactive)
            }
            guard let output else {
                FileHandle.standardOutput.write(data)
                InteractiveSession.discard(recovery)
                return
            }
            try AtomicFileWriter.write(data, to: output, overwrite: force)
            InteractiveSession.discard(recovery)
            let pending = draft.placeholderCount == 0 ? "" : "；仍有 \(draft.placeholderCount) 处“【待填：…】”需要补充"
            FileHandle.standardError.write(Data("已生成\(plugin.manifest.name)草稿：\(output)\(pending)。\n".utf8))
        }

        private func inputText(plugin: Plugin) throws -> (name: String, contents: String)? {
            if sample {
                guard let text = plugin.sampleInput else { throw CLIError("报告类型 \(plugin.manifest.id) 没有内置示例材料（sample.yaml）。") }
                return ("\(plugin.location)/sample.yaml", text)
            }
            guard let input else { return nil }
            guard FileManager.default.fileExists(atPath: input) else {
                throw CLIError("\(input)：找不到材料文件。请检查路径，或用 zongjie input-template --type \(plugin.manifest.id) > \(input) 生成一份填写模板。")
            }
            try InputSizeLimit.check(input, maxSize: maxSize)
            if MaterialFiles.isForm(input) { return (input, "") }
            guard let data = FileManager.default.contents(atPath: input), let text = String(data: data, encoding: .utf8) else {
                throw CLIError("\(input)：无法读取，材料文件须为 UTF-8 编码的 YAML 或 JSON。")
            }
            return (input, text)
        }

        private func applyOverrides(to draftInput: inout DraftInput) throws {
            if let unit {
                draftInput.values["unit"] = .text(unit)
            }
            if let year {
                guard let value = Int(year), (1990...2100).contains(value) else {
                    throw CLIError("--year \(year)：应为四位年份，如 2024。")
                }
                draftInput.values["year"] = .number(Double(value), written: String(value))
            }
        }
    }
}
