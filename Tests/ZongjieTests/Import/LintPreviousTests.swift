import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// The previous-year rules on whole documents: a copy with only the years changed, an
/// honest new draft, an unaddressed plan and a wrong 同比.
@Suite struct LintPreviousTests {
    static let linter = Linter(rules: [PreviousReuseRule(), PreviousPlansRule(), PreviousFiguresRule()], catalog: ImportSupport.catalog)
    static let lastYearText = ImportSupport.corpusFiles().first { $0.lastPathComponent.hasPrefix("11-") }

    @Test(.enabled(if: lastYearText != nil, "../shared/corpus not present"))
    func yearsOnlyChangedDraftRepeatsEveryParagraph() throws {
        let last = try String(contentsOf: try #require(Self.lastYearText), encoding: .utf8)
        let draft = last.replacingOccurrences(of: "2024", with: "2025").replacingOccurrences(of: "2023", with: "2024")
        let previous = PreviousReport(text: last, path: "上年.txt")
        let findings = Self.linter.lint(draft, path: "草稿.txt", previous: previous).filter { $0.ruleID == "previous-reuse" }
        var lines: [Int] = []
        StructureParser().parse(SourceText(draft)).forEachParagraph { paragraph in
            // Every paragraph of this report is long enough to count (15 characters and more).
            if let line = paragraph.range?.start.line { lines.append(line) }
        }
        #expect(lines.count >= 10)
        #expect(findings.map { $0.range.start.line } == lines)
        #expect(findings.allSatisfy { $0.message.contains("相似度100%") })
    }

    @Test(.enabled(if: lastYearText != nil, "../shared/corpus not present"))
    func honestNewDraftRepeatsNothing() throws {
        let last = try String(contentsOf: try #require(Self.lastYearText), encoding: .utf8)
        let draft = """
        市统计局2024年度政务公开工作总结

        2024年，市统计局把数据发布日历前移到年初公布，全年按日历发布数据，无一延误。现将2024年政务公开工作总结如下：
        一、主要举措
        （一）数据发布更准时。年初公布全年发布日历，月度数据均在每月15日前发布，比上年平均提前两天。
        （二）解读形式更多样。新增短视频解读栏目，由业务处室负责人出镜讲解主要指标的变化原因。
        二、存在的问题
        基层统计人员变动频繁，部分县区栏目更新仍然滞后，留言回复的时效还有差距。
        三、2025年工作打算
        一是把发布日历延伸到县区。二是建立栏目更新月度通报制度。
        """
        let previous = PreviousReport(text: last, path: "上年.txt")
        let findings = Self.linter.lint(draft, path: "草稿.txt", previous: previous).filter { $0.ruleID == "previous-reuse" }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    static let previousText = """
    XX局2023年度政务公开工作总结

    2023年，我局扎实推进政务公开工作。
    一、主要工作
    全年主动公开政府信息1200条，收到政府信息公开申请36件，办结率100%。
    二、存在的问题
    政策解读形式单一。
    三、2024年工作打算
    一是丰富政策解读形式。二是加强政务公开队伍建设。三是推进基层政务公开标准化。
    XX局
    2024年1月10日
    """

    @Test func unaddressedPlanAndWrongYearOnYearAreFound() throws {
        let draft = """
        XX局2024年度政务公开工作总结

        2024年，我局继续推进政务公开工作，各项任务按期完成。
        一、主要工作
        （一）公开数量稳中有升。全年主动公开政府信息1386条，较上年增长12.5%。收到政府信息公开申请30件，同比减少6件。
        （二）解读形式更加丰富。新推出图解、短视频等政策解读形式，全年发布图解12期。
        （三）队伍建设持续加强。组织政务公开队伍业务培训两次，新配备专职人员1名。
        二、存在的问题
        部分栏目更新不够及时。
        三、2025年工作打算
        一是建立栏目更新通报制度。二是加强业务培训。
        XX局
        2025年1月10日
        """
        let previous = PreviousReport(text: Self.previousText, path: "上年.txt")
        let findings = Self.linter.lint(draft, path: "草稿.txt", previous: previous)
        let plans = findings.filter { $0.ruleID == "previous-plans" }
        #expect(plans.map { $0.data["plan"] } == ["推进基层政务公开标准化"])
        let figures = findings.filter { $0.ruleID == "previous-figures" }
        #expect(figures.count == 1)
        #expect(figures.first?.message == "“较上年增长12.5%”与上年报告不符：上年报告第5行为1200条，今年为1386条，应为增长15.5%。请核对今年或上年的数字。")
        #expect(findings.filter { $0.ruleID == "previous-reuse" }.isEmpty)
    }

    /// Digit strings no report states (overflowing any count) are not checked, and do not trap.
    @Test func hugeFiguresAreLeftAlone() {
        let huge = String(repeating: "9", count: 40)
        let previous = PreviousReport(text: "XX局2023年度工作总结\n全年主动公开政府信息\(huge)条。\n", path: "上年.txt")
        let draft = "XX局2024年度工作总结\n全年主动公开政府信息\(huge)1条，较上年增长\(huge)%。\n"
        #expect(Self.linter.lint(draft, path: "草稿.txt", previous: previous).filter { $0.ruleID == "previous-figures" }.isEmpty)
    }

    /// End to end: `lint --previous` reports the new rules with exit code 0 (warnings).
    @Test func lintCommandUsesThePreviousReport() throws {
        let dir = try Paths.temporaryFolder()
        try Data(Self.previousText.utf8).write(to: dir.appendingPathComponent("上年.md"))
        let copy = Self.previousText.replacingOccurrences(of: "2024", with: "2025").replacingOccurrences(of: "2023", with: "2024")
        try Data(copy.utf8).write(to: dir.appendingPathComponent("草稿.md"))
        let result = try CLIRunner.run(["lint", "草稿.md", "--previous", "上年.md", "--only", "previous-reuse"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("草稿.md:5:1: warning: 本段与上年报告第5行的段落几乎相同（相似度100%）"))
    }
}
