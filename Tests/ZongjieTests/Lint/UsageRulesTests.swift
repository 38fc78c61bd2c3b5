import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
@testable import ZongjieLint

/// law-title over its whole list, political-formula through a user dictionary, and the
/// usage rules' near misses beyond their examples.
@Suite struct UsageRulesTests {
    static let linter = Linter(rules: [LawTitleRule(), PoliticalFormulaRule(), NumberUsageRule(), PunctuationUsageRule(), CountClaimRule()],
                               catalog: ReportTypeCatalog(types: []))

    func findings(_ text: String, _ rule: String) -> [Diagnostic] {
        Self.linter.lint(text, path: "t.txt").filter { $0.ruleID == rule }
    }

    /// A real title is never flagged, with or without 中华人民共和国 (the list holds titles without it).
    @Test func everyListedTitlePasses() {
        let titles = LawTitles.builtIn
        #expect(titles.kinds.count > 900)
        #expect(titles.snapshot == "2025-04-19")
        var text = ""
        // A title quoting another (中国人民解放军实施《执业医师法》办法) nests it as 〈〉 inside 《》.
        for title in titles.kinds.keys.sorted().map({ $0.replacingOccurrences(of: "《", with: "〈").replacingOccurrences(of: "》", with: "〉") }) {
            text += "学习《\(title)》和《中华人民共和国\(title)》。\n"
        }
        let flagged = findings(text, "law-title")
        #expect(flagged.isEmpty, "\(flagged.prefix(5).map(\.message))")
    }

    @Test func nearMissNamesTheRealTitle() {
        let found = findings("贯彻《中华人民共和国消防安全法》。", "law-title")
        #expect(found.count == 1)
        #expect(found.first?.data["expected"] == "中华人民共和国消防法")
        let unknown = findings("学习《中华人民共和国知识产权法》。", "law-title")
        #expect(unknown.first?.message.contains("名录截至2025年4月19日") == true)
        #expect(findings("印发《XX市知识产权保护条例》《XX区实施方案》。", "law-title").isEmpty)
    }

    /// A user dictionary entry whose right form contains the wrong one is a formulation: the
    /// complete form is not flagged, and wording leaves it alone.
    @Test func userFormulaEntry() {
        let entry = WordingEntry(term: "法治思想", replacement: "习近平法治思想", source: "user.tsv:1")
        let gap = WordingEntry(term: "关于…重要回信", replacement: "习近平总书记关于…的重要回信精神", source: "user.tsv:2")
        let settings = LintSettings(extraWordingEntries: [entry, gap])
        let linter = Linter(settings: settings, catalog: ReportTypeCatalog(types: []))
        let text = "学习法治思想。学习关于乡村振兴的重要回信。学习习近平法治思想。"
        let found = linter.lint(text, path: "t.txt")
        #expect(found.filter { $0.ruleID == "political-formula" }.map(\.range.start.column) == [3, 10])
        #expect(found.filter { $0.ruleID == "wording" }.isEmpty)
    }

    @Test func numberUsageNearMisses() {
        #expect(findings("电话0577-88842603，编号WZ-10，表2-8，2026-01-05，第3-5条。", "number-usage").map(\.range.start.column) == [])
        #expect(findings("增长30%-40%，投入5-10万元。", "number-usage").count == 2)
        #expect(findings("从事本职工作26年，连续12年度考核优秀。", "number-usage").isEmpty)
        #expect(findings("计划于26年上半年完成。", "number-usage").first?.data["expected"] == "2026")
    }

    @Test func punctuationNearMisses() {
        #expect(findings("他说：“要落实‘一件事一次办’。”\n（一）完善制度\n1）修订制度", "punctuation-usage").isEmpty)
        #expect(findings("网址www.example.com...，共6....个", "punctuation-usage").isEmpty)
        #expect(findings("努力让政务信息“看\n\n得懂、用得上”。", "punctuation-usage").isEmpty)
    }
}
