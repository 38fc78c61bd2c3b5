import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
@testable import ZongjieLint

/// Each claim the prose of a 年报 makes about its tables, broken once, is found once — from
/// Markdown tables, PDF-pasted text and a .docx, with the 总计 column filled and blank.
@Suite struct NianbaoProseClaimTests {
    static let linter = Linter(rules: [TableIdentityRule(), TextTableMismatchRule()], catalog: ReportTypeCatalog(types: []))

    struct Break: Sendable, CustomStringConvertible {
        var old: String
        var new: String
        /// The finding's data["expected"] (a count or share), or data["found"] for outcome words.
        var expected: String
        var key = "expected"
        var description: String { "\(old)→\(new)" }
    }

    static let breaks: [Break] = [
        Break(old: "予以公开及部分公开275件", new: "予以公开及部分公开258件", expected: "275"),
        Break(old: "无法提供337件", new: "无法提供265件", expected: "337"),
        Break(old: "不予处理70件", new: "不予处理69件", expected: "70"),
        Break(old: "上年结转15件", new: "上年结转51件", expected: "15"),
        Break(old: "共答复795件", new: "共答复805件", expected: "795"),
        Break(old: "结转下年度继续办理10件", new: "结转下年度继续办理11件", expected: "10"),
        // A share no base gives, and one off in the last digit written (337 of 795 is 42.4 %).
        Break(old: "（42.39%）", new: "（33.9%）", expected: "42.4"),
        Break(old: "（占4.78%）", new: "（占4.77%）", expected: "4.78"),
        Break(old: "行政复议15件", new: "行政复议16件", expected: "15"),
        Break(old: "其中结果维持9件", new: "其中结果维持8件", expected: "9"),
        Break(old: "行政诉讼4件", new: "行政诉讼5件", expected: "4"),
        // Outcome words against table 四: 3 复议 cases pending, 1 corrected.
        Break(old: "行政诉讼未被纠错。", new: "行政复议和行政诉讼均获维持。", expected: "均获维持", key: "found"),
        Break(old: "行政诉讼未被纠错。", new: "行政复议未被纠错。", expected: "未被纠错", key: "found"),
    ]

    static func findings(_ form: NianbaoClaimReport.Form, prose: [String] = NianbaoClaimReport.prose, blankTotals: Bool) throws -> [Diagnostic] {
        linter.lint(try NianbaoClaimReport.text(form, prose: prose, blankTotals: blankTotals), path: "年报")
    }

    @Test(arguments: NianbaoClaimReport.Form.allCases, [false, true])
    func consistentReportHasNoFinding(form: NianbaoClaimReport.Form, blankTotals: Bool) throws {
        let text = try NianbaoClaimReport.text(form, blankTotals: blankTotals)
        let tables = NianbaoTableReader.read(SourceText(text))
        #expect(tables.applicationTableIsComplete, "\(form)")
        #expect(tables.resolved(.application(.resultTotal, .total)) == 795)
        #expect(tables.resolved(.appeal(.review, .total)) == 15)
        let found = Self.linter.lint(text, path: "年报")
        #expect(found.isEmpty, "\(form) \(blankTotals): \(found.map(\.message))")
        // Every figure of the prose was read, so the silence means agreement.
        let figures = ProseFigureScanner.figures(in: SourceText(text))
        #expect(figures.map(\.value) == [790, 15, 795, 275, 38, 337, 70, 75, 10, 15, 9, 1, 3, 4], "\(form)")
    }

    @Test(arguments: NianbaoClaimReport.Form.allCases, [false, true])
    func eachBrokenClaimIsFoundOnce(form: NianbaoClaimReport.Form, blankTotals: Bool) throws {
        for broken in Self.breaks {
            let prose = NianbaoClaimReport.prose.map { $0.replacingOccurrences(of: broken.old, with: broken.new) }
            #expect(prose != NianbaoClaimReport.prose, "\(broken)")
            let found = try Self.findings(form, prose: prose, blankTotals: blankTotals)
            #expect(found.map(\.ruleID) == ["text-table-mismatch"], "\(form) \(blankTotals) \(broken): \(found.map(\.message))")
            let value = found.first?.data[broken.key] ?? ""
            #expect(broken.key == "found" ? value.contains(broken.expected) : value == broken.expected, "\(form) \(blankTotals) \(broken): \(found.map(\.message))")
        }
    }

