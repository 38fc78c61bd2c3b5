import ArgumentParser
import Foundation
import ZongjieDrafting
import ZongjieFormats
import ZongjieSession

extension Zongjie {
    /// `zongjie import`: last year's report → material for this year's draft, in the clerk's own structure.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "把上年的总结（.docx/.md/.txt）转成今年的材料（YAML），保留原文结构。",
            discussion: """
            默认为下一年度准备材料：表示报告年度的年份顺延，上年的数字标为“【待更新：上年为1260条】”，\
            成文日期留待填写，上年的工作打算列为核对清单（previous_plans）。--same-year 保持原文不变。
            之后用 zongjie new --type ID --input 材料.yaml -o 总结.docx 起草；或直接用 zongjie new --from 上年.docx -o 总结.docx。
            """
        )

        @Argument(help: ArgumentHelp("上年的总结（.docx、.md 或 .txt；UTF-8、UTF-16 或 GB18030）。", valueName: "文件"))
        var file: String

        @Option(name: [.short, .customLong("output")], help: "输出的材料文件（.yaml）；不写时输出到标准输出。")
        var output: String?

        @Flag(name: .customLong("same-year"), help: "保持原文的年份和数字（不为下一年度改写）。")
        var sameYear = false

        @Option(name: .long, help: "新报告的年度（默认为原报告年度的下一年）。")
        var year: String?

        @Option(name: .customLong("type"), help: "报告类型：id 或中文名称（默认按标题识别）。")
        var typeID: String?

        @Flag(name: .long, help: "允许覆盖已存在的输出文件。")
        var force = false

        @Option(name: .customLong("max-size"), help: ArgumentHelp("文件大小上限（字节，可带 K/M 后缀，默认 20M）。", valueName: "大小"))
        var maxSize: String = InputSizeLimit.defaultValue

        @OptionGroup var search: PluginSearchOptions

        func run() throws {
            if let output, !force, FileManager.default.fileExists(atPath: output) {
                throw AtomicFileWriter.WriteError.exists(path: output)
            }
            let material = try LastYearReport.material(path: file, maxSize: maxSize, typeID: typeID, sameYear: sameYear,
                                                       year: year, search: search)
            let yaml = MaterialYAMLWriter.write(material)
            guard let output else {
                FileHandle.standardOutput.write(Data(yaml.utf8))
                return
            }
            try AtomicFileWriter.write(Data(yaml.utf8), to: output, overwrite: force)
            let manifest = material.plugin.manifest
            let summary = "已生成材料：\(output)（\(manifest.name)，\(manifest.id)）\(LastYearReport.pendingWork(material))"
            FileHandle.standardError.write(Data("\(summary)。\n".utf8))
        }
    }
}
