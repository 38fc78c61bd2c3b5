import ZongjieCore

/// The 附件说明 and 版记 checked as GB/T 9704 has them: attachments numbered “1.” with no
/// punctuation after the name, “见附件N” pointing at a listed attachment, and the 印发日期
/// written like the 成文日期.
public struct AttachmentNoteRule: LintRule {
    let dictionary: DictionaryScan

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        dictionary = settings.dictionary
    }

    public static let description = RuleDescription(
        id: "attachment-note",
        name: "附件说明与版记",
        summary: "附件说明的顺序号应为“1.”且附件名称后不加标点，正文“见附件N”应有对应附件，版记印发日期应与成文日期写法一致。",
        rationale: """
        GB/T 9704—2012 7.3.4：附件说明在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；\
        有多个附件时用阿拉伯数字标注顺序号（如“附件：1. ××××”），附件名称后不加标点符号。正文说“见附件3”\
        而只附了两个附件，是常见的漏附。版记中的印发日期（7.4.3）与成文日期一样用阿拉伯数字标全年月日，\
        月、日不编虚位。顺序号、名称后的标点和印发日期可用 --fix 自动修改。
        """,
        basis: "GB/T 9704—2012 7.3.4（附件说明）、7.3.7（附件）、7.4.3（印发机关和印发日期）、7.3.5.4（日期写法）",
        severity: .warning,
        triggering: [
            RuleExample("一、主要工作\n全年办理事项120件，明细见↓附件3。\n附件：1.办理事项清单↓。\n↓2、满意度统计表\nXX局\n2024年12月20日"),
            RuleExample("一、主要工作\n全年办理事项120件。\nXX局\n2024年12月20日\n抄送：市政务公开办。\nXX局办公室　↓2024年12月05日印发"),
        ],
        nonTriggering: [
            RuleExample("一、主要工作\n全年办理事项120件，明细见附件2。\n附件：1.办理事项清单\n      2.满意度统计表\nXX局\n2024年12月20日\n附件1\n办理事项清单\n1.受理登记\n抄送：市政务公开办。\nXX局办公室　2024年12月20日印发"),
            RuleExample("一、主要工作\n全年办理事项120件，详见附件。\n附件：办理事项清单\nXX局\n2024年12月20日"),
        ],
        corrections: [
            RuleCorrection("一、主要工作\n全年办理事项120件。\n附件：1.办理事项清单。\n2、满意度统计表\nXX局\n2024年12月20日\nXX局办公室　2024年12月05日印发\n",
                           "一、主要工作\n全年办理事项120件。\n附件：1.办理事项清单\n2.满意度统计表\nXX局\n2024年12月20日\nXX局办公室　2024年12月5日印发\n"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        let document = context.document
        var found: [Diagnostic] = []
        let items = listedItems(document.attachmentNote, context, &found)
        let pages = document.backMatter.filter { BackMatter.isAttachmentPageHeading($0.text) }.count
        found += references(in: context, attachments: max(items, pages))
        for line in document.backMatter where BackMatter.isImprintLine(line.text) {
            if let finding = imprintDate(line, context) { found.append(finding) }
        }
        return found
    }

    /// Checks the note's items (labels and trailing punctuation); returns how many it lists.
    private func listedItems(_ note: [TextLine], _ context: LintContext, _ found: inout [Diagnostic]) -> Int {
        guard !note.isEmpty else { return 0 }
        var number = 0
        for (index, textLine) in note.enumerated() {
            guard let range = textLine.range else { continue }
            let line = context.scans.line(range.start.line)
            var start = line.scalars.firstIndex { !$0.properties.isWhitespace } ?? 0
            if index == 0 { start += 3 }
            while start < line.count && line.scalars[start].properties.isWhitespace { start += 1 }
            // The label: digits then . 、 ． or in brackets.
            var labelEnd = start
            let bracketed = line[safe: start] == "（" || line[safe: start] == "("
            if bracketed { labelEnd += 1 }
            let digitsStart = labelEnd
            while let scalar = line[safe: labelEnd], CJK.isASCIIDigit(scalar) { labelEnd += 1 }
            var nameStart = start
            if labelEnd > digitsStart, let mark = line[safe: labelEnd], [".", "．", "、", "）", ")"].contains(mark) {
                number += 1
                nameStart = labelEnd + 1
                let label = line.text(start, nameStart)
                let digits = line.text(digitsStart, labelEnd)
                if label != digits + "." {
                    let labelRange = line.range(start, nameStart, in: context.source)
                    found.append(diagnostic(labelRange, "附件顺序号“\(label)”应写作“\(digits).”。",
                                            data: ["found": label, "expected": digits + "."],
                                            fix: Fix(range: labelRange, replacement: digits + ".", kind: .mechanical)))
                }
            } else if index == 0 && note.count == 1 {
                number = 1
            }
            guard let last = line.scalars.lastIndex(where: { !$0.properties.isWhitespace }), last >= nameStart else { continue }
            if Self.trailingMarks.contains(line.scalars[last]) {
                let markRange = line.range(last, last + 1, in: context.source)
                found.append(diagnostic(markRange, "附件名称后不加标点符号。", data: ["found": String(line.scalars[last])],
                                        fix: Fix(range: markRange, replacement: "", kind: .mechanical)))
            }
        }
        return number
    }

    static let trailingMarks: Set<Unicode.Scalar> = ["。", "；", "，", "、", ".", ";", ","]

    /// 见附件N in the body where fewer than N attachments are listed (or none at all).
    private func references(in context: LintContext, attachments: Int) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let document = context.document
        let bodyStart = (document.title?.range?.end.line ?? 0) + 1
        let bodyEnd = document.attachmentNote.first?.range?.start.line
            ?? document.signature?.unit?.range?.start.line ?? document.signature?.date?.range?.start.line
            ?? document.backMatter.first?.range?.start.line ?? context.source.lines.count + 1
        let pattern = dictionary.marks.lowerBound + UsageMarks.attachmentIndex
        for match in dictionary.matches(.marks, in: context) where match.pattern == pattern {
            let number = context.source.lineNumber(containing: match.start)
            guard number >= bodyStart, number < bodyEnd else { continue }
            let line = context.scans.line(number)
            let index = line.scalarIndex(ofByte: match.start, in: context.source)
            var end = index + 2
            while let scalar = line[safe: end], CJK.isASCIIDigit(scalar) || ChineseNumerals.isNumeralScalar(scalar) { end += 1 }
            let numberText = line.text(index + 2, end)
            guard end > index + 2, let cited = Int(numberText) ?? ChineseNumerals.value(of: numberText), cited > attachments else { continue }
            let message = attachments == 0
                ? "正文提到“附件\(numberText)”，但文末没有附件说明，请补充附件说明或删去。"
                : "正文提到“附件\(numberText)”，但附件说明只列了 \(attachments) 个附件，请核对。"
            found.append(diagnostic(line.range(index, end, in: context.source), message,
                                    data: ["cited": "\(cited)", "listed": "\(attachments)"]))
        }
        return found
    }

    /// The 印发日期 in “…2024年12月05日印发”, when not written like a 成文日期.
    private func imprintDate(_ textLine: TextLine, _ context: LintContext) -> Diagnostic? {
        guard textLine.text.hasSuffix("印发"), let range = textLine.range else { return nil }
        let line = context.scans.line(range.start.line)
        guard let end = (0..<line.count).last(where: { line.has("印发", at: $0) }) else { return nil }
        var start = end
        while start > 0, !line.scalars[start - 1].properties.isWhitespace { start -= 1 }
        // Start at the year: the organ's name may run into it without a space.
        var year = start
        while year < end, !(CJK.isASCIIDigit(line.scalars[year]) || line.scalars[year] == "二") { year += 1 }
        let written = line.text(year, end)
        let scalars = Array(written.unicodeScalars)
        guard let parts = DateLineParser.arabic(scalars) ?? DateLineParser.chinese(scalars) else { return nil }
        let canonical = "\(parts.year)年\(parts.month)月\(parts.day)日"
        guard written != canonical else { return nil }
        let dateRange = line.range(year, end, in: context.source)
        return diagnostic(dateRange, "印发日期“\(written)”应与成文日期写法一致，写作“\(canonical)”。",
                          data: ["found": written, "expected": canonical],
                          fix: Fix(range: dateRange, replacement: canonical, kind: .mechanical))
    }
}
