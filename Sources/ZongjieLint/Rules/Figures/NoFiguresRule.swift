import ZongjieCore

/// An achievements section without a single concrete figure.
public struct NoFiguresRule: LintRule {
    /// The achievements headings' search, kept from one document to the next.
    private let headingWords = TermSearch.WordsCache()

    public init() {}

    public static let description = RuleDescription(
        id: "no-figures",
        name: "成绩部分没有数字",
        summary: "工作成效部分没有一个具体数字（带单位的数量或百分比）。",
        rationale: """
        审核意见常说总结“空话多、数据少”：成绩部分应当用件数、金额、比例说话。只要成效部分（标题含\
        “工作开展情况”“主要工作”“工作成效”等，按报告类型的提纲判断）里有一个带单位的数量或百分比\
        （12件、1.8万平方米、98.3%、三项），就不提示；年份、日期不算。有多个成效部分时合起来看。\
        这是提示（info），不影响退出码。
        """,
        basis: "审稿惯例（工作总结应以数据说明成效）",
        severity: .info,
        triggering: [
            // Sections are found from 一、 headings when the parser gives none, and from document.sections otherwise.
            RuleExample("""
            XX局2024年度工作总结
            ↓一、主要工作及成效
            今年以来，我局高度重视，认真部署，扎实推进，取得明显成效。
            二、存在的问题
            工作还有差距，共有3项任务未完成。
            """),
        ],
        nonTriggering: [
            RuleExample("""
            XX局2024年度工作总结
            一、主要工作及成效
            全年主动公开信息753条，办结率达100%。
            二、存在的问题
            工作还有差距。
            """),
            RuleExample("""
            XX局2024年度工作总结
            一、主要举措
            认真部署，扎实推进。
            二、重要成绩
            办理部门信箱52件。
            """),
        ]
    )

    /// Headings that mark achievements when the report type's outline gives none.
    static let fallbackHeadings = ["工作开展情况", "工作完成情况", "主要工作", "主要举措", "主要做法", "总体情况", "工作回顾", "工作成效", "重要成绩", "突出亮点", "工作情况", "主要成效"]

    public func check(_ context: LintContext) -> [Diagnostic] {
        let keywords = context.reportType.outline.section("achievements")?.headings ?? Self.fallbackHeadings
        let headings = headingWords.words(for: keywords)
        let matched = TopLevelBlocks.blocks(in: context).filter { headings.found(in: $0.heading) }
        guard let first = matched.first else { return [] }
        // Only the matched blocks' lines are decoded.
        let inBlocks = { (number: Int) in matched.contains { $0.lines.contains(number) } }
        for line in ScalarLine.lines(in: context, numbered: inBlocks) {
            if FigureScanner.containsFigure(in: line, where: { !$0.isTimePoint }) { return [] }
        }
        // Columns are scalar counts: the heading after its indentation, to the line end.
        let heading = Array(context.source.line(first.headingLine).unicodeScalars)
        let start = heading.prefix { $0 == " " || $0 == "\u{3000}" }.count
        let count = heading.count
        return [diagnostic(
            SourceRange(line: first.headingLine, startColumn: start + 1, endColumn: count + 1),
            "“\(first.heading)”部分没有任何具体数字，建议用件数、金额、比例等数据写明工作成效。",
            data: ["section": "achievements"]
        )]
    }
}
