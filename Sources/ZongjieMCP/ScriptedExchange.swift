import Foundation
import Logging
import MCP
import ZongjieRPC

/// Runs the MCP server in-process over a fixed input (the fuzz harness's loop): the same
/// line framing, filter and SDK server as `zongjie mcp`, with the output collected.
public enum MCPScriptedExchange {
    /// Every message the server writes for `input`, after it has answered each request.
    public static func run(_ input: Data, tools: ZongjieTools, maxLine: Int) async -> [Data] {
        var framer = LineFramer(maxLine: maxLine)
        var lines = framer.feed(input)
        // The last line needs no newline, as a closed pipe ends it.
        lines += framer.feed(Data([0x0A]))
        let transport = ScriptedTransport()
        var expected = 0
        var filter = MCPLineFilter(maxLine: maxLine)
        var forwarded: [Data] = []
        for line in lines {
            switch filter.check(line) {
            case .reply(let message): await transport.record(Data(message.serialized.utf8))
            case .log: break
            case .forward(let data, let requestID):
                forwarded.append(data)
                if requestID != nil { expected += 1 }
            }
        }
        await transport.load(forwarded)
        let server = await MCPStdioServer.makeServer(tools: tools, version: "fuzz")
        guard (try? await server.start(transport: transport)) != nil else { return await transport.sent }
        await server.waitUntilCompleted()
        // Answers are sent from tasks of their own; wait for them (bounded).
        for _ in 0..<500 {
            if await transport.answers >= expected { break }
            try? await Task.sleep(for: .milliseconds(2))
        }
        await server.stop()
        return await transport.sent
    }
}

/// A transport that plays back fixed messages and records what the server sends.
actor ScriptedTransport: Transport {
    nonisolated let logger = Logger(label: "zongjie.mcp.scripted", factory: { _ in SwiftLogNoOpLogHandler() })
    private(set) var sent: [Data] = []
    private(set) var answers = 0
    private var incoming: [Data] = []

    func load(_ messages: [Data]) {
        incoming = messages
    }

    func record(_ data: Data) {
        sent.append(data)
    }

    func connect() async throws {}
    func disconnect() async {}

    func send(_ data: Data) async throws {
        sent.append(data)
        if let json = JSON.parse(data), json["method"] == nil { answers += 1 }
    }

    func receive() -> AsyncThrowingStream<Data, any Swift.Error> {
        let messages = incoming
        return AsyncThrowingStream { continuation in
            for message in messages { continuation.yield(message) }
            continuation.finish()
        }
    }
}
