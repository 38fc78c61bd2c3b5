import ZongjieCore

/// A required outline part (opening, achievements, problems, plans, signature …) is absent.
public struct MissingSectionRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "missing-section",
        name: "缺少必备部分",
        summary: "报告类型提纲要求的部分（开头、工作情况、存在问题、下一步打算、落款等）没有找到。",
        rationale: "审核人员最常退回的就是缺“存在问题”或“下一步打算”、没有落款的总结；问题和打算写在无标题的结尾段里也算有。",
        basis: "审稿惯例（总结由标题、正文、落款组成）；落款见 GB/T 9704—2012 7.3.5.2",
        severity: .warning,
        triggering: [
            RuleExample("""
            XX局2024年度工作总结

            2024年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            （一）完善制度。全年修订制度12项。
            （二）强化培训。组织培训6次。
            二、2025年工作打算
            一是继续完善制度。二是加强队伍建设。↓
            XX局
            2024年12月20日
            """),
            RuleExample("""
            XX局2024年度工作总结

            ↓一、主要工作
            全年办理事项120件。
            二、存在的问题
            宣传力度不够。
            三、下一步工作打算
            下一步，我局将加大宣传力度。
            XX局
            2024年12月20日
            """),
            RuleExample("""
            XX局2024年度工作总结

            2024年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            二、存在的问题
            宣传力度不够。
            三、下一步工作打算
            下一步，我局将加大宣传力度。↓
            """),
        ],
        nonTriggering: [
            // 附件说明, attachment pages and 版记 after the 落款 are not the body's structure.
            RuleExample(BackMatterExample.summaryWithAttachments),
            RuleExample("""
            XX局2024年度工作总结

            2024年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            二、存在的问题
            宣传力度不够。
            三、下一步工作打算
            下一步，我局将加大宣传力度。
            XX局
            2024年12月20日
            """),
            // The 落款 date not yet filled in: `placeholder` reports it, the 落款 is not missing.
            RuleExample("""
            XX局2025年度工作总结

            2025年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            二、存在的问题
            宣传力度不够。
            三、下一步工作打算
            下一步，我局将加大宣传力度。
            XX局
            2025年X月X日
            """),
            RuleExample("""
            XX局2024年度工作总结

            2024年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            二、工作成效
            群众满意率达98%。
            虽然取得一定成效，但仍存在宣传方式单一等不足。下一步，重点做好以下工作：一是丰富宣传方式；二是加强队伍建设。
            XX局
            2024年12月20日
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        let match = context.outlineMatch
        var findings: [Diagnostic] = []
        for section in context.reportType.outline.sections where section.required && !match.has(section.key) {
            // 2025年X月X日 under the unit: the 落款 is there, its date unfilled (`placeholder` says so).
            if section.key == "signature", PlaceholderDateLine.find(in: context) != nil { continue }
            let range: SourceRange
            switch section.key {
            case "title": range = .documentStart
            case "opening", "achievements": range = context.startOfBody
            case "signature": range = context.endOfText
            default: range = context.endOfBody
            }
            var finding = diagnostic(range, message(for: section, year: context.reportYear), data: ["section": section.key])
            // A part the report type itself requires (plugin.yaml `required: true`) is an error, as PLUGINS.md says.
            if section.requiredByPlugin { finding.severity = .error }
            findings.append(finding)
        }
        return findings
    }

    private func message(for section: OutlineSection, year: Int?) -> String {
        switch section.key {
        case "opening": return "缺少开头：正文前应概述总体情况，并以“现将……总结如下：”引出正文。"
        case "signature": return "缺少落款：文末应署单位全称，下一行写成文日期（如“2024年12月20日”）。"
        case "title": return "缺少标题：首行应为“单位名称 + 年度 + 事项 + 工作总结”。"
        default: return "缺少“\(section.name)”部分：请补充，如以“\(heading(for: section, year: year))”为题单列一部分。"
        }
    }

    /// The heading to suggest, its {year} tokens filled in (`replacingUTF8`: the tokens are
    /// ASCII templates from the outline, and the generic `replacing` is slow).
    private func heading(for section: OutlineSection, year: Int?) -> String {
        let heading = section.defaultHeading ?? section.name
        if !heading.unicodeScalars.contains("{") {
            // No {year} token: nothing to fill.
            return heading
        } else if let year {
            return heading.replacingUTF8("{nextYear}", with: "\(year + 1)").replacingUTF8("{year}", with: "\(year)")
        } else {
            // Without a report year, name the years in words rather than leave a template token.
            return heading.replacingUTF8("{nextYear}年", with: "下一年度").replacingUTF8("{year}年", with: "本年度")
        }
    }
}
