import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Markdown syntax is not Chinese text: links, images, code, rules, tables and
/// emphasis must not trip the content rules.
@Suite struct ContentRulesMarkdownTests {
    static let markdown = """
    # XX局2024年度工作总结

    <!-- zongjie-disable-next-line placeholder -->
    ## 一、主要工作及成效

    1. 全年公开信息316条，详见[政务公开专栏](https://www.example.gov.cn/gk?id=1,2)。
    2. 如图![统计图](images/chart-1.png)所示，办结率达100%。
    - 运行`zongjie lint --format json`检查。
    1)加强组织领导。

    ___

    | 项目 | 数量 |
    |---|---|
    | 主动公开 | 316 |

    **加粗**、*斜体*、___加粗斜体___。
    """

    @Test func markdownSyntaxRaisesNothing() {
        let linter = Linter(rules: RuleRegistry.contentAndFigureRules.map { $0.init() }, catalog: (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: []))
        let found = linter.lint(Self.markdown, path: "draft.md")
        #expect(found.isEmpty, "\(found.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column) \($0.message)" })")
    }
}
