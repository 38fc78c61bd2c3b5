import Foundation
import Testing

/// `zongjie new` and `zongjie lint` end to end for the 政府信息公开工作年度报告.
@Suite struct NianbaoCommandTests {
    @Test func sampleDraftsTheGoldenFileAndLintsClean() throws {
        let folder = try Paths.temporaryFolder()
        let drafted = try CLIRunner.run(["new", "--type", "gongkai-nianbao", "--sample", "-o", "年报.md"], in: folder)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("年报.md"), encoding: .utf8)
        #expect(written == (try NewCommandTests.golden("gongkai-nianbao")))
        let linted = try CLIRunner.run(["lint", "--fail-on", "warning", "年报.md"], in: folder)
        #expect(linted.status == 0, "\(linted.stdout)")
        #expect(linted.stdout.contains("没有发现问题"))
    }

    @Test func aTypedTotalThatDiffersIsAnInputErrorWithItsLine() throws {
        let folder = try Paths.temporaryFolder()
        let input = """
        unit: 江川市水务局
        year: 2024
        tables:
          applications:
            received: {natural: 3, business: 1}
            granted: {natural: 3, business: 1, total: 5}
        """
        try input.write(to: folder.appendingPathComponent("材料.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["new", "--type", "gongkai-nianbao", "--input", "材料.yaml", "-o", "年报.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("材料.yaml:6:"))
        #expect(result.stderr.contains("「总计」列填了 5，按各项计算应为 4"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("年报.md").path))
    }

    @Test func aLateDepartmentReportIsAWarning() throws {
        let folder = try Paths.temporaryFolder()
        let golden = try NewCommandTests.golden("gongkai-nianbao")
        try golden.replacingOccurrences(of: "2025年1月20日", with: "2025年2月20日")
            .write(to: folder.appendingPathComponent("年报.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["lint", "--fail-on", "warning", "年报.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("warning: 落款日期2025年2月20日晚于公布期限2025年1月31日"))
        #expect(result.stdout.contains("[report-deadline]"))
    }
}
