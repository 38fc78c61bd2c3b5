import ZongjieCore

/// A paragraph of the draft that is last year's paragraph again, years and figures aside.
public struct PreviousReuseRule: LintRule {
    public init() {}

    /// Share of character pairs two paragraphs must have in common to count as the same.
    static let threshold = 0.9
    /// Paragraphs shorter than this (normalised scalars) are set phrases, not reuse.
    static let minimumLength = 15

    public static let description = RuleDescription(
        id: "previous-reuse",
        name: "照搬上年段落",
        summary: "与上年报告（--previous）中某段相同或几乎相同（年份、数字不计，九成以上文字相同）的段落。",
        rationale: """
        年度总结应写今年做了什么。只改年份和数字、照搬上年的段落，评审时按“内容雷同”扣分；\
        曾有单位的政府信息公开年报只改了年份就再次发布，被通报批评。本规则把每段与上年报告的每段比较\
        （去掉空格，年份和数字都视为相同），九成以上文字相同即报告，并指出上年对应的段落。\
        需要用 zongjie lint --previous 上年报告 指定上年的报告。
        """,
        basis: "审稿惯例（年度总结写本年度工作，内容雷同扣分）",
        severity: .warning,
        triggering: [
            RuleExample("""
            XX局2024年度工作总结
            一、主要工作
            ↓2024年，我局主动公开政府信息1300条，开展政策解读培训两次，门户网站运行平稳。
            """, previous: """
            XX局2023年度工作总结
            一、主要工作
            2023年，我局主动公开政府信息1260条，开展政策解读培训两次，门户网站运行平稳。
            """),
        ],
        nonTriggering: [
            RuleExample("""
            XX局2024年度工作总结
            一、主要工作
            2024年，我局新建政务公开专区3个，群众留言办结时间由5天缩短到3天。
            """, previous: """
            XX局2023年度工作总结
            一、主要工作
            2023年，我局主动公开政府信息1260条，开展政策解读培训两次，门户网站运行平稳。
            """),
            RuleExample("""
            XX局2024年度工作总结
            一、主要工作
            2024年，我局主动公开政府信息1300条，开展政策解读培训两次，门户网站运行平稳。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let previous = context.previous else { return [] }
        var last: [(paragraph: Paragraph, fingerprint: ParagraphFingerprint)] = []
        previous.document.forEachParagraph { paragraph in
            let fingerprint = ParagraphFingerprint(paragraph.text)
            if fingerprint.count + 1 >= Self.minimumLength { last.append((paragraph, fingerprint)) }
        }
        guard !last.isEmpty else { return [] }
        var found: [Diagnostic] = []
        context.document.forEachParagraph { paragraph in
            guard let range = paragraph.range else { return }
            let fingerprint = ParagraphFingerprint(paragraph.text)
            guard fingerprint.count + 1 >= Self.minimumLength else { return }
            var best: (index: Int, score: Double)?
            for (index, candidate) in last.enumerated() {
                // Lengths far apart cannot reach the threshold.
                let shorter = Double(min(candidate.fingerprint.count, fingerprint.count))
                let longer = Double(max(candidate.fingerprint.count, fingerprint.count))
                guard 2 * shorter / (shorter + longer) >= Self.threshold else { continue }
                let score = fingerprint.similarity(to: candidate.fingerprint)
                if score >= Self.threshold, score > (best?.score ?? 0) { best = (index, score) }
            }
            guard let best else { return }
            let repeated = last[best.index].paragraph
            let line = repeated.range?.start.line
            let percent = Int((best.score * 100).rounded(.down))
            let quote = String(String.UnicodeScalarView(repeated.text.unicodeScalars.prefix(20))) + (repeated.text.unicodeScalars.count > 20 ? "……" : "")
            let place = line.map { "第\($0)行" } ?? ""
            found.append(diagnostic(
                SourceRange(line: range.start.line, startColumn: range.start.column, endColumn: range.start.column + 1),
                "本段与上年报告\(place)的段落几乎相同（相似度\(percent)%）：“\(quote)”。内容雷同会被扣分，请按今年的实际情况重写。",
                data: ["previousLine": line.map(String.init) ?? "", "similarity": "\(percent)%"]
            ))
        }
        return found
    }
}
