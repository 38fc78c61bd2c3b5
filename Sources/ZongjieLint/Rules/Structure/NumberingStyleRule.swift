import ZongjieCore

/// Markers not in GB/T 9704 form (1、 for 1., half-width (一), （一）、, 第一、),
/// mixed styles at one level, reversed nesting (1. holding （一）), and — as info
/// only, since guides differ — a skipped level (一、 straight to 1.).
public struct NumberingStyleRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "numbering-style",
        name: "序号格式不规范",
        summary: "结构层次序号不符合 GB/T 9704“一、（一）1.（1）”的写法，或同级混用、层次颠倒、跳层。",
        rationale: "GB/T 9704—2012 第7.3.3条规定层次序数依次用“一、”“（一）”“1.”“（1）”；“1、”、半角括号、“（一）、”都是常被退回的格式错误。跳层在部分写作指南中允许，只作提示。",
        basis: "GB/T 9704—2012 7.3.3（结构层次序数“一、”“（一）”“1.”“（1）”）",
        severity: .warning,
        triggering: [
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度
            ↓1、修订制度。全年修订12项。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            ↓(一)完善制度。全年修订12项。
            （二）强化培训。组织培训6次。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            ↓（一）、完善制度。全年修订12项。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            ↓1.完善制度
            ↓（一）修订制度。全年修订12项。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            ↓1.完善制度。全年修订12项。
            """),
            RuleExample("""
            XX局2024年度工作总结

            （一）完善制度。全年修订12项。
            ↓一、存在的问题
            宣传不够。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            ↓第一、完善制度。全年修订12项。
            """),
        ],
        nonTriggering: [
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度
            1.修订制度。全年修订12项。
            （1）清理文件。清理8件。
            二、存在的问题
            一是宣传不够。
            """),
            RuleExample("""
            XX局2024年度工作总结

            （一）完善制度。全年修订12项。
            （二）强化培训。组织培训6次。
            """),
        ],
        corrections: [
            RuleCorrection("XX局2024年度工作总结\n\n一、主要工作\n（一）完善制度\n1、修订制度。\n", "XX局2024年度工作总结\n\n一、主要工作\n（一）完善制度\n1.修订制度。\n"),
            RuleCorrection("XX局2024年度工作总结\n\n一、主要工作\n(一)完善制度。\n", "XX局2024年度工作总结\n\n一、主要工作\n（一）完善制度。\n"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        checkSiblings(context.document.sections, parent: nil, into: &findings)
        context.document.forEachParagraph { paragraph in
            // The style first: `isCanonical` builds the canonical marker's text.
            if let marker = paragraph.marker, marker.style == .diYi, !marker.isCanonical, let range = paragraph.markerRange {
                findings.append(formFinding(marker, range))
            }
        }
        return findings
    }

    private func checkSiblings(_ siblings: [Section], parent: Section?, into findings: inout [Diagnostic]) {
        let firstStyle = siblings.first?.marker.style
        for (index, section) in siblings.enumerated() {
            let range = section.markerRange
            if let parent, section.level < parent.level {
                findings.append(diagnostic(
                    range,
                    "层次颠倒：“\(section.marker.text)”不应位于“\(parent.marker.text)”之下。层次应依次为“一、”“（一）”“1.”“（1）”。",
                    data: ["found": section.marker.text, "parent": parent.marker.text]
                ).with(severity: .error))
            } else if let firstStyle, section.marker.style != firstStyle {
                findings.append(diagnostic(
                    range,
                    "同一层级混用序号：前面用“\(firstStyle.canonicalMarker(1))”式，此处为“\(section.marker.text)”。同级应统一为一种序号。",
                    data: ["found": section.marker.text, "expected": firstStyle.canonicalMarker(section.marker.ordinal)]
                ).with(severity: .error))
            } else if let parent, index == 0, section.level > parent.level + 1,
                      let skipped = NumberingStyle.forHeadingLevel(parent.level + 1) {
                findings.append(diagnostic(
                    range,
                    "“\(parent.marker.text)”之下直接使用“\(section.marker.text)”，跳过了“\(skipped.canonicalMarker(1))”层次；如无特殊需要，宜按“一、（一）1.（1）”逐级使用。",
                    data: ["found": section.marker.text, "skipped": skipped.canonicalMarker(1)]
                ).with(severity: .info))
            }
            if !section.marker.isCanonical {
                findings.append(formFinding(section.marker, range))
            }
            checkSiblings(section.children, parent: section, into: &findings)
        }
    }

    /// A marker written other than its canonical form, with a mechanical fix.
    private func formFinding(_ marker: NumberingMarker, _ range: SourceRange) -> Diagnostic {
        let canonical = marker.canonicalText
        let reason: String
        switch marker.style {
        case .arabicDot: reason = "阿拉伯数字序号后用圆点“.”，不用顿号"
        case .chineseParen, .arabicParen:
            reason = marker.text.unicodeScalars.contains("(") || marker.text.unicodeScalars.contains(")")
                ? "序号括号应为全角“（）”" : "括号序号后不再加标点"
        case .chineseComma: reason = "汉字序号后用顿号“、”"
        case .diYi: reason = "“第一”类序号后用逗号“，”"
        default: reason = "序号写法不规范"
        }
        return diagnostic(
            range,
            "\(reason)：“\(marker.text)”应为“\(canonical)”。",
            data: ["found": marker.text, "expected": canonical],
            fix: Fix(range: range, replacement: canonical, kind: .mechanical)
        )
    }
}

fileprivate extension Diagnostic {
    /// The same finding with another severity (for rules whose findings differ in weight).
    func with(severity: Severity) -> Diagnostic {
        var copy = self
        copy.severity = severity
        return copy
    }
}
