import ZongjieCore

/// A “一是” (or “一要”) that no “二是” follows in the same passage: one item written as a list.
public struct LoneEnumerationRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "lone-enumeration",
        name: "只有“一是”没有“二是”",
        summary: "同一段落（或同一部分连续的段落）中用了“一是”“一要”，后面却没有“二是”“二要”：只有一点时不应编号。",
        rationale: """
        “一是、二是”用于列举两点以上；只有一点却写“一是”，读者会找“二是”，审核时常被当作漏写或删改后\
        忘了调整。只有一点时直接写出，不加“一是”。“统一是”“唯一是”中的“一是”不是序号，不报告。
        """,
        basis: "审稿惯例（序数词用于两项以上的列举）",
        severity: .warning,
        triggering: [
            RuleExample("""
            XX局2024年度工作总结

            一、存在的问题
            ↓一是部分栏目更新不够及时。
            二、下一步工作打算
            一是加强栏目维护；二是加强队伍建设。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            全年办理事项120件，主要做法：↓一是完善制度，修订制度12项。
            （一）强化培训
            一是组织培训6次；二是开展考核2次。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、下一步工作打算
            下一步，我局将重点做好以下工作：↓一要加强学习，提升业务能力。
            """),
        ],
        nonTriggering: [
            RuleExample(BackMatterExample.summaryWithAttachments),
            RuleExample("""
            XX局2024年度工作总结

            一、存在的问题
            一是部分栏目更新不够及时；二是政策解读形式单一。
            二、下一步工作打算
            一是加强栏目维护。
            二是丰富解读形式。
            """),
            // 统一是, 唯一是: the 一是 is part of a word, not a marker.
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            各项指标口径统一是做好统计工作的前提，该平台是全省唯一是由县级建成的平台。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、存在的问题
            部分栏目更新不够及时。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var markers = InlineMarkers.of(context).cursor()
        checkPassage(context.document.opening, &markers, into: &findings)
        context.document.forEachSection { checkPassage($0.paragraphs, &markers, into: &findings) }
        checkPassage(context.document.closing, &markers, into: &findings)
        return findings
    }

    /// One run of paragraphs: each 一是 must be followed by a 二是 of the same style before
    /// the run ends or a new list starts at 一.
    private func checkPassage(_ paragraphs: [Paragraph], _ markers: inout InlineMarkers.Cursor, into findings: inout [Diagnostic]) {
        var open: [NumberingStyle: (range: SourceRange, marker: NumberingMarker)] = [:]
        for paragraph in paragraphs {
            guard let range = paragraph.range else { continue }
            markers.forEachMarker(of: paragraph, at: range.start) { offset, marker in
                guard marker.style == .ordinalShi || marker.style == .ordinalYao else { return }
                if marker.ordinal == 1 {
                    if let lone = open[marker.style] { findings.append(finding(lone.range, lone.marker)) }
                    let column = range.start.column + offset
                    open[marker.style] = (SourceRange(line: range.start.line, startColumn: column, endColumn: column + marker.scalarCount), marker)
                } else {
                    open[marker.style] = nil
                }
            }
        }
        guard !open.isEmpty else { return }
        for lone in open.values.sorted(by: { $0.range.start < $1.range.start }) { findings.append(finding(lone.range, lone.marker)) }
    }

    private func finding(_ range: SourceRange, _ marker: NumberingMarker) -> Diagnostic {
        let second = marker.style.canonicalMarker(2)
        return diagnostic(
            range,
            "这里只有“\(marker.text)”，后面没有“\(second)”：只有一点时不要编号，请删去“\(marker.text)”；如有第二点，请补写“\(second)”。",
            data: ["found": marker.text, "expected": second]
        )
    }
}
