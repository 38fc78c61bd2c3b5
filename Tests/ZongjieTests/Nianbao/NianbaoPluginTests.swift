import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint

/// The built-in `gongkai-nianbao` type: its sample drafts a report whose tables
/// balance and that lints clean, in the format's six parts, and the golden file matches.
@Suite struct NianbaoPluginTests {
    static let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])
    static let id = "gongkai-nianbao"

    static func plugin() throws -> Plugin {
        try #require(catalog.plugin(id: id), "built-in plugin \(id) missing")
    }

    static func sampleMarkdown() throws -> String {
        let draft = try GoldenSampleTests.draftSample(try plugin())
        return DraftTextWriter.write(draft.document, format: .markdown)
    }

    @Test func sampleMatchesGoldenFile() throws {
        let plugin = try Self.plugin()
        let markdown = try Self.sampleMarkdown()
        let samples = Paths.packageRoot.appendingPathComponent("samples")
        if GoldenSampleTests.updating {
            try markdown.write(to: samples.appendingPathComponent("\(Self.id).md"), atomically: true, encoding: .utf8)
            try (plugin.sampleInput ?? "").write(to: samples.appendingPathComponent("\(Self.id).yaml"), atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: samples.appendingPathComponent("\(Self.id).md"), encoding: .utf8)
        #expect(markdown == golden, "samples/\(Self.id).md is stale: run ZONGJIE_UPDATE_GOLDEN=1 swift test --filter NianbaoPluginTests")
        #expect(try String(contentsOf: samples.appendingPathComponent("\(Self.id).yaml"), encoding: .utf8) == plugin.sampleInput)
        #expect(!markdown.contains(Placeholder.prefix))
    }

    @Test func sampleHasTheSixOfficialHeadingsAndTitle() throws {
        let draft = try GoldenSampleTests.draftSample(try Self.plugin())
        #expect(draft.document.title?.text == "江川市自然资源局2024年政府信息公开工作年度报告")
        #expect(draft.document.sections.map { $0.marker.text + $0.heading } == [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ])
        #expect(HeadingDeviationRule.officialHeadings == draft.document.sections.map(\.heading))
    }

    @Test func sampleTablesBalanceWithDerivedTotals() throws {
        let markdown = try Self.sampleMarkdown()
        let tables = NianbaoTableReader.read(SourceText(markdown))
        #expect(tables.applicationTableIsComplete)
        #expect(NianbaoIdentityCheck.imbalances(tables).isEmpty)
        // Totals nobody typed: 53 received, 51 handled, 5 carried forward; zeros written as 0.
        #expect(tables.value(.application(.received, .total)) == 53)
        #expect(tables.value(.application(.resultTotal, .total)) == 51)
        #expect(tables.value(.application(.carriedForward, .total)) == 5)
        #expect(tables.value(.application(.withheldStateSecret, .total)) == 0)
        #expect(tables.cells[.application(.withheldStateSecret, .total)]?.isBlank == false)
        #expect(AppealOutcome.allCases.map { tables.value(.appeal(.review, $0)) } == [1, 0, 0, 1, 2])
        #expect(markdown.contains("共收到政府信息公开申请53件，上年结转3件；办结51件"))
    }

    /// The whole linter, every rule, built-in catalog: no error and no warning on the golden file
    /// and on the same draft as plain text.
    @Test func goldenFileLintsClean() throws {
        let linter = Linter(catalog: Self.catalog)
        let golden = try String(contentsOf: Paths.packageRoot.appendingPathComponent("samples/\(Self.id).md"), encoding: .utf8)
        let context = linter.context(for: golden, path: "gongkai-nianbao.md")
        #expect(context.reportType.id == Self.id)
        let findings = linter.lint(context).filter { $0.severity != .info }
        #expect(findings.isEmpty, "\(findings.map { "\($0.range.start.line): \($0.message) [\($0.ruleID)]" })")
        let draft = try GoldenSampleTests.draftSample(try Self.plugin())
        let text = DraftTextWriter.write(draft.document, format: .plainText)
        let textFindings = linter.lint(text, path: "gongkai-nianbao.txt").filter { $0.severity != .info }
        #expect(textFindings.isEmpty, "\(textFindings.map { "\($0.range.start.line): \($0.message) [\($0.ruleID)]" })")
    }

    @Test func unbalancedGoldenFileIsCaught() throws {
        let golden = try String(contentsOf: Paths.packageRoot.appendingPathComponent("samples/\(Self.id).md"), encoding: .utf8)
        let broken = golden.replacingOccurrences(of: "| （七）总计 | 42 |", with: "| （七）总计 | 41 |")
        #expect(broken != golden)
        let findings = Linter(catalog: Self.catalog).lint(broken, path: "x.md").filter { $0.ruleID == "table-identity" }
        #expect(findings.count == 1)
        #expect(findings.first?.data["expected"] == "42")
    }

    @Test func titleKeywordsRecogniseTheTypeWithoutTakingOtherSummaries() {
        let catalog = Self.catalog
        #expect(catalog.recognise(title: "江川市统计局2024年政府信息公开工作年度报告")?.id == Self.id)
        #expect(catalog.recognise(title: "沭阳县发展和改革局2023年政府信息公开年度报告")?.id == Self.id)
        #expect(catalog.recognise(title: "江川市统计局2024年度政务公开工作总结")?.id == "zhengwu-gongkai")
        #expect(catalog.recognise(title: "江川市统计局2024年政府信息公开工作总结")?.id == "zhengwu-gongkai")
    }

    @Test func emptyInputDraftsTheSkeletonWithTablePlaceholders() throws {
        let draft = try Drafter(plugin: try Self.plugin()).draft(DraftInput())
        let text = DraftTextWriter.write(draft.document, format: .plainText)
        #expect(draft.document.sections.count == 6)
        #expect(text.contains("【待填：统计表数据"))
        #expect(draft.placeholderCount > 0)
    }
}
