import ZongjieCore
import ZongjieLint
import ZongjieRPC

/// `textDocument/hover` on a finding: what is wrong, and the rule's explanation and rationale.
extension LanguageServer {
    func hover(_ params: JSON?) -> Result<JSON, RequestError> {
        let located: (document: OpenDocument, result: FileResult, first: Int, last: Int)
        switch locate(params, positionKey: "position") {
        case .failure(let error): return .failure(error)
        case .success(nil): return .success(.null)
        case .success(let found?): located = found
        }
        let result = located.result
        let converter = PositionConverter(source: result.source, encoding: encoding)
        guard let line = params?["position"]?["line"]?.intValue, let character = params?["position"]?["character"]?.intValue else {
            return .success(.null)
        }
        let position = converter.sourcePosition(line: line, character: character)
        let hits = result.diagnostics.filter { Self.covers($0.range, position) }
        guard let first = hits.first else { return .success(.null) }
        let sections = hits.map(Self.explanation)
        return .success([
            "contents": ["kind": "markdown", "value": .string(sections.joined(separator: "\n\n---\n\n"))],
            "range": converter.lspRange(first.range),
        ])
    }

    /// Whether `position` is on the finding: inside its range (ends included, so a cursor
    /// just after a word counts), or anywhere on the line of a finding without width.
    static func covers(_ range: SourceRange, _ position: SourcePosition) -> Bool {
        if range.start == range.end { return position.line == range.start.line }
        return range.start <= position && position <= range.end
    }

    static func explanation(_ diagnostic: Diagnostic) -> String {
        var text = "**\(diagnostic.message)**\n\n"
        guard let rule = RuleRegistry.rule(id: diagnostic.ruleID)?.description else {
            return text + "`\(diagnostic.ruleID)`（\(diagnostic.severity.label)）"
        }
        text += "`\(rule.id)` \(rule.name)（\(diagnostic.severity.label)）：\(rule.summary)\n\n理由：\(rule.rationale)"
        // A finding's own basis (data.basis) is more precise than its rule's.
        if let basis = diagnostic.data["basis"] ?? (rule.basis.isEmpty ? nil : rule.basis) { text += "\n\n依据：\(basis)" }
        return text
    }
}
