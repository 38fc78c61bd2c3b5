import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
@testable import ZongjieLint

/// The whole linter on the four real 年报 in ../shared/nianbao-real (pasted from web pages and
/// PDFs): the findings a reviewer would make, each checked by hand, and none of the paste's
/// noise (row labels as headings, cell gaps as spaces, OCR spaces one by one).
@Suite struct NianbaoRealReportConformanceTests {
    static let linter = Linter(catalog: NianbaoPluginTests.catalog)

    /// line + rule of every finding, and what each one is.
    static let expected: [String: [String]] = [
        // 表三's legal-person cells left blank; 五 worded 整改措施.
        "002": ["34 table-blank-cell", "64 heading-deviation"],
        // OCR spaces (29, once), half-width brackets on lines 4 and 6, (一) with half-width
        // brackets, 表三's labels' half-width punctuation (once), 五 worded differently.
        "003": ["1 cjk-spacing", "4 punctuation-width", "6 punctuation-width", "12 numbering-style", "75 punctuation-width", "153 heading-deviation"],
        // OCR spaces (once), a half-width comma, 资金资金, numbering restarting at 一 after 六
        // and 五 after 三 (no 四), 表三's 结转下年度 总计 lost (1 by its row).
        "004": ["1 cjk-spacing", "7 punctuation-width", "32 repeated-word", "71 numbering-sequence", "159 table-blank-cell", "184 numbering-sequence"],
        // Consistent: OCR spaces (once) and the 五 heading lost in the extraction.
        "005": ["1 cjk-spacing", "195 nianbao-part"],
    ]

    static func lint(_ number: String) throws -> (context: LintContext, findings: [Diagnostic]) {
        let context = linter.context(for: try NianbaoRealReportTests.report(number), path: "\(number).txt")
        return (context, linter.lint(context))
    }

    @Test(.enabled(if: NianbaoRealReportTests.available), arguments: ["002", "003", "004", "005"])
    func findingsAreTheReviewersOnes(number: String) throws {
        let (_, findings) = try Self.lint(number)
        #expect(findings.map { "\($0.range.start.line) \($0.ruleID)" } == Self.expected[number], "\(number): \(findings.map(\.message))")
        #expect(findings.count <= 10)
    }

    @Test(.enabled(if: NianbaoRealReportTests.available)) func consistentReportHasNoErrorAndWhatItHasIsTrue() throws {
        let (_, findings) = try Self.lint("005")
        #expect(!findings.contains { $0.severity == .error })
        #expect(findings.first?.data["count"] == "82")
        #expect(findings.last?.data["expected"] == "五、存在的主要问题及改进情况")
    }

    @Test(.enabled(if: NianbaoRealReportTests.available), arguments: ["003", "004", "005"])
    func noNoiseFromThePaste(number: String) throws {
        let (context, findings) = try Self.lint(number)
        #expect(context.tableRegions.map(\.table) == [2, 3, 4], "\(number)")
        let inTables = findings.filter { finding in context.tableRegions.contains { $0.lines.contains(finding.range.start.line) } }
        // Row labels are never headings, cell gaps never spaces, OCR punctuation once per table.
        #expect(!inTables.contains { ["numbering-sequence", "numbering-style", "empty-section", "cjk-spacing"].contains($0.ruleID) }, "\(number)")
        for region in context.tableRegions {
            #expect(inTables.filter { $0.ruleID == "punctuation-width" && region.lines.contains($0.range.start.line) }.count <= 1)
        }
        // No table-三 row label is a section heading.
        for section in context.document.allSections {
            let line = section.headingRange?.start.line ?? 0
            #expect(!context.tableRegions.contains { $0.lines.contains(line) }, "\(number): \(section.heading)")
        }
        #expect(findings.filter { $0.ruleID == "cjk-spacing" }.count == 1, "\(number)")
    }

    @Test(.enabled(if: NianbaoRealReportTests.available)) func ocrSpacingFixRemovesEverySpaceInTheProseAndNoneInTheTables() throws {
        let text = try NianbaoRealReportTests.report("005")
        let (context, findings) = try Self.lint("005")
        let fixed = FixApplier.apply(findings, to: context.source, kinds: [.mechanical]).text
        #expect(!fixed.contains("2025 年"))
        #expect(fixed.contains("本年度报告中所列数据统计期限为2025"))
        // Table rows are as they were.
        #expect(fixed.contains("一、本年新收政府信息公开申请数量 | 1259 | 36 | 0 | 0 | 0 | 0 | 1295"))
        #expect(SourceText(fixed).lines.count == SourceText(text).lines.count)
        #expect(!Self.linter.lint(fixed, path: "005.txt").contains { $0.ruleID == "cjk-spacing" })
    }

    @Test(.enabled(if: NianbaoRealReportTests.available)) func mergedFindingsFixEveryOccurrenceInOneRun() throws {
        // 003: OCR spaces from line 1 to the end and half-width brackets in between, all
        // mechanical: one --fix run applies them all, none lost to another's span.
        let (context, findings) = try Self.lint("003")
        let fixed = FixApplier.apply(findings, to: context.source, kinds: [.mechanical])
        // (The space between 年 and 政 is between two ideographs: no cjk-spacing finding.)
        #expect(fixed.text.hasPrefix("沐阳县人民政府2025年 政府信息公开工作年度报告"))
        #expect(fixed.text.contains("（2026年1月23日）"))
        let again = Self.linter.lint(fixed.text, path: "003.txt")
        #expect(!again.contains { $0.ruleID == "cjk-spacing" })
        #expect(!again.contains { $0.ruleID == "punctuation-width" && $0.range.start.line < 70 }, "\(again.map(\.message))")
    }
}
