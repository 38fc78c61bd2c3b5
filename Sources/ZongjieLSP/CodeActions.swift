import ZongjieCore
import ZongjieLint
import ZongjieRPC

/// `textDocument/codeAction`: for each finding in the range, its fix (when it has one) and
/// “在此行忽略此规则”, which appends an inline disable comment to the finding's line.
extension LanguageServer {
    func codeActions(_ params: JSON?) -> Result<JSON, RequestError> {
        let located: (document: OpenDocument, result: FileResult, first: Int, last: Int)
        switch locate(params, positionKey: nil) {
        case .failure(let error): return .failure(error)
        case .success(nil): return .success([])
        case .success(let found?): located = found
        }
        let (document, result) = (located.document, located.result)
        let converter = PositionConverter(source: result.source, encoding: encoding)
        var actions: [JSON] = []
        for diagnostic in result.diagnostics where diagnostic.range.start.line <= located.last && diagnostic.range.end.line >= located.first {
            let lspDiagnostic = lspDiagnostic(diagnostic, converter)
            if let fix = diagnostic.fix {
                let original = Self.text(in: fix.range, of: result.source)
                let title = fix.replacement.isEmpty ? "删除“\(original)”" : "改为“\(fix.replacement)”"
                actions.append(action(title: "\(title)（\(diagnostic.ruleID)）", uri: document.uri, diagnostic: lspDiagnostic, preferred: fix.kind == .mechanical, edit: [
                    "range": converter.lspRange(fix.range), "newText": .string(fix.replacement),
                ]))
            }
            // Inline ignores are HTML comments, a Markdown convention: plain text gets none.
            guard document.acceptsComments else { continue }
            let end = converter.lineEnd(diagnostic.range.start.line)
            let position: JSON = ["line": .int(end.line), "character": .int(end.character)]
            actions.append(action(title: "在此行忽略此规则（\(diagnostic.ruleID)）", uri: document.uri, diagnostic: lspDiagnostic, preferred: false, edit: [
                "range": ["start": position, "end": position],
                "newText": .string(" <!-- zongjie-disable-line \(diagnostic.ruleID) -->"),
            ]))
        }
        return .success(.array(actions))
    }

    private func action(title: String, uri: String, diagnostic: JSON, preferred: Bool, edit: JSON) -> JSON {
        [
            "title": .string(title),
            "kind": "quickfix",
            "diagnostics": [diagnostic],
            "isPreferred": .bool(preferred),
            "edit": ["changes": .object([uri: [edit]])],
        ]
    }

    /// The text a range covers (the words a fix replaces, for its title).
    static func text(in range: SourceRange, of source: SourceText) -> String {
        let start = source.byteOffset(of: range.start)
        let end = max(start, source.byteOffset(of: range.end))
        return String(decoding: source.utf8[start..<end], as: UTF8.self)
    }

    /// The open, linted document a request names and the lines it asks about (1-based,
    /// inclusive): from `position` (hover) or `range` (code actions). nil: nothing to say
    /// (not open, not a draft, not linted yet).
    func locate(_ params: JSON?, positionKey: String?) -> Result<(document: OpenDocument, result: FileResult, first: Int, last: Int)?, RequestError> {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            return .failure(.invalidParams("缺少 textDocument.uri。"))
        }
        let start: JSON?, end: JSON?
        if let positionKey {
            (start, end) = (params?[positionKey], params?[positionKey])
        } else {
            (start, end) = (params?["range"]?["start"], params?["range"]?["end"])
        }
        guard let startLine = start?["line"]?.intValue, let startCharacter = start?["character"]?.intValue,
            let endLine = end?["line"]?.intValue, let endCharacter = end?["character"]?.intValue,
            startLine >= 0, startCharacter >= 0, endLine >= startLine, endCharacter >= 0
        else {
            return .failure(.invalidParams(positionKey == nil ? "缺少有效的 range。" : "缺少有效的 position。"))
        }
        guard let document = documents[uri], let result = document.result else { return .success(nil) }
        return .success((document, result, startLine + 1, endLine + 1))
    }
}
