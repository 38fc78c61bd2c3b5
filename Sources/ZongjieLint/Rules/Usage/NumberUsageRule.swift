import ZongjieCore

/// Numbers written against GB/T 15835—2011, GB/T 15834—2011 and GB/T 9704—2012: ranges with
/// a hyphen (3-5次, 2026-2027年), two-digit years (26年), 号 for 日 (4月1号), zero-padded
/// months and days (2026年01月05日), 发文字号 with 第 or a leading zero (〔2026〕第05号).
public struct NumberUsageRule: LintRule {
    let dictionary: DictionaryScan

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        dictionary = settings.dictionary
    }

    public static let description = RuleDescription(
        id: "number-usage",
        name: "数字用法",
        summary: "数值范围用了短横线（3-5次→3～5次，2026-2027年→2026—2027年）、年份简写（26年）、日期写“号”（4月1号）、月日编虚位（01月05日）、发文字号加“第”或编虚位（〔2026〕第05号）。",
        rationale: """
        GB/T 15834—2011 规定标示时间、地域的起止用一字线“—”，标示数值范围用浪纹线“～”，短横线“-”只用于\
        编号、型号和年月日的数字写法（2011-02-15）；GB/T 15835—2011 要求年份写全（2026年，不写26年）、\
        日期写“日”；GB/T 9704—2012 要求发文字号的顺序号不加“第”、不编虚位。短横线、号、虚位和发文字号可用 \
        --fix 自动修改；年份简写的补全是推测（20××年），只有 --fix-wording 才会应用。\
        表、图编号（表2-8）、电话号码和“2026-01-05”这类纯数字日期不报告；落款成文日期由 date-format 检查。
        """,
        basis: "GB/T 15834—2011 4.13（连接号：一字线标时间起止，浪纹线标数值范围）；GB/T 15835—2011（年份不简写，日期用“日”）；GB/T 9704—2012 7.2.4（发文顺序号不加“第”、不编虚位）",
        severity: .warning,
        triggering: [
            RuleExample("每月开展检查3↓-5次，1↓-10月完成投资12亿元。"),
            RuleExample("印发《行动计划（2026↓-2027年）》《建设方案（2023↓-2025）》，↓26年12月底前完成。"),
            RuleExample("于4月1↓号召开会议，2026年↓01月↓05日印发。"),
            RuleExample("印发《实施方案》（X政办〔2026〕↓第05号）。"),
        ],
        nonTriggering: [
            RuleExample("每月开展检查3～5次，2026—2027年完成，1—10月完成投资12亿元。"),
            RuleExample("见表2-8，联系电话0577-88842603，S3-5线路，日期2026-01-05。"),
            RuleExample("连续12年度考核优秀，工作26年，于4月1日召开会议，印发（X政办〔2026〕5号），XX路8号。"),
        ],
        corrections: [
            RuleCorrection("开展检查3-5次，2026-2027年完成，4月1号召开。", "开展检查3～5次，2026—2027年完成，4月1日召开。"),
            RuleCorrection("2026年01月05日印发（X政办〔2026〕第05号）。", "2026年1月5日印发（X政办〔2026〕5号）。"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        let signatureLine = context.document.signature?.date?.range?.start.line
        var found: [Diagnostic] = []
        // Only lines holding one of the triggers (a hyphen, 号, 〕, 年0 …) are read.
        let triggers = (dictionary.marks.lowerBound + UsageMarks.numberTriggersStart)..<dictionary.marks.upperBound
        let yearTriggers = (dictionary.marks.lowerBound + UsageMarks.yearTriggersStart)..<dictionary.marks.upperBound
        var lineNumbers: [Int] = []
        // Matches come by end and none spans a line break: line numbers never decrease.
        for match in dictionary.matches(.marks, in: context) where triggers.contains(match.pattern) {
            // 年度, 年1 … lead to a finding only after a year of two digits (26年度); most
            // follow a full year (2026年度) and their line is not read for them.
            if yearTriggers.contains(match.pattern), TextAround.asciiDigits(before: match.start, in: context.source, upTo: 3) != 2 { continue }
            let number = context.source.lineNumber(containing: match.start)
            if lineNumbers.last != number { lineNumbers.append(number) }
        }
        for number in lineNumbers {
            let line = context.scans.line(number)
            var index = 0
            while index < line.count {
                let scalar = line.scalars[index]
                if Self.isHyphen(scalar) {
                    if let finding = hyphenRange(line, at: index, context) { found.append(finding) }
                } else if scalar == "年" {
                    if let finding = shortYear(line, at: index, context) { found.append(finding) }
                } else if scalar == "号" {
                    if let finding = dayAsHao(line, at: index, context) { found.append(finding) }
                } else if scalar == "〕" {
                    if let finding = documentNumber(line, at: index, context) { found.append(finding) }
                } else if (scalar == "月" || scalar == "日") && line.number != signatureLine {
                    if let finding = paddedDatePart(line, at: index, context) { found.append(finding) }
                }
                index += 1
            }
        }
        return found
    }

    /// - － –: a switch, not a set, since it is asked of every scalar of a line read (hashing
    /// each scalar cost more than the rest of the rule).
    @inline(__always)
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "－", "–": true
        default: false
        }
    }
    /// Units after which a range is one of time (一字线), not of amount (浪纹线).
    static let timeUnits: Set<Unicode.Scalar> = ["年", "月", "日", "时"]
    /// Before a number: 表2-8 and 图3-1 are figure numbers.
    static let numberedThings: Set<Unicode.Scalar> = ["表", "图", "号", "第"]

    /// The digits ending just before `end` (a %, ％ or decimal point allowed inside).
    private func numberStart(_ line: ScalarLine, endingBefore end: Int) -> Int {
        var start = end
        if let last = line[safe: start - 1], last == "%" || last == "％" { start -= 1 }
        while let before = line[safe: start - 1], CJK.isASCIIDigit(before) || (before == "." && line[safe: start - 2].map(CJK.isASCIIDigit) == true) { start -= 1 }
        return start
    }

    private func hyphenRange(_ line: ScalarLine, at index: Int, _ context: LintContext) -> Diagnostic? {
        let leftStart = numberStart(line, endingBefore: index)
        guard leftStart < index, let firstLeft = line[safe: leftStart], CJK.isASCIIDigit(firstLeft) else { return nil }
        var rightEnd = index + 1
        while let next = line[safe: rightEnd], CJK.isASCIIDigit(next) || (next == "." && line[safe: rightEnd + 1].map(CJK.isASCIIDigit) == true) { rightEnd += 1 }
        guard rightEnd > index + 1 else { return nil }
        if let next = line[safe: rightEnd], next == "%" || next == "％" { rightEnd += 1 }
        // A code, phone number or numeric date (0577-88842603, 2026-01-05, S3-5): not a range.
        if let before = line[safe: leftStart - 1] {
            if CJK.isASCIILetter(before) || Self.isHyphen(before) || before == "." || before == "/" || Self.numberedThings.contains(before) { return nil }
        }
        // Two four-digit years (（2023-2025）) are a span of time even with no 年 after them.
        let isYearSpan = index - leftStart == 4 && rightEnd - index == 5
            && [line.text(leftStart, index), line.text(index + 1, rightEnd)].allSatisfy { (1990...2100).contains(Int($0) ?? 0) }
            && line[safe: rightEnd].map { CJK.isASCIIDigit($0) || Self.isHyphen($0) || CJK.isASCIILetter($0) } != true
        let unit = line[safe: rightEnd]
        guard isYearSpan || unit.map(CJK.isIdeograph) == true || line[safe: rightEnd - 1] == "%" || line[safe: rightEnd - 1] == "％" else { return nil }
        let isTime = isYearSpan || unit.map { Self.timeUnits.contains($0) } == true
        let dash: Unicode.Scalar = isTime ? "—" : "～"
        let range = line.range(index, index + 1, in: context.source)
        let written = line.text(leftStart, rightEnd)
        let message = isTime
            ? "时间起止“\(written)”应用一字线“—”连接（如“2026—2027年”“1—10月”），不用短横线。"
            : "数值范围“\(written)”应用浪纹线“～”连接（如“3～5次”），不用短横线。"
        return diagnostic(range, message, data: ["found": String(line.scalars[index]), "expected": String(dash)],
                          fix: Fix(range: range, replacement: String(dash), kind: .mechanical))
    }

    /// Words before NN年 that make it a span of years (连续12年度, 近10年), not a year.
    static let spanWords: Set<Unicode.Scalar> = ["续", "近", "第", "满", "共", "约", "达", "超", "逾", "余", "去"]

    /// 26年12月, 26年度, 26年底: a year written with two digits.
    private func shortYear(_ line: ScalarLine, at index: Int, _ context: LintContext) -> Diagnostic? {
        guard index >= 2, CJK.isASCIIDigit(line.scalars[index - 1]), CJK.isASCIIDigit(line.scalars[index - 2]) else { return nil }
        if let before = line[safe: index - 3] {
            if CJK.isASCIIDigit(before) || CJK.isASCIILetter(before) || Self.spanWords.contains(before) || before == "." || Self.isHyphen(before) { return nil }
        }
        let after = line[safe: index + 1]
        let isYear: Bool
        switch after {
        case "度", "底", "初", "末": isYear = true
        case let scalar? where CJK.isASCIIDigit(scalar):
            var end = index + 1
            while let next = line[safe: end], CJK.isASCIIDigit(next) { end += 1 }
            isYear = end - index <= 3 && line[safe: end] == "月"
        default: isYear = line.has("上半年", at: index + 1) || line.has("下半年", at: index + 1)
        }
        guard isYear else { return nil }
        let digits = line.text(index - 2, index)
        let century = (Int(digits) ?? 0) <= 50 ? "20" : "19"
        let range = line.range(index - 2, index, in: context.source)
        return diagnostic(range, "年份应写全称：“\(digits)年”应为“\(century)\(digits)年”。",
                          data: ["found": digits, "expected": century + digits],
                          fix: Fix(range: range, replacement: century + digits, kind: .wording))
    }

    /// Words after N号 that make it a name (5号线, 1号楼, 3号令, 12号文件), not a day.
    static let numberedNames: Set<Unicode.Scalar> = ["线", "楼", "令", "文", "院", "机", "馆", "门", "库", "台", "桥", "窗"]

    /// 4月1号: a day written with 号.
    private func dayAsHao(_ line: ScalarLine, at index: Int, _ context: LintContext) -> Diagnostic? {
        var start = index
        while let before = line[safe: start - 1], CJK.isASCIIDigit(before), index - start < 2 { start -= 1 }
        guard start < index, line[safe: start - 1] == "月", let monthDigit = line[safe: start - 2], CJK.isASCIIDigit(monthDigit) else { return nil }
        if let after = line[safe: index + 1], Self.numberedNames.contains(after) { return nil }
        let range = line.range(index, index + 1, in: context.source)
        return diagnostic(range, "日期中的“\(line.text(start, index))号”应写作“\(line.text(start, index))日”。",
                          data: ["found": "号", "expected": "日"], fix: Fix(range: range, replacement: "日", kind: .mechanical))
    }

    /// 2026年01月05日: a month or day with a leading zero (the 落款 date is date-format's).
    private func paddedDatePart(_ line: ScalarLine, at index: Int, _ context: LintContext) -> Diagnostic? {
        guard index >= 2, line.scalars[index - 2] == "0", let digit = line[safe: index - 1], CJK.isASCIIDigit(digit), digit != "0" else { return nil }
        if let before = line[safe: index - 3], CJK.isASCIIDigit(before) { return nil }
        // Only inside a date: 年0N月 or 月0N日.
        let expected: Unicode.Scalar = line.scalars[index] == "月" ? "年" : "月"
        guard line[safe: index - 3] == expected else { return nil }
        let range = line.range(index - 2, index - 1, in: context.source)
        return diagnostic(range, "日期中的月、日不编虚位：“0\(digit)\(line.scalars[index])”应为“\(digit)\(line.scalars[index])”。",
                          data: ["found": "0\(digit)", "expected": String(digit)], fix: Fix(range: range, replacement: "", kind: .mechanical))
    }

    /// 〔2026〕第05号: the sequence number takes no 第 and no leading zero.
    private func documentNumber(_ line: ScalarLine, at index: Int, _ context: LintContext) -> Diagnostic? {
        guard index >= 5, line.scalars[index - 5] == "〔", (1...4).allSatisfy({ CJK.isASCIIDigit(line.scalars[index - $0]) }) else { return nil }
        var start = index + 1
        let hasDi = line[safe: start] == "第"
        if hasDi { start += 1 }
        var end = start
        while let next = line[safe: end], CJK.isASCIIDigit(next) { end += 1 }
        guard end > start, line[safe: end] == "号" else { return nil }
        let digits = line.text(start, end)
        let number = String(Int(digits) ?? 0)
        guard hasDi || number != digits, number != "0" else { return nil }
        let range = line.range(index + 1, end, in: context.source)
        let written = line.text(index + 1, end + 1)
        return diagnostic(range, "发文字号的顺序号不加“第”、不编虚位：“\(written)”应为“\(number)号”。",
                          data: ["found": written, "expected": number + "号"], fix: Fix(range: range, replacement: number, kind: .mechanical))
    }
}
