import ArgumentParser
import Foundation

extension Zongjie {
    /// `zongjie export`: .md/.txt drafts → GB/T 9704 Word files.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "把 .md/.txt 草稿导出为符合 GB/T 9704 的 Word 文件（.docx）。",
            discussion: """
            示例：
              zongjie export 草稿.md -o 总结.docx
              zongjie export a.md b.txt --out-dir 导出
              zongjie export 旧稿.docx -o 重排.docx      （按 GB/T 9704 重新排版已有 Word 文件）
            不加 -o 或 --out-dir 时，在草稿旁生成同名 .docx。已存在的文件不会被覆盖，除非加 --force。
            """
        )

        @Argument(help: "要导出的草稿（.md 或 .txt，UTF-8 编码；或要重新排版的 .docx），可给多个。")
        var inputs: [String]

        @Option(name: [.customShort("o"), .customLong("output")], help: "输出的 .docx 文件（只导出一个草稿时）。")
        var output: String?

        @Option(name: .customLong("out-dir"), help: "输出目录：每个草稿导出为目录中的同名 .docx。")
        var outDir: String?

        @Flag(name: .long, help: "覆盖已存在的输出文件。")
        var force = false

        @Option(name: .customLong("max-size"), help: ArgumentHelp("单个草稿大小上限（字节，可带 K/M 后缀，默认 20M）。", valueName: "大小"))
        var maxSize: String = InputSizeLimit.defaultValue

        func validate() throws {
            if output != nil && outDir != nil {
                throw ValidationError("-o 与 --out-dir 只能选一个。")
            }
            if output != nil && inputs.count > 1 {
                throw ValidationError("-o 只能用于一个草稿；导出多个草稿请用 --out-dir 目录。")
            }
        }

        func run() throws {
            if let outDir {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: outDir, isDirectory: &isFolder), isFolder.boolValue else {
                    throw DocxExport.ExportError.folderMissing(path: outDir)
                }
            }
            // With several drafts, export the rest when one fails and report each failure.
            var failures: [any Error] = []
            for input in inputs {
                let target = DocxExport.target(for: input, output: output, outDir: outDir)
                do {
                    try InputSizeLimit.check(input, maxSize: maxSize)
                    let document = try DocxExport.document(fromDraftAt: input)
                    try DocxExport.write(document, to: target, overwrite: force)
                    print("已导出：\(input) → \(target)")
                } catch {
                    if inputs.count == 1 { throw error }
                    FileHandle.standardError.write(Data("zongjie: 错误：\(error)\n".utf8))
                    failures.append(error)
                }
            }
            if !failures.isEmpty { throw ExitCode(ExitStatus.inputError) }
        }
    }
}
