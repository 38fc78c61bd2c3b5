import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Prose figures checked against table 三 in the fixture.
@Suite struct NianbaoTextTableTests {
    static let linter = Linter(rules: [TextTableMismatchRule()], catalog: ReportTypeCatalog(types: []))

    @Test func registeredInTheRegistry() {
        #expect(RuleRegistry.rule(id: "table-identity") != nil)
        #expect(RuleRegistry.rule(id: "text-table-mismatch") != nil)
    }

    @Test func changedProseCountIsReported() throws {
        let text = try NianbaoFixture.text("report.txt").replacingOccurrences(of: "不予处理6件", with: "不予处理9件")
        let found = Self.linter.lint(text, path: "report.txt")
        #expect(found.count == 1)
        #expect(found.first?.ruleID == "text-table-mismatch")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("（五）不予处理") == true)
        #expect(found.first?.data["expected"] == "6")
        #expect(found.first?.range.start.line == 6)
    }

    @Test func wrongPercentageIsReported() throws {
        let text = try NianbaoFixture.text("report.md").replacingOccurrences(of: "28件（42.42%）", with: "28件（44.42%）")
        let found = Self.linter.lint(text, path: "report.md")
        #expect(found.count == 1)
        #expect(found.first?.data["found"] == "44.42")
        #expect(found.first?.data["expected"] == "42.42")
    }

    @Test func changedTableCellIsReportedAgainstTheProse() throws {
        // The table now says 29 granted (and still balances via 部分公开 5): the prose's 28 and 6 disagree;
        // its 42.42% is still 28 of 66, so only the counts are reported.
        var text = try NianbaoFixture.text("report.txt")
        text = text.replacingOccurrences(of: "（一）予以公开 24 3 0 0 1 0 28", with: "（一）予以公开 25 3 0 0 1 0 29")
        text = text.replacingOccurrences(of: "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 5 1 0 0 0 0 6", with: "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 4 1 0 0 0 0 5")
        let found = Self.linter.lint(text, path: "report.txt")
        #expect(found.map { $0.data["expected"] } == ["29", "5"])
    }
}
