import ZongjieCore

/// What a reviewer checks in the parts of a 政府信息公开工作年度报告 besides the tables: no
/// part left out between the others, real problems in 五 (not “无”), and the fees collected
/// (表二 or the prose) reported in 六.
public struct NianbaoPartsRule: LintRule {
    public static let description = RuleDescription(
        id: "nianbao-part",
        name: "年报部分内容",
        summary: "年报缺少第一至第六部分中的某一部分标题，第五部分只写“无”“暂无”，或有收费而第六部分未说明收费情况。",
        rationale: "年度报告格式规定六个部分缺一不可；第五部分须如实说明存在的主要问题及改进情况，写“无”会被通报；表二或正文显示收取了费用的，第六部分须报告信息处理费的收取情况。",
        basis: "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）规定的六个部分及第五、第六部分的内容",
        severity: .warning,
        triggering: NianbaoPartsRuleExamples.triggering,
        nonTriggering: NianbaoPartsRuleExamples.nonTriggering
    )

    private static let noProblemWords: Set<String> = ["无", "暂无", "没有", "本年度无", "本年无", "无问题", "暂无问题", "无此类情况", "不存在"]

    public init() {}

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard NianbaoReport.applies(to: context) else { return [] }
        let parts = context.document.sections.filter { $0.marker.style == .chineseComma }
        var findings = missingParts(parts)
        if let problems = parts.first(where: { Self.isPart(5, $0) }) { findings += emptyProblems(problems) }
        if let fee = feeEvidence(context), let other = parts.last(where: { Self.isPart(6, $0) }) {
            let text = HeadingDeviationRule.compact(other.fullText)
            if !["收费", "收取", "处理费", "费用"].contains(where: { text.contains($0) }) {
                let message = "\(fee)，第六部分“其他需要报告的事项”却未说明收费情况；请按年度报告格式写明信息处理费的收取情况（未收取也应写明）。"
                findings.append(diagnostic(other.headingRange ?? .documentStart, message, data: ["found": fee]))
            }
        }
        return findings
    }

    /// Whether `section` is recognisably the format's part `ordinal` (its number and a key word).
    static func isPart(_ ordinal: Int, _ section: Section) -> Bool {
        section.marker.ordinal == ordinal && HeadingDeviationRule.keywords[ordinal - 1].contains { section.heading.contains($0) }
    }

    /// A number skipped between two of the format's parts: the part is missing (or its heading lost in a paste).
    private func missingParts(_ parts: [Section]) -> [Diagnostic] {
        let recognised = parts.filter { section in (1...6).contains(section.marker.ordinal) && Self.isPart(section.marker.ordinal, section) }
        guard let low = recognised.map(\.marker.ordinal).min(), let high = recognised.map(\.marker.ordinal).max(), high - low >= 2 else { return [] }
        let present = Set(parts.map(\.marker.ordinal))
        var findings: [Diagnostic] = []
        for ordinal in (low + 1)..<high where !present.contains(ordinal) {
            guard let next = recognised.first(where: { $0.marker.ordinal > ordinal }) else { continue }
            let heading = "\(ChineseNumerals.numeral(for: ordinal))、\(HeadingDeviationRule.officialHeadings[ordinal - 1])"
            let message = "缺少第\(ChineseNumerals.numeral(for: ordinal))部分“\(heading)”的标题：年度报告须有六个部分；若内容已写在前一部分之下，请补上标题。"
            findings.append(diagnostic(next.headingRange ?? .documentStart, message, data: ["expected": heading]))
        }
        return findings
    }

    /// 五 whose text (or whose 问题 subsection) is only “无”, “暂无”.
    private func emptyProblems(_ part: Section) -> [Diagnostic] {
        func saysNone(_ paragraphs: [Paragraph]) -> Paragraph? {
            let text = paragraphs.map { Self.bare($0.text) }.joined()
            guard Self.noProblemWords.contains(text) else { return nil }
            return paragraphs.first
        }
        var candidates: [(Paragraph, String)] = []
        if part.children.isEmpty, let paragraph = saysNone(part.paragraphs) { candidates.append((paragraph, "第五部分")) }
        for child in part.children where child.heading.contains("问题") && !child.heading.contains("改进") {
            if let paragraph = saysNone(child.paragraphs) { candidates.append((paragraph, "“\(child.marker.text)\(child.heading)”")) }
        }
        return candidates.map { paragraph, place in
            let message = "\(place)只写了“\(paragraph.text.trimmingSpaces)”：年度报告须如实说明政府信息公开工作存在的主要问题及改进情况，写“无”会被审核退回。"
            return diagnostic(paragraph.range ?? part.headingRange ?? .documentStart, message, data: ["found": paragraph.text])
        }
    }

    /// What shows fees were collected: 表二's 行政事业性收费 above 0, or prose outside 六
    /// saying an amount of 信息处理费 was collected; nil when nothing does.
    private func feeEvidence(_ context: LintContext) -> String? {
        let tables = NianbaoReport.tables(of: context)
        if let fee = tables.cells[.disclosure(.fees, .feeAmount)], !fee.isBlank, let amount = Double(fee.text), amount > 0 {
            return "表二“行政事业性收费”本年收费金额为 \(fee.text) 万元"
        }
        for section in context.document.sections where !Self.isPart(6, section) {
            for sentence in section.fullText.split(whereSeparator: { $0 == "。" || $0 == "\n" }) {
                let text = Self.bare(String(sentence))
                guard text.contains("处理费"), text.contains("收取"), !["未收取", "没有收取", "不收取", "未发生", "无"].contains(where: { text.contains($0) }),
                      text.unicodeScalars.contains(where: { $0.properties.numericType != nil && $0.isASCII }) else { continue }
                return "正文写有收取信息处理费"
            }
        }
        return nil
    }

    /// The text without spaces and punctuation at the ends (“无。” is “无”).
    private static func bare(_ text: String) -> String {
        let scalars = text.unicodeScalars.filter { !ProseFigureScanner.isSpace($0) }
        var trimmed = Array(scalars)
        while let last = trimmed.last, "。；;，,：:".unicodeScalars.contains(last) { trimmed.removeLast() }
        return String(String.UnicodeScalarView(trimmed))
    }
}

private extension String {
    var trimmingSpaces: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { !ProseFigureScanner.isSpace($0) }))
    }
}
