import ArgumentParser
import Foundation
import ZongjieLSP

extension Zongjie {
    /// `zongjie lsp`: the linter as a language server for editors (stdio, JSON-RPC).
    struct LanguageServerCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "以语言服务器（LSP，标准输入输出）运行，供编辑器边写边查。",
            discussion: """
            由编辑器启动，不要在终端里直接运行。检查 .md 和 .txt 文档，提供修复和“在此行忽略此规则”，悬停查看规则说明。
            设置（initializationOptions 或 workspace/didChangeConfiguration，可放在 "zongjie" 键下）：type、strict、only、dictionaries、config、pluginDirectories、previous。
            """
        )

        @Option(name: .customLong("max-size"), help: ArgumentHelp("单个文档大小上限（字节，可带 K/M 后缀，默认 20M）；更大的文档不检查。", valueName: "大小"))
        var maxSize: String = "20M"

        @Option(name: .customLong("debounce-ms"), help: ArgumentHelp("停止输入多少毫秒后检查（默认 200）。", valueName: "毫秒"))
        var debounceMilliseconds: Int = 200

        func validate() throws {
            if ByteSizeOption.parse(maxSize) == nil {
                throw ValidationError("--max-size 应为正整数字节数，可带 K 或 M 后缀（如 20M），而不是“\(maxSize)”。")
            }
            if debounceMilliseconds < 0 {
                throw ValidationError("--debounce-ms 不能为负数。")
            }
        }

        func run() throws {
            var options = LanguageServer.Options()
            options.maxSize = ByteSizeOption.parse(maxSize) ?? options.maxSize
            options.debounce = Double(debounceMilliseconds) / 1000
            options.version = Zongjie.configuration.version
            let status = LanguageServerStdio.run(options: options)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
