import ZongjieCore

/// Last year's plans that this year's account of work does not come back to.
public struct PreviousPlansRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "previous-plans",
        name: "上年计划未回应",
        summary: "上年报告（--previous）“下一步工作打算”中的某项计划，在今年的工作情况中找不到相应内容。",
        rationale: """
        审核人员会拿上年的“下一步打算”对照今年的总结：说过要做的事，今年做了没有、做得怎样，\
        应有交代。本规则取上年每项计划的小标题或首句，去掉“进一步”“加强”“推进”这类通用词和标题里\
        已有的事项名称后，看其余关键词是否大多出现在今年的工作情况（不含问题和打算部分）中。\
        需要用 zongjie lint --previous 上年报告 指定上年的报告。
        """,
        basis: "审稿惯例（上年“下一步工作打算”须在本年度总结中交代落实情况）",
        severity: .warning,
        triggering: [
            RuleExample("""
            ↓XX局2024年度政务公开工作总结
            一、主要工作
            全年主动公开政府信息1300条，政策解读24篇。
            二、2025年工作打算
            一是优化公开平台。二是加强队伍建设。
            """, previous: """
            XX局2023年度政务公开工作总结
            一、主要工作
            全年主动公开政府信息1260条。
            二、2024年工作打算
            一是加强政策解读。二是开展业务培训。
            """),
        ],
        nonTriggering: [
            RuleExample("""
            XX局2024年度政务公开工作总结
            一、主要工作
            全年发布政策解读24篇；组织业务培训3次，覆盖全部科室。
            二、2025年工作打算
            一是优化公开平台。二是加强队伍建设。
            """, previous: """
            XX局2023年度政务公开工作总结
            一、主要工作
            全年主动公开政府信息1260条。
            二、2024年工作打算
            一是加强政策解读。二是开展业务培训。
            """),
        ]
    )

    /// Words every plan uses; they say nothing about which plan it is.
    static let commonWords: [String] = [
        "进一步", "持续", "深化", "加强", "加大", "推进", "推动", "提升", "提高", "强化", "完善", "健全", "做好",
        "抓好", "全面", "不断", "切实", "着力", "扎实", "继续", "坚持", "坚决", "努力", "积极", "认真", "工作",
        "力度", "水平", "能力", "落实", "我局", "我处", "我委", "我们", "相关", "有关", "各项", "进行", "开展",
        "确保", "实现", "以及", "更加", "更好", "主动", "及时", "规范", "优化", "创新",
    ]

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let previous = context.previous else { return [] }
        let plans = PlanItems.extract(from: previous.document, outline: context.reportType.outline, reportYear: previous.reportYear)
        guard !plans.isEmpty else { return [] }
        let done = Set(Self.bigrams(achievementsText(context)))
        let title = Set(Self.bigrams(context.document.title?.text ?? ""))
        var found: [Diagnostic] = []
        for plan in plans {
            let keys = Set(Self.bigrams(Self.withoutCommonWords(plan.summary))).subtracting(title)
            guard keys.count >= 2 else { continue }
            let covered = keys.filter(done.contains).count
            guard Double(covered) < 0.6 * Double(keys.count) else { continue }
            let place = plan.range.map { "（上年报告第\($0.start.line)行）" } ?? ""
            found.append(diagnostic(
                context.document.title?.range ?? SourceRange.documentStart,
                "上年计划“\(plan.summary)”\(place)在今年的工作情况中没有找到相应内容。请写明落实情况，或说明未落实的原因。",
                data: ["plan": plan.summary]
            ))
        }
        return found
    }

    /// Opening and every part that is not problems or plans; checklist lines (上年计划：……) excluded.
    private func achievementsText(_ context: LintContext) -> String {
        let match = OutlineMatcher(outline: context.reportType.outline, reportYear: context.reportYear).match(context.document)
        var texts = context.document.opening.map(\.text)
        for (section, keys) in match.sectionKeys where !keys.contains("plans") && !keys.contains("problems") {
            texts.append(section.fullText)
        }
        return texts.filter { !$0.hasPrefix("上年计划：") }.joined(separator: "\n")
            .split(separator: "\n").filter { !$0.hasPrefix("上年计划：") }.joined(separator: "\n")
    }

    static func withoutCommonWords(_ text: String) -> String {
        var text = text
        for word in commonWords { text = text.replacingUTF8(word, with: "|") }
        return text
    }

    /// Pairs of adjacent Han characters.
    static func bigrams(_ text: String) -> [UInt64] {
        var result: [UInt64] = []
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let isHan = scalar.value >= 0x4E00 && scalar.value <= 0x9FFF
            if isHan, let before = previous { result.append(UInt64(before.value) << 32 | UInt64(scalar.value)) }
            previous = isHan ? scalar : nil
        }
        return result
    }
}
