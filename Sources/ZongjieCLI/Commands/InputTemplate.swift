import ArgumentParser
import Foundation
import ZongjieDrafting
import ZongjieFormats

extension Zongjie {
    /// `zongjie input-template`: prints the commented YAML a user fills in for a report type.
    struct InputTemplate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "input-template",
            abstract: "输出某一报告类型的材料填写模板（带注释的 YAML，或 Word 材料填写表）。",
            discussion: "--format docx -o 材料.docx 写出 Word 材料填写表：每部分一张表，每项一行（名称、说明、填写），列表逐条编号；填好后用 zongjie new --input 材料.docx 起草。"
        )

        @Option(name: .customLong("type"), help: "报告类型：id 或中文名称，如 zhengwu-gongkai 或 政务公开（用 zongjie types 查看）。")
        var typeID: String

        @Option(name: .long, help: "yaml（默认）或 docx（Word 材料填写表，须与 -o 同用）；-o 以 .docx 结尾时默认 docx。")
        var format: String?

        @Option(name: [.short, .customLong("output")], help: "写入文件（不写则输出到标准输出）。")
        var output: String?

        @Flag(name: .long, help: "允许覆盖已存在的输出文件。")
        var force = false

        @OptionGroup var search: PluginSearchOptions

        func run() throws {
            let format = format ?? (output.map(MaterialFiles.isForm) == true ? "docx" : "yaml")
            guard ["yaml", "docx"].contains(format) else { throw CLIError("--format 应为 yaml 或 docx，而不是“\(format)”。") }
            if format == "docx", output == nil { throw CLIError("--format docx 须用 -o 指定输出文件，如 -o 材料.docx。") }
            if let output, !force, FileManager.default.fileExists(atPath: output) { throw AtomicFileWriter.WriteError.exists(path: output) }
            let catalog = try search.loadCatalog()
            let plugin = try search.plugin(id: typeID, in: catalog)
            guard let output else {
                print(InputTemplateWriter.write(plugin.manifest), terminator: "")
                return
            }
            if format == "docx" {
                try AtomicFileWriter.write(MaterialFiles.formData(plugin, input: nil), to: output, overwrite: force)
                FileHandle.standardError.write(Data("已生成\(plugin.manifest.name)材料填写表：\(output)。填好后运行 zongjie new --type \(plugin.manifest.id) --input \(output) -o 总结.docx\n".utf8))
            } else {
                try AtomicFileWriter.write(InputTemplateWriter.write(plugin.manifest), to: output, overwrite: force)
            }
        }
    }
}
