import ZongjieCore

/// A top-level heading of a 政府信息公开工作年度报告 that is recognisably one of the
/// format's six parts (its number and a key word match) but is not worded as the format has it.
public struct HeadingDeviationRule: LintRule {
    /// The six headings of 国办公开办函〔2021〕30号, in order (facts.md §2.2).
    public static let officialHeadings = [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况",
        "其他需要报告的事项",
    ]

    /// Words that make a heading numbered n recognisably the format's part n. A heading
    /// with the right number but none of these (“二、工作机制保障”) is another outline,
    /// not a misworded part; `missing-section` speaks about that.
    static let keywords: [[String]] = [
        ["总体"],
        ["主动公开"],
        ["申请"],
        ["复议", "诉讼"],
        ["问题", "改进", "整改"],
        ["其他", "事项"],
    ]

    public init() {}

    public static let description = RuleDescription(
        id: "heading-deviation",
        name: "年报标题不规范",
        summary: "政府信息公开工作年度报告的一级标题与年度报告格式规定的写法不一致。",
        rationale: "国办公开办函〔2021〕30号规定年度报告分六部分，标题固定为“一、总体情况”至“六、其他需要报告的事项”；改写标题（如“存在的主要问题及整改措施”）会被审核退回，也不便逐项比对。",
        basis: "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）规定的六部分标题",
        severity: .warning,
        triggering: [
            RuleExample("""
            某某县发展和改革局2024年政府信息公开工作年度报告
            一、总体情况
            2024年，我局认真落实《条例》。
            ↓五、存在的主要问题及整改措施
            信息更新还不够及时。
            六、其他需要报告的事项
            2024年未收取信息处理费。
            """),
            RuleExample("""
            某某县人民政府2024年政府信息公开工作年度报告
            ↓一、总体情况概述
            2024年，我县认真落实《条例》。
            ↓四、行政复议及行政诉讼情况
            全年未发生行政复议、行政诉讼。
            ↓五、政府信息公开工作存在的主要问题及改进情况
            信息更新还不够及时。
            """),
        ],
        nonTriggering: [
            RuleExample("""
            某某县发展和改革局2024年政府信息公开工作年度报告
            一、总体情况
            2024年，我局认真落实《条例》。
            四、政府信息公开行政复议、行政诉讼情况
            全年未发生行政复议、行政诉讼。
            五、存在的主要问题及改进情况
            信息更新还不够及时。
            六、其他需要报告的事项
            2024年未收取信息处理费。
            """),
            // Another outline before the format's parts: same numbers, none of the key words.
            RuleExample("""
            某市科委2024年政府信息公开工作年度报告
            一、总体情况
            二、工作机制保障
            五、政府信息管理
            一、主动公开政府信息情况
            """),
            // A table-三 row label on a line of its own (a paste) has its part's number but not its key word.
            RuleExample("""
            某某县人民政府2024年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
            二、上年结转政府信息公开申请数量
            一、总体情况
            """),
            // Not an annual disclosure report: its headings are free.
            RuleExample("""
            某某局2024年度工作总结
            五、存在的主要问题及整改措施
            信息更新还不够及时。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard NianbaoReport.applies(to: context) else { return [] }
        var findings: [Diagnostic] = []
        for section in context.document.sections where section.marker.style == .chineseComma {
            let ordinal = section.marker.ordinal
            guard (1...Self.officialHeadings.count).contains(ordinal) else { continue }
            let wording = Self.compact(section.heading)
            // A heading worded as any part is official; a wrong number is numbering-sequence's business.
            guard !Self.officialHeadings.contains(wording) else { continue }
            guard Self.keywords[ordinal - 1].contains(where: { wording.contains($0) }) else { continue }
            let official = Self.officialHeadings[ordinal - 1]
            let marker = section.marker.text
            let message = "第\(ChineseNumerals.numeral(for: ordinal))部分标题应按年度报告格式写作“\(marker)\(official)”，此处为“\(marker)\(section.heading)”；六个部分的标题是固定的，请照格式原文书写。"
            findings.append(diagnostic(section.headingRange ?? .documentStart, message,
                                       data: ["expected": official, "found": section.heading],
                                       fix: fix(section, official: official, source: context.source)))
        }
        return findings
    }

    /// Replaces the heading text after the marker when the source holds it exactly as parsed.
    private func fix(_ section: Section, official: String, source: SourceText) -> Fix? {
        guard let range = section.headingRange, range.start.line == range.end.line else { return nil }
        let line = Array(source.line(range.start.line).unicodeScalars)
        let start = range.start.column - 1 + section.marker.scalarCount
        let end = range.end.column - 1
        guard start <= end, end <= line.count,
              String(String.UnicodeScalarView(line[start..<end])) == section.heading else { return nil }
        return Fix(range: SourceRange(line: range.start.line, startColumn: start + 1, endColumn: end + 1), replacement: official, kind: .wording)
    }

    /// The heading without spaces and a closing 。/：, as extracted PDFs space it out.
    public static func compact(_ heading: String) -> String {
        var scalars = heading.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }
        while let last = scalars.last, "。：:；;".unicodeScalars.contains(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
