import Testing
import ZongjieDrafting
import ZongjieLint

@Suite struct MissingSectionMessageTests {
    @Test func messageNamesYearsInWordsWhenTheReportYearIsUnknown() throws {
        let linter = Linter(rules: [MissingSectionRule()], catalog: try ReportTypeCatalog.builtIn())
        let text = "单位工作总结\n\n今年，我单位认真履职。现将主要工作总结如下：\n一、主要工作\n（一）抓好学习\n全年组织学习12次。\n（二）抓好服务\n办理事项30件。\n二、存在的问题\n一是学习不够深入。\n\nXX单位\n2024年12月20日\n"
        let plans = linter.lint(text, path: "x.txt", reportType: "general").filter { $0.data["section"] == "plans" }
        #expect(plans.count == 1)
        #expect(plans.first?.message.contains("下一年度工作打算") == true)
        #expect(plans.first?.message.contains("{") == false)
    }
}
