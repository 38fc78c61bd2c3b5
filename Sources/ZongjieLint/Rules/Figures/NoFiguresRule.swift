import ZongjieCore

/// An achievements section without a single concrete figure.
public struct NoFiguresRule: LintRule {
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
        // Keyword bytes once, each heading's bytes once: not a String search per keyword and block.
        let keywordBytes = keywords.map { Array($0.utf8) }
        let matched = TopLevelBlocks.blocks(in: context).filter { block in
            var heading = block.heading
            // All keywords in one pass over the heading (they share a few second bytes).
            return heading.withUTF8 { bytes in UTF8Search.containsAny(bytes, 0, bytes.count, keywordBytes) }
        }
        guard let first = matched.first else { return [] }
        // The matched blocks as byte ranges, so the shared line walk can skip other lines unread.
        let spans = context.source.lines
        let blockBytes: [Range<Int>] = matched.compactMap { block in
            let last = min(block.lines.upperBound, spans.count)
            guard block.lines.lowerBound >= 1, block.lines.lowerBound <= last else { return nil }
            return spans[block.lines.lowerBound - 1].start..<spans[last - 1].end
        }
        // An empty line may fall outside (its start is a range's end): it holds no figure anyway.
        let inBlocks: ([UInt8], SourceText.LineSpan) -> Bool = { _, span in blockBytes.contains { $0.contains(span.start) } }
        for line in ScalarLine.lines(in: context, where: inBlocks) {
            if FigureScanner.containsFigure(in: line, where: { !$0.isTimePoint }) { return [] }
        }
        let span = spans[first.headingLine - 1]
        // Columns are scalar counts: the heading after its indentation, to the line end.
        var start = 0
        var count = 0
        var indenting = true
        let bytes = context.source.utf8
        var index = span.start
        while index < span.end {
            let byte = bytes[index]
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if indenting {
                if byte == 0x20 || (length == 3 && index + 2 < span.end && byte == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80) {
                    start += 1
                } else {
                    indenting = false
                }
            }
            count += 1
            index += length
        }
        return [diagnostic(
            SourceRange(line: first.headingLine, startColumn: start + 1, endColumn: count + 1),
            "“\(first.heading)”部分没有任何具体数字，建议用件数、金额、比例等数据写明工作成效。",
            data: ["section": "achievements"]
        )]
    }
}
