import ZongjieCore

/// A numbered heading with nothing under it: no text and no subsections.
public struct EmptySectionRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "empty-section",
        name: "空标题",
        summary: "有标题却没有任何内容（既无正文也无下级标题）。",
        rationale: "空着的标题多是起草时留下的框架没有填写，报送前必须补齐或删去。",
        basis: "审稿惯例（有标题无内容的层次应补充或删除）",
        severity: .warning,
        triggering: [
            RuleExample("""
            XX局2024年度工作总结

            现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            ↓二、存在的问题
            三、下一步工作打算
            下一步，我局将加大宣传力度。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度。全年修订制度12项。
            ↓（二）强化培训
            """),
        ],
        nonTriggering: [
            // 附件说明, attachment pages and 版记 after the 落款 are not the body's structure.
            RuleExample(BackMatterExample.summaryWithAttachments),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度。全年修订制度12项。
            （二）强化培训
            组织培训6次。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度
            1.修订制度。全年修订制度12项。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.document.forEachSection { section in
            guard section.isEmpty, !isSentenceItem(section, context.source) else { return }
            findings.append(diagnostic(
                section.headingRange ?? .documentStart,
                "标题“\(section.marker.text)\(section.heading)”下没有内容：请补写正文，或删去该标题。",
                data: ["heading": section.heading]
            ))
        }
        return findings
    }

    /// "4.构建……体系，完善……机制。" is a numbered item written as one long sentence,
    /// complete in itself, not a heading waiting for text.
    private func isSentenceItem(_ section: Section, _ source: SourceText) -> Bool {
        guard let range = section.headingRange, UTF8Scalars.count(section.heading) > 25 else { return false }
        let number = range.start.line
        guard number >= 1, number <= source.lines.count else { return false }
        let last = LineText.lastScalar(source, line: number) { $0.properties.isWhitespace }
        return last == "。" || last == "；"
    }
}
