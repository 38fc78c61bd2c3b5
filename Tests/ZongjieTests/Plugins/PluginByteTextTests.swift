import Testing
import ZongjieCore
import ZongjieDrafting
@testable import ZongjieLint

/// `required` rules answer on bytes (`PluginRuleCheck.stated`); this checks the answer
/// against the per-sentence scalar reading it replaced, on generated text.
@Suite struct PluginByteTextTests {
    /// The scalar reading: a sentence with a term followed by a count (or saying none).
    static func reference(_ terms: [String], figure: Bool, lines: [[Unicode.Scalar]]) -> Bool {
        let needles = terms.map { Array($0.unicodeScalars) }
        for line in lines {
            var sentenceStart = 0
            for end in 0...line.count where end == line.count || PluginTextSearch.endsSentence(line[end]) {
                let sentence = Array(line[sentenceStart..<end])
                sentenceStart = end + 1
                if needles.isEmpty {
                    if sentence.contains(where: PluginTextSearch.isDigit) { return true }
                    continue
                }
                for needle in needles {
                    for start in PluginTextSearch.occurrences(of: needle, in: sentence) {
                        if !figure { return true }
                        if PluginTextSearch.hasCount(in: sentence, from: start + needle.count) || PluginTextSearch.statesNone(sentence) { return true }
                    }
                }
            }
        }
        return false
    }

    static let pieces = ["公开", "主动公开", "主动", "申请", "《", "》", "年", "2023", "12", "１２", "1,260", "3.5", ".", ",",
                         "。", "；", "!", "?", "，", "未收到", "暂无", "零", "件", "条", "\n", "\r\n", "信息", "A", " "]

    @Test func bytesAgreeWithScalars() {
        var generator = SystemRandomNumberGenerator()
        let type = ReportType(id: "t", name: "测试", titleKeywords: [], outline: Outline(id: "x", name: "", sections: []), origin: .path)
        let linter = Linter(rules: [PluginRule()], catalog: ReportTypeCatalog(types: [type]))
        let termSets: [[String]] = [["主动公开"], ["公开", "申请"], ["公开申请", "信息"], [], ["年。"], ["零件"]]
        for _ in 0..<1000 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            let context = linter.context(for: text, path: "t", reportType: "t")
            guard let scope = PluginRuleScope.find(nil, in: context) else { continue }
            let lines = scope.lines.map { context.scans.line($0).scalars }
            for terms in termSets {
                for figure in [true, false] {
                    let rule = PluginLintRule(name: "r", kind: .required(terms: terms, figure: figure), severity: .warning)
                    let check = PluginRuleCheck(rule: rule, scope: scope, context: context)
                    #expect(check.stated(terms, figure: figure) == Self.reference(terms, figure: figure, lines: lines), "\(terms) \(figure) \(text.debugDescription)")
                }
            }
        }
    }
}
