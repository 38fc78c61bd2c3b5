import ZongjieCore

/// The report year (from the title) against the signature date, the plans
/// heading (next year) and the achievements heading (this year).
public struct YearMismatchRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "year-mismatch",
        name: "年份不一致",
        summary: "标题中的报告年度与开头首句、落款日期、“下一年工作打算”标题或工作情况标题中的年份对不上，或年度总结的落款日期不在当年11月至次年3月之间。",
        rationale: "照搬上一年总结改写时，最容易漏改落款日期和“××年工作打算”中的年份；年度总结一般在当年年底或次年一季度成文，落款早于当年11月或晚于次年3月的日期多半是沿用旧稿（半年、季度总结和工作要点、计划不在此列）。",
        basis: "审稿惯例（标题、开头、落款的年度应一致）",
        severity: .error,
        triggering: [
            RuleExample("""
            XX局2023年度工作总结

            2023年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            XX局
            ↓2022年12月13日
            """),
            RuleExample("""
            XX局2024年度工作总结

            2024年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            ↓二、2024年工作打算
            继续加强队伍建设。
            """),
            RuleExample("""
            XX局2023年度工作总结

            ↓一、2022年工作开展情况
            全年办理事项120件。
            XX局
            ↓二〇二二年十二月十三日
            """),
            RuleExample("""
            XX局2023年度工作总结

            一、主要工作
            全年办理事项120件。
            XX局
            ↓2024年5月8日
            """),
            // Dated before November of the report year: a year cannot be summed up in January.
            RuleExample("""
            XX局2025年度工作总结

            2025年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            XX局
            ↓2025年1月8日
            """),
            RuleExample("""
            XX局2024年度工作总结

            ↓2023年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            """),
        ],
        nonTriggering: [
            // A span of years in a heading or a cited title is not the report year.
            RuleExample("""
            XX局2024年度工作总结

            2024年，我局认真履职，现将有关情况总结如下：
            一、落实《2021—2025年规划》情况
            全年办理事项120件。
            二、2021年至2025年规划的收官准备
            继续加强队伍建设。
            XX局
            2024年12月20日
            """),
            RuleExample("""
            XX局2023年度工作总结

            2023年，我局认真履职，现将有关情况总结如下：
            一、2023年主要工作
            全年办理事项120件。
            二、2024年工作打算
            继续加强队伍建设。
            XX局
            2024年1月15日
            """),
            RuleExample("""
            XX局2024年度工作总结

            2019年以来，我局持续推进政务公开。2024年，现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            """),
            // Written in December, counting 截至目前.
            RuleExample("""
            XX局2025年度工作总结

            2025年，我局认真履职，截至目前，共办理事项120件。现将有关情况总结如下：
            一、主要工作
            全年办理事项120件。
            XX局
            2025年12月5日
            """),
            // A half-year summary is dated in its year.
            RuleExample("""
            XX局2025年上半年工作总结

            2025年上半年，我局认真履职，现将有关情况总结如下：
            一、主要工作
            办理事项60件。
            XX局
            2025年7月8日
            """),
            RuleExample("""
            XX局年度工作总结

            一、主要工作
            全年办理事项120件。
            XX局
            2022年12月13日
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let year = context.reportYear else { return [] }
        var findings: [Diagnostic] = []
        if let date = context.document.signature?.date, let dateYear = Self.year(of: date) {
            let month = Self.month(of: date) ?? 12
            let fits = dateYear == year || (dateYear == year + 1 && month <= 3)
            if !fits {
                findings.append(diagnostic(
                    date.range ?? context.endOfText,
                    "落款日期为\(dateYear)年，与报告年度\(year)年不符：年度总结一般在\(year)年年底或\(year + 1)年一季度成文，请核对日期。",
                    data: ["reportYear": "\(year)", "found": "\(dateYear)"]
                ))
            } else if dateYear == year, month < Self.earliestMonth, Self.coversWholeYear(context.document.title?.text) {
                // A year cannot be summed up in its first ten months: usually last year's date left in.
                findings.append(diagnostic(
                    date.range ?? context.endOfText,
                    "落款日期为\(dateYear)年\(month)月，早于\(year)年11月：\(year)年度总结应在\(year)年11月至\(year + 1)年3月间成文，请核对日期（常见于沿用上一年的日期）。",
                    data: ["reportYear": "\(year)", "found": "\(dateYear)年\(month)月", "expected": "\(year)年11月—\(year + 1)年3月"]
                ))
            }
        }
        if let opening = context.document.opening.first, let range = opening.range,
           context.document.title.flatMap({ ReportYear.firstYear(in: $0.text) }) != nil,
           let openingYear = Self.leadingYear(of: opening.text), openingYear != year {
            findings.append(diagnostic(
                SourceRange(line: range.start.line, startColumn: range.start.column, endColumn: range.start.column + 5),
                "开头写的是“\(openingYear)年”，与标题中的报告年度\(year)年不符，请核对年份（常见于沿用上一年总结）。",
                data: ["reportYear": "\(year)", "found": "\(openingYear)"]
            ))
        }
        for (section, keys) in context.outlineMatch.sectionKeys {
            guard let headingYear = ReportYear.firstYear(in: section.heading) else { continue }
            if keys.contains("plans") && !keys.contains("achievements") && !keys.contains("problems") && headingYear != year + 1 {
                findings.append(diagnostic(
                    section.headingRange ?? .documentStart,
                    "工作打算的标题写的是\(headingYear)年，\(year)年度总结的打算应为\(year + 1)年，请核对年份。",
                    data: ["reportYear": "\(year)", "expected": "\(year + 1)", "found": "\(headingYear)"]
                ))
            } else if keys == ["achievements"] && headingYear != year {
                findings.append(diagnostic(
                    section.headingRange ?? .documentStart,
                    "工作情况的标题写的是\(headingYear)年，与报告年度\(year)年不符，请核对年份。",
                    data: ["reportYear": "\(year)", "expected": "\(year)", "found": "\(headingYear)"]
                ))
            }
        }
        return findings
    }

    /// The first month of the report year in which its annual summary may be dated.
    static let earliestMonth = 11

    /// Whether a title names a whole year's report, not 上半年/一季度/1—10月 or a plan
    /// (工作要点、工作计划) that is written at the start of its year.
    static func coversWholeYear(_ title: String?) -> Bool {
        guard let title else { return true }
        return !["半年", "季度", "月", "要点", "计划"].contains { title.contains($0) }
    }

    /// The year an opening starts with ("2023年，" "2023年度，" "2023年是"), not a span ("2019年以来").
    static func leadingYear(of text: String) -> Int? {
        let scalars = Array(text.unicodeScalars.prefix(8))
        guard scalars.count >= 6, scalars[4] == "年", let year = ReportYear.firstYear(in: String(String.UnicodeScalarView(scalars[0..<5]))) else {
            return nil
        }
        var next = 5
        if scalars[next] == "度" { next += 1 }
        guard next < scalars.count, scalars[next] == "，" || scalars[next] == "是" || scalars[next] == "," else { return nil }
        return year
    }

    /// The year of a date line, also when written in Chinese numerals.
    static func year(of date: DateLine) -> Int? {
        date.year ?? DateLineParser.chinese(Array(date.text.unicodeScalars.filter { !$0.properties.isWhitespace }))?.year
    }

    static func month(of date: DateLine) -> Int? {
        date.month ?? DateLineParser.chinese(Array(date.text.unicodeScalars.filter { !$0.properties.isWhitespace }))?.month
    }
}
