import Foundation
import Testing
import ZongjieRPC

/// `zongjie lsp` end to end: the real binary, a scripted client, the protocol's messages.
@Suite(.serialized) struct LanguageServerTests {
    /// An invented draft with two findings that have fixes: "(一)" (numbering style) and a
    /// half-width comma between Chinese characters (punctuation width), both on line 4 (0-based).
    static let draft = """
    XX局2024年度工作总结

    2024年，我局认真履职，现将有关情况总结如下：
    一、主要工作
    (一)完善制度。全年修订制度12项,执行有力。
    （二）强化培训。组织培训6次。
    二、存在的问题
    宣传方式单一。
    三、2025年工作打算
    一是丰富宣传方式。二是加强队伍建设。
    XX局
    2024年12月20日

    """

    static func start(_ extra: [String] = []) throws -> (ServerProcess, URL) {
        let folder = try Paths.temporaryFolder()
        let server = try ServerProcess(["lsp", "--debounce-ms", "10"] + extra, framing: .contentLength, folder: folder)
        return (server, folder)
    }

    static func initialize(_ server: ServerProcess, encodings: [String]? = nil) throws -> JSON {
        var capabilities: [String: JSON] = [:]
        if let encodings { capabilities["general"] = ["positionEncodings": .array(encodings.map(JSON.string))] }
        let response = try server.request("initialize", ["processId": .null, "rootUri": .null, "capabilities": .object(capabilities)])
        server.notify("initialized")
        return response
    }

    static func open(_ server: ServerProcess, uri: String, text: String, version: Int = 1) {
        server.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": .int(version), "text": .string(text)]])
    }

    static func change(_ server: ServerProcess, uri: String, text: String, version: Int) {
        server.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": [["text": .string(text)]]])
    }

    /// The diagnostics published for `uri` at `version`.
    static func diagnostics(_ server: ServerProcess, uri: String, version: Int) throws -> [JSON] {
        let message = try server.waitFor("diagnostics v\(version)") {
            $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri
                && $0["params"]?["version"]?.intValue == version
        }
        return message["params"]?["diagnostics"]?.arrayValue ?? []
    }

    static func find(_ diagnostics: [JSON], code: String, line: Int) -> JSON? {
        diagnostics.first { $0["code"]?.stringValue == code && $0["range"]?["start"]?["line"]?.intValue == line }
    }

    /// `text` with one LSP TextEdit applied, positions counted in UTF-16 code units.
    static func apply(_ edit: JSON, to text: String) throws -> String {
        func offset(_ position: JSON?) throws -> String.Index {
            guard let line = position?["line"]?.intValue, let character = position?["character"]?.intValue else { throw ServerTestError("bad position") }
            var lineStart = text.startIndex
            for _ in 0..<line {
                guard let newline = text[lineStart...].firstIndex(of: "\n") else { throw ServerTestError("line \(line) past the end") }
                lineStart = text.index(after: newline)
            }
            let utf16 = text.utf16
            return utf16.index(lineStart, offsetBy: character)
        }
        let start = try offset(edit["range"]?["start"]), end = try offset(edit["range"]?["end"])
        return text.replacingCharacters(in: start..<end, with: edit["newText"]?.stringValue ?? "")
    }

    /// The one edit a code action makes to `uri`.
    static func edit(of action: JSON, uri: String) throws -> JSON {
        guard let edits = action["edit"]?["changes"]?[uri]?.arrayValue, edits.count == 1 else { throw ServerTestError("action without one edit: \(action.serialized.prefix(300))") }
        return edits[0]
    }

    @Test func findingsFixedByCodeActionsAndEditsUpdateDiagnostics() throws {
        let (server, folder) = try Self.start()
        let initialized = try Self.initialize(server)
        #expect(initialized["result"]?["capabilities"]?["positionEncoding"]?.stringValue == "utf-16")
        #expect(initialized["result"]?["capabilities"]?["textDocumentSync"]?["change"]?.intValue == 1)
        let uri = folder.appendingPathComponent("草稿 1.md").absoluteString
        var text = Self.draft
        Self.open(server, uri: uri, text: text)
        let first = try Self.diagnostics(server, uri: uri, version: 1)
        let comma = try #require(Self.find(first, code: "punctuation-width", line: 4), "\(first.map(\.serialized))")
        // "(一)完善制度。全年修订制度12项," — the comma is the 18th UTF-16 unit.
        #expect(comma["range"]?["start"]?["character"]?.intValue == 17)
        #expect(comma["source"]?.stringValue == "zongjie")
        #expect(Self.find(first, code: "numbering-style", line: 4) != nil)

        // The fix for the comma, applied as an editor would, then the edited text sent back.
        let actions = try server.request("textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": comma["range"] ?? .null, "context": ["diagnostics": [comma]]])
        let list = try #require(actions["result"]?.arrayValue)
        let fix = try #require(list.first { $0["title"]?.stringValue?.contains("改为“，”") == true }, "\(list.map { $0["title"]?.stringValue ?? "" })")
        #expect(list.contains { $0["title"]?.stringValue?.hasPrefix("在此行忽略此规则") == true })
        text = try Self.apply(Self.edit(of: fix, uri: uri), to: text)
        #expect(text.contains("12项，执行有力"))
        Self.change(server, uri: uri, text: text, version: 2)
        let second = try Self.diagnostics(server, uri: uri, version: 2)
        #expect(Self.find(second, code: "punctuation-width", line: 4) == nil)
        let numbering = try #require(Self.find(second, code: "numbering-style", line: 4))

