import ArgumentParser
import Foundation
import ZongjieMCP

extension Zongjie {
    /// `zongjie mcp`: lint, draft and rule knowledge as Model Context Protocol tools (stdio).
    struct MCPCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mcp",
            abstract: "以 MCP 服务器（Model Context Protocol，标准输入输出）运行，供 AI 助手调用。",
            discussion: "由 MCP 客户端启动，不要在终端里直接运行。工具：lint（检查）、draft（起草，或由上年的总结起草）、import（上年的总结转成材料）、rules（规则说明）、input_template（材料模板）。"
        )

        @OptionGroup var search: PluginSearchOptions

        @Option(name: .customLong("max-size"), help: ArgumentHelp("文稿、文件和材料的大小上限（字节，可带 K/M 后缀，默认 20M）。", valueName: "大小"))
        var maxSize: String = "20M"

        func validate() throws {
            if ByteSizeOption.parse(maxSize) == nil {
                throw ValidationError("--max-size 应为正整数字节数，可带 K 或 M 后缀（如 20M），而不是“\(maxSize)”。")
            }
        }

        func run() throws {
            let tools = ZongjieTools(catalog: try search.loadCatalog(), maxSize: ByteSizeOption.parse(maxSize) ?? 20 * 1024 * 1024)
            let version = Zongjie.configuration.version
            let finished = DispatchSemaphore(value: 0)
            let failure = FailureBox()
            // ParsableCommand.run is synchronous: the server runs on the concurrency pool meanwhile.
            Task {
                do { try await MCPStdioServer.run(tools: tools, version: version) } catch { failure.message = "\(error)" }
                finished.signal()
            }
            finished.wait()
            if let message = failure.message { throw CLIError("MCP 服务器无法启动：\(message)") }
        }
    }
}

/// An error from the server task, read after it finished.
private final class FailureBox: @unchecked Sendable {
    var message: String?
}
