import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Fix kinds of the content rules (the corrections themselves run in RuleExamplesTests):
/// punctuation and spacing are mechanical (`--fix`), dictionary suggestions are not.
@Suite struct ContentRuleCorrectionsTests {
    @Test func punctuationFixesAreMechanicalAndWordingFixesAreNot() {
        let text = "标题\n提供信息,认真覆行职责，2023 年完成，的的确确，政务政务公开。"
        let found = Linter(rules: RuleRegistry.contentAndFigureRules.map { $0.init() }, catalog: ReportTypeCatalog(types: [])).lint(text, path: "t.txt")
        let kinds = Dictionary(found.compactMap { finding in finding.fix.map { (finding.ruleID, $0.kind) } }, uniquingKeysWith: { first, _ in first })
        #expect(kinds == ["punctuation-width": .mechanical, "wording": .wording, "cjk-spacing": .mechanical, "repeated-word": .wording])
    }

    @Test func mechanicalFixesAloneLeaveWordingAlone() {
        let text = "标题\n提供信息,认真覆行职责，2023 年完成。"
        let linter = Linter(rules: RuleRegistry.contentAndFigureRules.map { $0.init() }, catalog: ReportTypeCatalog(types: []))
        let context = linter.context(for: text, path: "t.txt")
        let fixed = FixApplier.apply(linter.lint(context), to: context.source, kinds: [.mechanical]).text
        #expect(fixed == "标题\n提供信息，认真覆行职责，2023年完成。")
    }
}