        // “在此行忽略此规则” on the remaining finding: an inline comment hides it.
        let more = try server.request("textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": numbering["range"] ?? .null, "context": ["diagnostics": [numbering]]])
        let ignore = try #require(more["result"]?.arrayValue?.first { $0["title"]?.stringValue == "在此行忽略此规则（numbering-style）" })
        text = try Self.apply(Self.edit(of: ignore, uri: uri), to: text)
        #expect(text.contains("执行有力。 <!-- zongjie-disable-line numbering-style -->\n"))
        Self.change(server, uri: uri, text: text, version: 3)
        let third = try Self.diagnostics(server, uri: uri, version: 3)
        #expect(Self.find(third, code: "numbering-style", line: 4) == nil)
        #expect(third.count == second.count - 1, "\(third.map(\.serialized))")

        let shutdown = try server.request("shutdown")
        #expect(shutdown["result"] == .null && shutdown["error"] == nil)
        server.notify("exit")
        #expect(try server.waitForExit() == 0)
    }

    @Test func hoverShowsTheRuleExplanation() throws {
        let (server, folder) = try Self.start()
        _ = try Self.initialize(server)
        let uri = folder.appendingPathComponent("a.md").absoluteString
        Self.open(server, uri: uri, text: Self.draft)
        let comma = try #require(Self.find(try Self.diagnostics(server, uri: uri, version: 1), code: "punctuation-width", line: 4))
        let hover = try server.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": comma["range"]?["start"] ?? .null])
        let value = try #require(hover["result"]?["contents"]?["value"]?.stringValue)
        #expect(value.contains("`punctuation-width`"))
        #expect(value.contains("理由："))
        #expect(value.contains("依据："))
        let nothing = try server.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 0]])
        #expect(nothing["result"] == .null)
        #expect(try server.close() == 1, "stdin closed without shutdown: exit code 1, as for exit without shutdown")
    }

    /// One line with characters outside the BMP before a finding: where the comma is, in each encoding.
    @Test(arguments: [("utf-16", 6), ("utf-8", 14), ("utf-32", 4)])
    func positionsAfterEmojiAndChineseInEachEncoding(encoding: String, expected: Int) throws {
        let (server, folder) = try Self.start()
        let response = try Self.initialize(server, encodings: [encoding, "utf-16"])
        #expect(response["result"]?["capabilities"]?["positionEncoding"]?.stringValue == encoding)
        let uri = folder.appendingPathComponent("emoji.md").absoluteString
        let text = Self.draft.replacingOccurrences(of: "宣传方式单一。", with: "😀😀宣传,方式单一。")
        Self.open(server, uri: uri, text: text)
        let comma = try #require(Self.find(try Self.diagnostics(server, uri: uri, version: 1), code: "punctuation-width", line: 7))
        #expect(comma["range"]?["start"]?["character"]?.intValue == expected)
        // Hover at that position (in the same encoding) finds the same finding.
        let hover = try server.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": comma["range"]?["start"] ?? .null])
        #expect(hover["result"]?["contents"]?["value"]?.stringValue?.contains("punctuation-width") == true)
        _ = try server.close()
    }

    @Test func plainTextIsLintedWithoutCommentsAndOtherFilesAreLeftAlone() throws {
        let (server, folder) = try Self.start()
        _ = try Self.initialize(server)
        let text = folder.appendingPathComponent("总结.txt").absoluteString
        Self.open(server, uri: text, text: Self.draft)
        let comma = try #require(Self.find(try Self.diagnostics(server, uri: text, version: 1), code: "punctuation-width", line: 4))
        let actions = try server.request("textDocument/codeAction", ["textDocument": ["uri": .string(text)], "range": comma["range"] ?? .null, "context": ["diagnostics": []]])
        let titles = actions["result"]?.arrayValue?.compactMap { $0["title"]?.stringValue } ?? []
        #expect(titles.contains("改为“，”（punctuation-width）"))
        #expect(!titles.contains { $0.hasPrefix("在此行忽略此规则") }, "an HTML comment would show in plain text")
        // A file that is not a draft gets no diagnostics (and no error).
        let yaml = folder.appendingPathComponent(".zongjie.yaml").absoluteString
        let mark = server.count
        Self.open(server, uri: yaml, text: "rules:\n  wording: off\n")
        let hover = try server.request("textDocument/hover", ["textDocument": ["uri": .string(yaml)], "position": ["line": 0, "character": 0]])
        #expect(hover["result"] == .null)
        let published = try? server.waitFor("anything for the yaml", after: mark, seconds: 1) { $0["params"]?["uri"]?.stringValue == yaml }
        #expect(published == nil)
        _ = try server.close()
    }
}
