import Foundation
import ZongjieLSP
import ZongjieMCP
import ZongjieRPC

/// The language server's message loop on arbitrary client bytes: framing, JSON-RPC
/// classification, every handler, and the lint behind them. Linting happens at once
/// (no debounce) so one input is one complete, deterministic exchange.
enum LanguageServerFuzz {
    static func run(_ bytes: [UInt8]) {
        var options = LanguageServer.Options()
        options.maxSize = 256 * 1024
        options.debounce = 0
        var sent = 0
        let server = LanguageServer(options: options, send: { sent += $0.serialized.utf8.count }, schedule: nil, onExit: { _ in })
        var framer = ContentLengthFramer(maxBody: server.messageLimit)
        // Fed in two pieces so a frame split across reads is exercised too.
        let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
        for piece in [bytes[..<cut], bytes[cut...]] {
            for frame in framer.feed(Data(piece)) { server.handle(frame) }
        }
        _ = sent
    }

    /// A complete session in the protocol's order, for seeds: every handler is reached.
    static func session(draft: String) -> [UInt8] {
        let uri = "file:///tmp/zongjie-fuzz/draft.md"
        let messages: [JSON] = [
            ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": ["general": ["positionEncodings": ["utf-8", "utf-16"]]]]],
            ["jsonrpc": "2.0", "method": "initialized", "params": [:]],
            ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(draft)]]],
            ["jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": ["textDocument": ["uri": .string(uri)], "range": ["start": ["line": 0, "character": 0], "end": ["line": 40, "character": 0]], "context": ["diagnostics": []]]],
            ["jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": ["textDocument": ["uri": .string(uri)], "position": ["line": 1, "character": 2]]],
            ["jsonrpc": "2.0", "method": "textDocument/didChange", "params": ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": .string(draft + "\n二、存在的问题\n")]]]],
            ["jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": ["settings": ["zongjie": ["strict": true]]]],
            ["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": .string(uri)]]],
            ["jsonrpc": "2.0", "id": 4, "method": "shutdown"],
            ["jsonrpc": "2.0", "method": "exit"],
        ]
        return messages.flatMap { [UInt8](contentLengthFrame($0.serialized)) }
    }
}

/// The MCP server's message loop on arbitrary client bytes: line framing, the filter in
/// front of the SDK, the SDK's dispatch, and every tool.
enum MCPServerFuzz {
    static let tools = ZongjieTools(catalog: FuzzFixtures.catalog, maxSize: 256 * 1024)

    static func run(_ bytes: [UInt8]) {
        let done = DispatchSemaphore(value: 0)
        let input = Data(bytes)
        Task {
            _ = await MCPScriptedExchange.run(input, tools: tools, maxLine: 600 * 1024)
            done.signal()
        }
        done.wait()
    }

    /// A complete session: initialize, list, each tool once, and a bad line.
    static func session(draft: String) -> [UInt8] {
        let messages: [JSON] = [
            ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["protocolVersion": "2025-06-18", "capabilities": [:], "clientInfo": ["name": "fuzz", "version": "1"]]],
            ["jsonrpc": "2.0", "method": "notifications/initialized"],
            ["jsonrpc": "2.0", "id": 2, "method": "tools/list"],
            ["jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": ["name": "lint", "arguments": ["text": .string(draft)]]],
            ["jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": ["name": "draft", "arguments": ["type": "general", "material": "unit: 某局\nyear: 2024\n"]]],
            ["jsonrpc": "2.0", "id": 5, "method": "tools/call", "params": ["name": "rules", "arguments": ["id": "wording"]]],
            ["jsonrpc": "2.0", "id": 6, "method": "tools/call", "params": ["name": "input_template", "arguments": ["type": "general"]]],
            ["jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": ["name": "import", "arguments": ["text": .string(draft), "format": "md"]]],
        ]
        var lines = messages.map(\.serialized)
        lines.append("{not json")
        return Array(lines.joined(separator: "\n").utf8)
    }
}
