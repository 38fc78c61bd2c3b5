import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// The four real published reports in ../shared/nianbao-real (messy, as users paste them).
/// Cells asserted here were checked by hand against the files. Skipped when the folder is absent.
@Suite struct NianbaoRealReportTests {
    static let folder = Paths.shared.appendingPathComponent("nianbao-real")
    static let available = FileManager.default.fileExists(atPath: folder.path)
    static let linter = Linter(rules: [TableIdentityRule(), TextTableMismatchRule()], catalog: ReportTypeCatalog(types: []))

    static func report(_ number: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(number).txt"), encoding: .utf8)
    }

    static func row(_ tables: NianbaoTables, _ row: ApplicationRow) -> [Int?] {
        ApplicantColumn.allCases.map { tables.value(.application(row, $0)) }
    }

    @Test(.enabled(if: available, "../shared/nianbao-real not present")) func webPageWithBlankLegalPersonCells() throws {
        let tables = NianbaoTableReader.read(SourceText(try Self.report("002")))
        #expect(tables.applicationTableIsComplete)
        #expect(Self.row(tables, .received) == [26, 0, 0, 0, 0, 0, 26])
        #expect(Self.row(tables, .granted) == [26, 0, 0, 0, 0, 0, 26])
        // The blank legal-person cells read as 0 and are marked, not reported.
        let blank = try #require(tables.cells[.application(.received, .business)])
        #expect(blank.isBlank && blank.range.start.line == 34)
        #expect(tables.cells[.disclosure(.normativeDocuments, .inForce)]?.value == 18)
        #expect(AppealOutcome.allCases.map { tables.value(.appeal(.review, $0)) } == [0, 0, 0, 1, 1])
        #expect(Self.linter.lint(try Self.report("002"), path: "002.txt").isEmpty)
    }

    @Test(.enabled(if: available, "../shared/nianbao-real not present")) func ocrMarkdownWithFakeHeaders() throws {
        let tables = NianbaoTableReader.read(SourceText(try Self.report("003")))
        #expect(tables.applicationTableIsComplete)
        #expect(Self.row(tables, .received) == [705, 3, 0, 0, 5, 0, 713])
        // Under the wrong header row 项目 | 本年新收件数 | …, still （六）3.其他.
        #expect(Self.row(tables, .otherOther) == [142, 1, 0, 0, 0, 0, 143])
        #expect(tables.cells[.application(.otherOther, .total)]?.range.start.line == 135)
        #expect(Self.row(tables, .resultTotal) == [710, 3, 0, 0, 5, 0, 718])
        #expect(tables.cells[.disclosure(.fees, .feeAmount)]?.text == "4068.208")
        #expect(tables.value(.disclosure(.licensing, .decisions)) == 517645)
        // Three separate blocks, each under its own caption.
        #expect(AppealOutcome.allCases.map { tables.value(.appeal(.review, $0)) } == [27, 10, 9, 15, 61])
        #expect(AppealOutcome.allCases.map { tables.value(.appeal(.suitAfterReview, $0)) } == [8, 0, 1, 1, 10])
        // 749 受理 = 713 + 36, 741 自然人, 8 法人, 718 办理, 31 结转: all consistent.
        #expect(Self.linter.lint(try Self.report("003"), path: "003.txt").isEmpty)
    }

    @Test(.enabled(if: available, "../shared/nianbao-real not present")) func pdfWithScatteredCells() throws {
        let tables = NianbaoTableReader.read(SourceText(try Self.report("004")))
        // Rows whose labels were scattered are placed by position between recognised rows.
        #expect(Self.row(tables, .partlyGranted) == [0, 0, 0, 0, 0, 0, 0])
        #expect(tables.cells[.application(.partlyGranted, .total)]?.range.start.line == 101)
        #expect(Self.row(tables, .withheldInternalAffairs) == [1, 0, 0, 0, 0, 0, 1])
        #expect(Self.row(tables, .unavailableNotHeld) == [4, 0, 0, 0, 0, 0, 4])
        #expect(Self.row(tables, .otherNoCorrection) == [8, 2, 0, 0, 0, 0, 10])
        #expect(tables.cells[.application(.otherNoCorrection, .total)]?.range.start.line == 147)
        #expect(Self.row(tables, .resultTotal) == [33, 2, 0, 0, 0, 0, 35])
        #expect(tables.value(.disclosure(.licensing, .decisions)) == 97)
        #expect(AppealOutcome.allCases.map { tables.value(.appeal(.review, $0)) } == [1, 0, 0, 0, 1])
        // The extraction lost 四、结转下年度's 总计 (1): read as the sum of its row, so the tables
        // balance and the prose's 1 件 agrees; the blank cell is one info finding of its own rule.
        #expect(Self.linter.lint(try Self.report("004"), path: "004.txt").isEmpty)
        let blank = Linter(rules: [TableBlankCellRule()], catalog: ReportTypeCatalog(types: [])).lint(try Self.report("004"), path: "004.txt")
        #expect(blank.count == 1)
        #expect(blank.first?.severity == .info)
        #expect(blank.first?.range.start.line == 159)
        #expect(blank.first?.data["expected"] == "1")
    }

    @Test(.enabled(if: available, "../shared/nianbao-real not present")) func consistentReportRaisesNoArithmeticFinding() throws {
        let tables = NianbaoTableReader.read(SourceText(try Self.report("005")))
        #expect(tables.applicationTableIsComplete)
        #expect(Self.row(tables, .partlyGranted) == [2, 0, 0, 0, 0, 0, 2])
        #expect(tables.cells[.application(.partlyGranted, .total)]?.range.start.line == 115)
        // A label cut to 行政机关不再处理其政府信息公 fits either （六）row; placed by position as （六）1.
        #expect(Self.row(tables, .otherNoCorrection) == [40, 1, 0, 0, 2, 0, 43])
        #expect(Self.row(tables, .notProcessedConfirmation) == [0, 0, 0, 0, 0, 0, 0])
        #expect(Self.row(tables, .carriedForward) == [290, 3, 0, 0, 0, 0, 293])
        #expect(AppealOutcome.allCases.map { tables.value(.appeal(.suitAfterReview, $0)) } == [6, 0, 9, 7, 22])
        // 规章 | 22 | 235 lost a cell: not read rather than guessed.
        #expect(tables.cells[.disclosure(.regulations, .issued)] == nil)
        #expect(NianbaoIdentityCheck.imbalances(tables).isEmpty)
        // Counts and percentages in the prose (208 件（17.46%）…) agree with the table too.
        #expect(Self.linter.lint(try Self.report("005"), path: "005.txt").isEmpty)
    }
}
