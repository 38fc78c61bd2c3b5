import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// A clean draft written for this test (not from the corpus) must pass every
/// content and figure rule: the rules' precision on ordinary 公文 text.
@Suite struct ContentRulesCleanDraftTests {
    static let draft = """
    XX市XX区数据资源局2024年度政务公开工作总结

    区政务公开办：
    2024年，我局坚持以公开为常态、不公开为例外，认真履行政务公开职责，截至12月底各项任务全部完成。现将有关情况总结如下：
    一、主要工作及成效
    （一）主动公开情况
    全年共主动公开政府信息316条，其中政策文件42条，工作动态198条，财政资金36条，其他信息40条。上午9:00至下午5:30窗口正常受理，受理量同比增长12.5%。
    （二）依申请公开情况
    全年共受理依申请公开28件，均在法定期限内答复，按时办结率100%。其中予以公开19件，部分公开6件，不予公开3件。
    （三）平台建设情况
    1.优化网站栏目。调整一级栏目14个、二级栏目13个，PM2.5、GDP等数据按月发布，5G网络覆盖全部办事大厅。
    2.加强隐患整改。共发现隐患3562条，已整改3502条，整改率98.3%。
    二、存在的问题
    一是政策解读形式较为单一；二是个别栏目更新不够及时，实实在在的举措还不够多。
    三、2025年工作打算
    一方面，认认真真抓好年度要点落实，研究研究新情况；另一方面，加强培训，一批一批轮训到位，继续推进“一网通办”（含APP端）。
    XX市XX区数据资源局
    2024年12月20日
    """

    @Test func cleanDraftHasNoFindings() {
        let linter = Linter(rules: RuleRegistry.contentAndFigureRules.map { $0.init() }, catalog: (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: []))
        let found = linter.lint(Self.draft, path: "draft.txt")
        #expect(found.isEmpty, "\(found.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column) \($0.message)" })")
    }

    @Test func seededFaultsAreFound() {
        let faulty = Self.draft
            .replacingOccurrences(of: "共主动公开政府信息316条", with: "共主动公开政府信息318条")
            .replacingOccurrences(of: "整改率98.3%", with: "整改率98.6%")
            .replacingOccurrences(of: "履行", with: "覆行")
            .replacingOccurrences(of: "全年共受理依申请公开28件", with: "全年共受理依申请公开XX件")
            .replacingOccurrences(of: "政策解读形式", with: "政策解读解读形式")
            .replacingOccurrences(of: "认真覆行政务公开职责，", with: "认真覆行政务公开职责,")
        let linter = Linter(rules: RuleRegistry.contentAndFigureRules.map { $0.init() }, catalog: ReportTypeCatalog(types: []))
        let rules = Set(linter.lint(faulty, path: "draft.txt").map(\.ruleID))
        #expect(rules == ["sum-mismatch", "rate-mismatch", "wording", "placeholder", "repeated-word", "punctuation-width"])
    }
}
