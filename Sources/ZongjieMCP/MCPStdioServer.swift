import Foundation
import MCP
import ZongjieDrafting

/// `zongjie mcp`: the tools served over stdio until the client closes stdin.
public enum MCPStdioServer {
    /// Serves until stdin closes and every request received has been answered.
    public static func run(tools: ZongjieTools, version: String) async throws {
        let transport = GuardedStdioTransport(maxLine: tools.maxSize.multipliedReportingOverflow(by: 2).overflow ? Int.max : tools.maxSize * 2 + 64 * 1024)
        let server = await makeServer(tools: tools, version: version)
        try await server.start(transport: transport)
        await server.waitUntilCompleted()
        // stdin is closed; answers to the last requests may still be on their way.
        // Bounded: a request the client cancelled is never answered.
        let deadline = Date().addingTimeInterval(30)
        while await !transport.idle, Date() < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        await server.stop()
    }

    /// A server with the tools registered. Lenient: the transport's filter already keeps
    /// requests back until initialize (see `MCPLineFilter`).
    public static func makeServer(tools: ZongjieTools, version: String) async -> Server {
        let server = Server(
            name: "zongjie",
            version: version,
            instructions: "起草和检查中国政府机关年度工作总结：lint 检查初稿，draft 按材料起草，import 把上年的总结转成今年的材料，input_template 给出材料模板，rules 说明各条规则。",
            capabilities: .init(tools: .init(listChanged: false)),
            configuration: .default
        )
        await server.withMethodHandler(ListTools.self) { _ in
            ListTools.Result(tools: tools.definitions)
        }
        await server.withMethodHandler(CallTool.self) { params in
            try tools.call(params.name, arguments: params.arguments)
        }
        return server
    }
}
