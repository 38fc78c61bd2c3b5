import ZongjieCore

/// A 成文日期 not written as GB/T 9704 7.3.5.4 asks: Arabic numerals, full year,
/// month and day without leading zeros (2023年3月5日, not 2023年03月05日,
/// 二〇二三年三月五日 or 2023.3.5). Kept apart from year-mismatch, which is about
/// wrong years, not their form.
public struct DateFormatRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "date-format",
        name: "成文日期格式",
        summary: "落款成文日期应使用阿拉伯数字写全年月日，月、日不编虚位（如“2023年3月5日”）。",
        rationale: "GB/T 9704—2012 第7.3.5.4条：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）。",
        basis: "GB/T 9704—2012 7.3.5.4（成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位）",
        severity: .warning,
        triggering: [
            RuleExample("""
            XX局2023年度工作总结

            一、主要工作
            全年办理事项120件。
            XX局
            ↓2023年03月05日
            """),
            RuleExample("""
            XX局2023年度工作总结

            一、主要工作
            全年办理事项120件。
            XX局
            ↓二〇二三年十二月十三日
            """),
            RuleExample("""
            XX局2023年度工作总结

            一、主要工作
            全年办理事项120件。
            XX局
            ↓2023.12.13
            """),
        ],
        nonTriggering: [
            RuleExample("""
            XX局2023年度工作总结

            一、主要工作
            全年办理事项120件。
            XX局
            2023年12月13日
            """),
        ],
        corrections: [
            RuleCorrection("XX局2023年度工作总结\n\n一、主要工作\n全年办理事项120件。\nXX局\n2023年03月05日\n",
                           "XX局2023年度工作总结\n\n一、主要工作\n全年办理事项120件。\nXX局\n2023年3月5日\n"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let date = context.document.signature?.date, let range = date.range else { return [] }
        let scalars = Array(date.text.unicodeScalars.filter { !$0.properties.isWhitespace })
        let parts = DateLineParser.arabic(scalars) ?? DateLineParser.chinese(scalars)
        guard let (year, month, day) = parts else { return [] }
        let canonical = "\(year)年\(month)月\(day)日"
        guard date.text != canonical else { return [] }
        return [diagnostic(
            range,
            "成文日期“\(date.text)”应写作“\(canonical)”：用阿拉伯数字标全年月日，月、日不加“0”。",
            data: ["found": date.text, "expected": canonical],
            fix: Fix(range: range, replacement: canonical, kind: .mechanical)
        )]
    }
}
