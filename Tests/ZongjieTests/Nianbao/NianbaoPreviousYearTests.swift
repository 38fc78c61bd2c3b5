import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
@testable import ZongjieLint

/// `lint --previous`: this year's 上年结转 against last year's 结转下年度 in every column, and
/// 较上年增长X% against last year's table (reports of the real shape, invented figures).
@Suite struct NianbaoPreviousYearTests {
    /// Last year's report: 750 new, carrying `carried` (自然人, 法律服务机构) forward.
    static func lastYear(carried: (natural: Int, legal: Int)) -> String {
        let total = carried.natural + carried.legal
        return NianbaoClaimReport.markdown()
            .replacingOccurrences(of: "2025年", with: "2024年")
            .replacingOccurrences(of: "| 一、本年新收政府信息公开申请数量 | 770 | 12 | 0 | 0 | 8 | 0 | 790 |", with: "| 一、本年新收政府信息公开申请数量 | 730 | 12 | 0 | 0 | 8 | 0 | 750 |")
            .replacingOccurrences(of: "| 四、结转下年度继续办理 | 10 | 0 | 0 | 0 | 0 | 0 | 10 |", with: "| 四、结转下年度继续办理 | \(carried.natural) | 0 | 0 | 0 | \(carried.legal) | 0 | \(total) |")
    }

    static func thisYear(change: String) -> String {
        NianbaoClaimReport.markdown(prose: NianbaoClaimReport.prose.map { $0.replacingOccurrences(of: "申请790件，", with: "申请790件，\(change)，") })
    }

    static let rule = Linter(rules: [PreviousFiguresRule()], catalog: ReportTypeCatalog(types: []))

    static func lint(_ text: String, previous: String) -> [Diagnostic] {
        var context = rule.context(for: text, path: "2025年报.md")
        context.previous = PreviousReport(text: previous, path: "2024年报.md")
        return rule.lint(context)
    }

    @Test func agreeingYearsHaveNoFinding() {
        #expect(Self.lint(Self.thisYear(change: "较上年增长5.3%"), previous: Self.lastYear(carried: (15, 0))).isEmpty)
        #expect(Self.lint(Self.thisYear(change: "同比增加40件"), previous: Self.lastYear(carried: (15, 0))).isEmpty)
    }

    @Test func carriedOverDiffersInEachColumnThatDiffers() {
        let found = Self.lint(Self.thisYear(change: "较上年增长5.3%"), previous: Self.lastYear(carried: (12, 3)))
        #expect(found.map { $0.data["column"] } == ["自然人", "法律服务机构"])
        #expect(found.map { $0.data["expected"] } == ["12", "3"])
        #expect(found.first?.message.contains("2024年年报") == true)
    }

    @Test func changeOverLastYearIsCheckedAgainstBothTables() {
        let found = Self.lint(Self.thisYear(change: "较上年增长5.8%"), previous: Self.lastYear(carried: (15, 0)))
        #expect(found.count == 1)
        #expect(found.first?.data["expected"] == "增长 5.3%")
        #expect(found.first?.data["previous"] == "750")
        let fewer = Self.lint(Self.thisYear(change: "较上年回落5.3%"), previous: Self.lastYear(carried: (15, 0)))
        #expect(fewer.first?.data["expected"] == "增长 5.3%")
    }

    @Test func lintPreviousOptionRunsTheChecks() throws {
        let folder = try Paths.temporaryFolder()
        try Self.thisYear(change: "较上年增长5.3%").write(to: folder.appendingPathComponent("2025年报.md"), atomically: true, encoding: .utf8)
        try Self.lastYear(carried: (12, 3)).write(to: folder.appendingPathComponent("2024年报.md"), atomically: true, encoding: .utf8)
        let linted = try CLIRunner.run(["lint", "--fail-on", "warning", "2025年报.md", "--previous", "2024年报.md"], in: folder)
        #expect(linted.status == 1)
        #expect(linted.stdout.components(separatedBy: "[previous-figures]").count - 1 == 2, "\(linted.stdout)")
        let alone = try CLIRunner.run(["lint", "--fail-on", "warning", "2025年报.md"], in: folder)
        #expect(!alone.stdout.contains("[previous-figures]"), "\(alone.stdout)")
    }
}
