import Foundation
import Testing
@testable import ZongjieLint
import ZongjieCore
import ZongjieDrafting

/// 005 is consistent; these tests show its silence is not blindness: the prose figures
/// are found, and one changed figure or cell is reported where it was changed.
@Suite struct NianbaoRealReportMutationTests {
    static let linter = NianbaoRealReportTests.linter

    @Test(.enabled(if: NianbaoRealReportTests.available, "../shared/nianbao-real not present")) func proseFiguresOf005AreFound() throws {
        let figures = ProseFigureScanner.figures(in: SourceText(try NianbaoRealReportTests.report("005")))
        #expect(figures.map(\.value) == [1295, 1191, 189, 208, 20, 564, 80, 319])
        #expect(figures.compactMap { $0.percentage?.value } == [17.46, 1.68, 47.36, 6.72, 26.78])
        // "予以公开及部分公开 208 件" is （一）+（二）, on line 38.
        #expect(figures[3].subject == .grantedOrPartly && figures[3].range.start.line == 38)
    }

    @Test(.enabled(if: NianbaoRealReportTests.available, "../shared/nianbao-real not present")) func changedPercentageIn005IsReported() throws {
        let text = try NianbaoRealReportTests.report("005").replacingOccurrences(of: "80 件（6.72%）", with: "80 件（6.27%）")
        let found = Self.linter.lint(text, path: "005.txt")
        #expect(found.map(\.ruleID) == ["text-table-mismatch"])
        #expect(found.first?.range.start.line == 40)
        #expect(found.first?.data["expected"] == "6.72")
    }

    @Test(.enabled(if: NianbaoRealReportTests.available, "../shared/nianbao-real not present")) func changedScatteredCellIn005IsLocated() throws {
        // The row placed by position (（六）1., line 142): its 自然人 40 → 41.
        let text = try NianbaoRealReportTests.report("005").replacingOccurrences(of: "行政机关不再处理其政府信息公 | 40 |", with: "行政机关不再处理其政府信息公 | 41 |")
        let found = Self.linter.lint(text, path: "005.txt").filter { $0.ruleID == "table-identity" }
        #expect(found.count == 1)
        #expect(found.first?.range.start.line == 142)
        #expect(found.first?.data["cell"] == "表三「（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」行「自然人」列")
        #expect(found.first?.data["expected"] == "40")
    }

    @Test(.enabled(if: NianbaoRealReportTests.available, "../shared/nianbao-real not present")) func proseCountsOf003And004AreFound() throws {
        let figures003 = ProseFigureScanner.figures(in: SourceText(try NianbaoRealReportTests.report("003")))
        // …and 74 复议和诉讼案件 (61 + 3 + 10 in table 四).
        #expect(figures003.map(\.value) == [749, 741, 8, 718, 31, 74])
        let figures004 = ProseFigureScanner.figures(in: SourceText(try NianbaoRealReportTests.report("004")))
        // 0 行政诉讼, 34 received, 2 carried over, 9/0/2/10/0/14 results, 1 carried forward (its
        // total cell is blank: compared with the sum of its row).
        #expect(figures004.map(\.value) == [0, 34, 2, 9, 0, 2, 10, 0, 14, 1])
    }
}
