import Foundation
import Testing
import ZongjieRPC

/// `zongjie lsp` on bad input: each case gets the JSON-RPC error the specifications name
/// (or a logged skip for a notification), and the server goes on serving.
@Suite(.serialized) struct LanguageServerBadInputTests {
    static func error(_ message: JSON) -> (code: Int?, text: String) {
        (message["error"]?["code"]?.intValue, message["error"]?["message"]?.stringValue ?? "")
    }

    /// The next error response with a null id (from message number `after` on).
    static func nullIDError(_ server: ServerProcess, after: Int) throws -> JSON {
        try server.waitFor("error with id null", after: after) { $0["error"] != nil && $0["id"] == .null }
    }

    @Test func badFramesAndBodiesGetParseErrorsAndTheServerKeepsServing() throws {
        let (server, _) = try LanguageServerTests.start()
        // A request before initialize: ServerNotInitialized.
        let early = try server.request("textDocument/hover", ["textDocument": ["uri": "file:///x.md"], "position": ["line": 0, "character": 0]])
        #expect(Self.error(early).code == -32002)

        var mark = server.count
        server.sendRaw(Data("Content-Length: many\r\n\r\n{}".utf8))
        let header = try Self.nullIDError(server, after: mark)
        #expect(Self.error(header).code == -32700)
        #expect(Self.error(header).text.contains("Content-Length"))

        mark = server.count
        server.sendRaw(contentLengthFrame("{\"jsonrpc\":\"2.0\",\"id\":"))
        let json = try Self.nullIDError(server, after: mark)
        #expect(Self.error(json) == (-32700, "消息体不是有效的 JSON"))

        mark = server.count
        var invalid = Data("Content-Length: 6\r\n\r\n".utf8)
        invalid.append(contentsOf: [0x22, 0xFF, 0xFE, 0xC3, 0x28, 0x22])
        server.sendRaw(invalid)
        let utf8 = try Self.nullIDError(server, after: mark)
        #expect(Self.error(utf8) == (-32700, "消息体不是有效的 UTF-8"))

        // Still serving: initialize works after all of that.
        let initialized = try LanguageServerTests.initialize(server)
        #expect(initialized["result"]?["capabilities"] != nil)

        let unknown = try server.request("textDocument/formatting", ["textDocument": ["uri": "file:///x.md"]])
        #expect(Self.error(unknown).code == -32601)
        #expect(Self.error(unknown).text.contains("textDocument/formatting"))

        server.send(["jsonrpc": "2.0", "id": 77])
        let noMethod = try server.waitFor("invalid request") { $0["id"] == 77 }
        #expect(Self.error(noMethod).code == -32600)

        let badParams = try server.request("textDocument/hover", ["position": ["line": 0, "character": 0]])
        #expect(Self.error(badParams).code == -32602)

        let again = try server.request("initialize", ["capabilities": [:]])
        #expect(Self.error(again).code == -32600)

        // After shutdown only exit is accepted.
        _ = try server.request("shutdown")
        let late = try server.request("textDocument/hover", ["textDocument": ["uri": "file:///x.md"], "position": ["line": 0, "character": 0]])
        #expect(Self.error(late).code == -32600)
        #expect(try server.close() == 0, "stdin closed after shutdown: exit code 0")
    }

    @Test func oversizedDocumentsAndMessagesAreSkippedWithAReason() throws {
        let (server, folder) = try LanguageServerTests.start(["--max-size", "1K"])
        _ = try LanguageServerTests.initialize(server)
        let uri = folder.appendingPathComponent("big.md").absoluteString
        let big = LanguageServerTests.draft + String(repeating: "一是加强队伍建设。\n", count: 60)
        LanguageServerTests.open(server, uri: uri, text: big)
        let log = try server.waitFor("log message") { $0["method"]?.stringValue == "window/logMessage" }
        #expect(log["params"]?["message"]?.stringValue?.contains("文档过大") == true)
        #expect(try LanguageServerTests.diagnostics(server, uri: uri, version: 1).isEmpty)

        // A message over the limit (2 × 1K + 64K) with an id: skipped unread, answered with its id.
        let filler = String(repeating: "材", count: 40_000)
        server.send(["jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": ["padding": .string(filler)]])
        let tooLarge = try server.waitFor("answer to the oversized request") { $0["id"] == 9 }
        #expect(Self.error(tooLarge).code == -32600)
        #expect(Self.error(tooLarge).text.contains("消息过大"))

        // A document that fits is still linted.
        LanguageServerTests.open(server, uri: folder.appendingPathComponent("small.md").absoluteString, text: LanguageServerTests.draft)
        #expect(!(try LanguageServerTests.diagnostics(server, uri: folder.appendingPathComponent("small.md").absoluteString, version: 1)).isEmpty)
        #expect(try server.close() == 1)
    }

    @Test func configurationFromSettingsAndZongjieYamlIsHonoured() throws {
        let (server, folder) = try LanguageServerTests.start()
        try Data("rules:\n  numbering-style: off\n".utf8).write(to: folder.appendingPathComponent(".zongjie.yaml"))
        _ = try LanguageServerTests.initialize(server)
        let uri = folder.appendingPathComponent("c.md").absoluteString
        LanguageServerTests.open(server, uri: uri, text: LanguageServerTests.draft)
        let first = try LanguageServerTests.diagnostics(server, uri: uri, version: 1)
        #expect(LanguageServerTests.find(first, code: "numbering-style", line: 4) == nil, "switched off in .zongjie.yaml")
        #expect(LanguageServerTests.find(first, code: "punctuation-width", line: 4) != nil)
        // Settings from the editor: only one rule runs.
        let mark = server.count
        server.notify("workspace/didChangeConfiguration", ["settings": ["zongjie": ["only": ["year-mismatch"]]]])
        let later = try server.waitFor("diagnostics after the settings changed", after: mark) {
            $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri
        }
        #expect(later["params"]?["diagnostics"]?.arrayValue?.isEmpty == true)
        _ = try server.close()
    }
}
