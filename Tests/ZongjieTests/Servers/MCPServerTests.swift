import Foundation
import Testing
import ZongjieRPC

/// `zongjie mcp` end to end: the real binary, a scripted MCP client over stdio.
@Suite(.serialized) struct MCPServerTests {
    static func start(_ extra: [String] = []) throws -> (ServerProcess, URL) {
        let folder = try Paths.temporaryFolder()
        return (try ServerProcess(["mcp"] + extra, framing: .lines, folder: folder), folder)
    }

    static func initialize(_ server: ServerProcess) throws -> JSON {
        let response = try server.request("initialize", [
            "protocolVersion": "2025-06-18", "capabilities": [:], "clientInfo": ["name": "zongjie-tests", "version": "1"],
        ])
        server.notify("notifications/initialized")
        return response
    }

    /// The text of a tool result's first content item, and whether it is an error.
    static func call(_ server: ServerProcess, _ tool: String, _ arguments: JSON) throws -> (text: String, isError: Bool, all: [String]) {
        let response = try server.request("tools/call", ["name": .string(tool), "arguments": arguments])
        let content = response["result"]?["content"]?.arrayValue ?? []
        let texts = content.compactMap { $0["text"]?.stringValue }
        return (texts.first ?? "", response["result"]?["isError"]?.boolValue ?? false, texts)
    }

    @Test func initializeListAndCallEachTool() throws {
        let (server, folder) = try Self.start()
        let initialized = try Self.initialize(server)
        #expect(initialized["result"]?["serverInfo"]?["name"]?.stringValue == "zongjie")
        #expect(initialized["result"]?["capabilities"]?["tools"] != nil)

        let list = try server.request("tools/list")
        let names = Set(list["result"]?["tools"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? [])
        #expect(names == ["lint", "draft", "import", "rules", "input_template"])

        // lint with text: the same JSON as `zongjie lint --format json`.
        let linted = try Self.call(server, "lint", ["text": .string(LanguageServerTests.draft), "name": "草稿.md"])
        #expect(!linted.isError)
        let report = try #require(JSON.parse(Data(linted.text.utf8)))
        let findings = report["files"]?.arrayValue?.first?["diagnostics"]?.arrayValue ?? []
        #expect(findings.contains { $0["rule"]?.stringValue == "punctuation-width" && $0["line"]?.intValue == 5 })
        #expect(report["files"]?.arrayValue?.first?["path"]?.stringValue == "草稿.md")

        // lint with a path: read from disk as the command line reads it.
        try Data(LanguageServerTests.draft.utf8).write(to: folder.appendingPathComponent("d.md"))
        let byPath = try Self.call(server, "lint", ["path": .string(folder.appendingPathComponent("d.md").path)])
        #expect(byPath.text.contains("\"rule\":\"numbering-style\""))

        let draft = try Self.call(server, "draft", ["type": "general", "material": "unit: 某某局\nyear: 2024\n"])
        #expect(!draft.isError)
        #expect(draft.text.hasPrefix("# 某某局2024年"), "\(draft.text.prefix(200))")
        #expect(draft.all.count == 2 && draft.all[1].contains("【待填"), "missing facts are listed")

        let rules = try Self.call(server, "rules", [:])
        let ruleList = try #require(JSON.parse(Data(rules.text.utf8))?.arrayValue)
        #expect(ruleList.contains { $0["id"]?.stringValue == "punctuation-width" && $0["rationale"]?.stringValue?.isEmpty == false && $0["basis"]?.stringValue?.isEmpty == false })

        let template = try Self.call(server, "input_template", ["type": "general"])
        #expect(template.text.contains("unit:"))
        #expect(try server.close() == 0)
    }

    @Test func badInputGetsJSONRPCErrorsAndToolErrors() throws {
        let (server, _) = try Self.start(["--max-size", "1K"])
        // Before initialize (the server is strict): an error, and it keeps serving.
        let early = try server.request("tools/list")
        #expect(early["error"]?["code"]?.intValue == -32600)
        _ = try Self.initialize(server)

        var mark = server.count
        server.sendRaw(Data("{not json\n".utf8))
        let notJSON = try server.waitFor("parse error", after: mark) { $0["error"] != nil && $0["id"] == .null }
        #expect(notJSON["error"]?["code"]?.intValue == -32700)

        mark = server.count
        server.sendRaw(Data([0x22, 0xFF, 0xFE, 0x22, 0x0A]))
        let notUTF8 = try server.waitFor("parse error for invalid UTF-8", after: mark) { $0["error"] != nil && $0["id"] == .null }
        #expect(notUTF8["error"]?["message"]?.stringValue == "消息不是有效的 UTF-8")

        server.send(["jsonrpc": "2.0", "id": 41, "params": [:]])
        let noMethod = try server.waitFor("invalid request") { $0["id"] == 41 }
        #expect(noMethod["error"]?["code"]?.intValue == -32600)

        let unknownMethod = try server.request("resources/read", ["uri": "file:///x"])
        #expect(unknownMethod["error"]?["code"]?.intValue == -32601)

        let unknownTool = try server.request("tools/call", ["name": "format", "arguments": [:]])
        #expect(unknownTool["error"]?["code"]?.intValue == -32602)

        let neither = try Self.call(server, "lint", [:])
        #expect(neither.isError && neither.text.contains("text") && neither.text.contains("path"))
        let missing = try Self.call(server, "lint", ["path": "没有这个文件.md"])
        #expect(missing.isError && missing.text.contains("没有这个文件.md"))
        let tooBig = try Self.call(server, "lint", ["text": .string(String(repeating: "一是加强队伍建设。\n", count: 60))])
        #expect(tooBig.isError && tooBig.text.contains("文稿过大"))
        let badType = try Self.call(server, "draft", ["type": "no-such-type"])
        #expect(badType.isError && badType.text.contains("general"))

        // A line over the limit (2 × 1K + 64K) is skipped unread and answered by its id.
        server.send(["jsonrpc": "2.0", "id": 42, "method": "tools/call", "params": ["name": "lint", "arguments": ["text": .string(String(repeating: "材", count: 40_000))]]])
        let tooLarge = try server.waitFor("answer to the oversized line") { $0["id"] == 42 }
        #expect(tooLarge["error"]?["code"]?.intValue == -32600)

        // Still serving after all of it.
        let list = try server.request("tools/list")
        #expect(list["result"]?["tools"]?.arrayValue?.count == 5)
        #expect(try server.close() == 0)
    }
}
