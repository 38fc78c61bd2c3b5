import ZongjieCore

/// Gaps, repeats or disorder in numbered headings (一、二、四、; 1. 2. 2.) and in
/// in-paragraph enumerations (一是 二是 四是), checked per parent.
public struct NumberingSequenceRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "numbering-sequence",
        name: "序号不连续",
        summary: "同一层级的序号跳号、重号或顺序颠倒（如（一）后接（三），一是、二是后接四是，1. 2. 2.）。",
        rationale: "序号错乱是审核中最容易被看出的硬伤，往往是删改段落后忘了重新编号。",
        basis: "GB/T 9704—2012 7.3.3（结构层次序数依次用“一、”“（一）”“1.”“（1）”标注）",
        severity: .error,
        triggering: [
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度。全年修订制度12项。
            ↓（三）强化培训。组织培训6次。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            一是完善制度。
            二是强化培训。
            ↓四是加强宣传。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            1.完善制度。
            2.强化培训。
            ↓2.加强宣传。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            存在以下不足：一是宣传不够；二是培训不足；↓四是制度不全。
            """),
        ],
        nonTriggering: [
            // 附件说明, attachment pages and 版记 after the 落款 are not the body's structure.
            RuleExample(BackMatterExample.summaryWithAttachments),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度
            1.修订制度。全年修订12项。
            2.清理文件。清理文件8件。
            （二）强化培训
            1.组织培训。全年培训6次。
            二、存在的问题
            一是宣传不够；二是培训不足。
            三是制度不全。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        checkSections(context.document.sections, into: &findings)
        var markers = InlineMarkers.of(context).cursor()
        checkParagraphs(context.document.opening, &markers, into: &findings)
        context.document.forEachSection { checkParagraphs($0.paragraphs, &markers, into: &findings) }
        checkParagraphs(context.document.closing, &markers, into: &findings)
        return findings
    }

    /// Siblings of one style must run 1, 2, 3 … under each parent.
    private func checkSections(_ siblings: [Section], into findings: inout [Diagnostic]) {
        var lastByStyle: [NumberingStyle: Int] = [:]
        for section in siblings {
            let style = section.marker.style
            let expected = (lastByStyle[style] ?? 0) + 1
            if section.marker.ordinal != expected {
                findings.append(finding(section.markerRange, found: section.marker, expected: expected))
            }
            lastByStyle[style] = section.marker.ordinal
            checkSections(section.children, into: &findings)
        }
    }

    /// 一是/一要/第一， within one run of paragraphs, including those written inline after 。；：，.
    private func checkParagraphs(_ paragraphs: [Paragraph], _ markers: inout InlineMarkers.Cursor, into findings: inout [Diagnostic]) {
        var last: [NumberingStyle: Int] = [:]
        for paragraph in paragraphs {
            guard let range = paragraph.range else { continue }
            markers.forEachMarker(of: paragraph, at: range.start) { offset, marker in
                guard marker.style != .aspect else { return }
                let previous = last[marker.style]
                // A list may restart at 一 (a new list); any other number must follow the last one.
                if marker.ordinal != 1, marker.ordinal != (previous ?? 0) + 1 {
                    let column = range.start.column + offset
                    let markerRange = SourceRange(line: range.start.line, startColumn: column, endColumn: column + marker.scalarCount)
                    findings.append(finding(markerRange, found: marker, expected: (previous ?? 0) + 1))
                }
                last[marker.style] = marker.ordinal
            }
        }
    }

    private func finding(_ range: SourceRange, found: NumberingMarker, expected: Int) -> Diagnostic {
        let expectedText = found.style.canonicalMarker(expected)
        let problem = found.ordinal < expected ? (found.ordinal == expected - 1 ? "重复" : "顺序颠倒") : "跳号"
        return diagnostic(
            range,
            "序号\(problem)：此处应为“\(expectedText)”，实为“\(found.text)”。请按顺序重新编号。",
            data: ["expected": expectedText, "found": found.text]
        )
    }
}
