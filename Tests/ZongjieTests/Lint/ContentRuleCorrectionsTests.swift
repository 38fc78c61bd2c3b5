import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Applies each content and figure rule's fixes to its correction examples.
@Suite struct ContentRuleCorrectionsTests {
    /// `text` with every fix applied (fixes do not overlap; applied back to front).
    static func apply(_ fixes: [Fix], to text: String) -> String {
        let source = SourceText(text)
        var bytes = source.utf8
        let edits = fixes.map { (start: source.byteOffset(of: $0.range.start), end: source.byteOffset(of: $0.range.end), text: $0.replacement) }
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            bytes.replaceSubrange(edit.start..<edit.end, with: Array(edit.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: RuleRegistry.contentAndFigureRules.filter { !$0.description.corrections.isEmpty }.map { RuleCase($0) })
    func corrections(_ ruleCase: RuleCase) {
        let linter = Linter(rules: [ruleCase.rule.init()], catalog: ReportTypeCatalog(types: []))
        for correction in ruleCase.rule.description.corrections {
            let fixes = linter.lint(correction.before, path: "t.txt").compactMap(\.fix)
            let location = SourceLocation(fileID: "\(correction.file)", filePath: "\(correction.file)", line: Int(correction.line), column: 1)
            #expect(!fixes.isEmpty, sourceLocation: location)
            #expect(Self.apply(fixes, to: correction.before) == correction.after, sourceLocation: location)
        }
    }

    @Test func punctuationFixesAreMechanicalAndWordingFixesAreNot() {
        let text = "标题\n提供信息,认真覆行职责，2023 年完成。"
        let found = Linter(rules: RuleRegistry.contentAndFigureRules.map { $0.init() }, catalog: ReportTypeCatalog(types: [])).lint(text, path: "t.txt")
        let kinds = Dictionary(found.compactMap { finding in finding.fix.map { (finding.ruleID, $0.kind) } }, uniquingKeysWith: { first, _ in first })
        #expect(kinds == ["punctuation-width": .mechanical, "wording": .wording, "cjk-spacing": .mechanical])
    }
}