    @Test func shareFindingNamesTheBaseThatReproducesIt() throws {
        // 38 of 790 new is 4.81 %; the words say 办结 (795: 4.78 %).
        let prose = NianbaoClaimReport.prose.map { $0.replacingOccurrences(of: "（占4.78%）", with: "（占办结总数的4.81%）") }
        let found = try Self.findings(.markdown, prose: prose, blankTotals: false)
        #expect(found.count == 1)
        #expect(found.first?.data["base"] == "本年新收")
        #expect(found.first?.data["expected"] == "4.78")
        #expect(found.first?.message.contains("按本年新收 790 件算出") == true)
    }

    @Test func listedResultsThatDoNotAddUpAreFoundWhenTableThreeCannotBeRead() throws {
        // Table 三 lost in the paste: the counts cannot be compared, their sum still can.
        var text = NianbaoClaimReport.markdown(prose: NianbaoClaimReport.prose.map { $0.replacingOccurrences(of: "共答复795件", with: "共答复805件") })
        let start = try #require(text.range(of: "三、收到和处理"))
        let end = try #require(text.range(of: "四、政府信息公开行政复议"))
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        let found = Self.linter.lint(text, path: "年报")
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(found.first?.data["found"] == "805")
        #expect(found.first?.data["expected"] == "795")
        #expect(found.first?.message.contains("275+38+337+70+75=795") == true)
    }

    @Test func blankTotalsAreOneInfoFindingPerTable() throws {
        let rule = Linter(rules: [TableBlankCellRule()], catalog: ReportTypeCatalog(types: []))
        for form in NianbaoClaimReport.Form.allCases {
            let blank = rule.lint(try NianbaoClaimReport.text(form, blankTotals: true), path: "年报")
            // Table 三's 总计 column (25 cells) and table 四's three totals: one finding each.
            #expect(blank.map(\.severity) == [.info, .info], "\(form): \(blank.map(\.message))")
            #expect(blank.first?.data["count"] == "25", "\(form)")
            #expect(blank.first?.data["expected"] == "790", "\(form)")
            #expect(rule.lint(try NianbaoClaimReport.text(form, blankTotals: false), path: "年报").isEmpty, "\(form)")
        }
    }

    @Test(arguments: NianbaoClaimReport.Form.allCases, [false, true])
    func wholeLinterRaisesNoNoiseOnTheForms(form: NianbaoClaimReport.Form, blankTotals: Bool) throws {
        let linter = Linter(catalog: NianbaoPluginTests.catalog)
        let context = linter.context(for: try NianbaoClaimReport.text(form, blankTotals: blankTotals), path: "年报")
        let found = linter.lint(context).filter { $0.ruleID != "placeholder" }
        #expect(!found.contains { $0.severity == .error }, "\(form) \(blankTotals): \(found.map(\.message))")
        // Only what is true of the form: OCR spaces (once) in the pasted prose, blank totals (per table).
        let allowed: Set<String> = ["cjk-spacing", "table-blank-cell", "punctuation-width", "missing-section"]
        #expect(found.allSatisfy { allowed.contains($0.ruleID) }, "\(form) \(blankTotals): \(found.map { "\($0.ruleID) \($0.message)" })")
        #expect(found.filter { $0.ruleID == "cjk-spacing" }.count <= 1)
        #expect(found.filter { $0.ruleID == "punctuation-width" }.count <= 1)
    }

    @Test(arguments: NianbaoClaimReport.Form.allCases)
    func severalDisagreementsInOneReportAreEachFound(form: NianbaoClaimReport.Form) throws {
        // The shape of the report this issue started from: two counts off, a share no count
        // gives, 均获维持 with cases pending. The listed results add up once the two counts are
        // the table's, so their sum is no finding of its own.
        let prose = [
            "全年共收到政府信息公开申请790件，上年结转15件；共答复795件，其中予以公开及部分公开258件，不予公开38件，无法提供265件（33.9%），不予处理70件，其他处理75件；结转下年度继续办理10件。",
            "全年发生政府信息公开行政复议15件，行政诉讼4件，复议和诉讼均获维持。",
        ]
        let found = try Self.findings(form, prose: prose, blankTotals: true)
        #expect(found.map { $0.data["expected"] ?? $0.data["found"] ?? "" } == ["275", "337", "42.4", "均获维持"], "\(form): \(found.map(\.message))")
    }
}
