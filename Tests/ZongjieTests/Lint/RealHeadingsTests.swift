import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Headings real summaries give their problems and plans (issue 13), recognised by every
/// built-in type with those parts: no `missing-section` for a part that is there.
@Suite struct RealHeadingsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var problems: String
        /// nil: the problems heading holds the plans too.
        var plans: String?
        var testDescription: String { problems + "/" + (plans ?? "—") }
    }

    static let cases: [Case] = [
        Case(problems: "存在的问题", plans: "工作安排"),
        Case(problems: "存在的问题", plans: "下一步工作安排"),
        Case(problems: "存在的问题", plans: "2026年工作安排"),
        Case(problems: "存在问题和工作打算", plans: nil),
        Case(problems: "存在的主要问题及改进情况", plans: nil),
        Case(problems: "存在的问题", plans: "改进措施"),
    ]

    static let types = ["general", "zhengwu-gongkai", "anquan-shengchan", "dingdian-bangfu", "fazhi-zhengfu"]

    static func document(_ heading: Case) -> String {
        let plans = heading.plans.map { "三、\($0)\n" } ?? ""
        return """
        XX局2025年度工作总结

        2025年，我局认真履职，现将有关情况总结如下：
        一、主要工作
        （一）完善制度。全年修订制度12项。
        （二）强化培训。组织培训6次。
        二、\(heading.problems)
        一是宣传力度不够；二是培训不足。
        \(plans)一是加大宣传力度；二是加强培训。
        XX局
        2025年12月20日
        """
    }

    @Test(arguments: cases) func everyBuiltInTypeFindsBothParts(_ heading: Case) throws {
        let linter = Linter(catalog: try ReportTypeCatalog.builtIn())
        for type in Self.types {
            let found = linter.lint(Self.document(heading), path: "a.txt", reportType: type)
                .filter { ["missing-section", "empty-section", "year-mismatch"].contains($0.ruleID) }
            #expect(found.isEmpty, "\(type): \(found.map(\.message))")
        }
    }

    /// The 年报's own problems part, 存在的主要问题及改进情况, and the same with 改进措施.
    @Test func nianbaoProblemsHeadings() throws {
        let linter = Linter(catalog: try ReportTypeCatalog.builtIn())
        for heading in ["存在的主要问题及改进情况", "存在的主要问题及改进措施"] {
            let text = "XX局2025年政府信息公开工作年度报告\n\n一、总体情况\n全年主动公开信息120条。\n五、\(heading)\n一是栏目更新不及时；二是解读形式单一。\n"
            let found = linter.lint(text, path: "a.txt", reportType: "gongkai-nianbao")
                .filter { $0.ruleID == "missing-section" && $0.data["section"] == "problems" }
            #expect(found.isEmpty, "\(heading): \(found.map(\.message))")
        }
    }
}
