import ZongjieCore

/// A change over last year (较上年增长12.5%、同比减少3件) that last year's own figure does not bear out.
public struct PreviousFiguresRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "previous-figures",
        name: "同比与上年数字不符",
        summary: "写作较上年（同比）增减的数字，与上年报告（--previous）中同一指标的数字算不出来；年报还核对表三“上年结转”与上年“结转下年度继续办理”。",
        rationale: """
        “较上年增长12.5%”是审核人员最容易核对的数字：翻开上年的报告一算便知。本规则在“较上年、\
        同比、比上年”之后找增减的数字，在它之前找今年的数字，再在上年报告中找紧挨着同样文字、同样单位\
        的数字，按（今年−上年）÷上年 或 今年−上年 核算；对不上就报告。找不到上年对应数字的不报告。\
        需要用 zongjie lint --previous 上年报告 指定上年的报告。政府信息公开工作年度报告按两年的表格核算：\
        表三“上年结转”每一栏应等于上年年报“结转下年度继续办理”，正文的增减幅度按两年表格的数字核算。
        """,
        basis: "审稿惯例（同比增减按上年报告所载数字核算）；年报：《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）表三",
        severity: .warning,
        triggering: NianbaoPreviousFiguresExamples.triggering + [
            RuleExample("""
            XX局2024年度政务公开工作总结
            全年主动公开政府信息1300条，较上年增长↓15%。受理依申请公开12件，同比减少↓3件。
            """, previous: """
            XX局2023年度政务公开工作总结
            全年主动公开政府信息1200条。受理依申请公开14件。
            """),
        ],
        nonTriggering: NianbaoPreviousFiguresExamples.nonTriggering + [
            RuleExample("""
            XX局2024年度政务公开工作总结
            全年主动公开政府信息1350条，较上年增长12.5%。受理依申请公开12件，同比减少2件。
            """, previous: """
            XX局2023年度政务公开工作总结
            全年主动公开政府信息1200条。受理依申请公开14件。
            """),
            RuleExample("""
            XX局2024年度政务公开工作总结
            全年主动公开政府信息1300条，较上年增长15%。
            """),
        ]
    )

    static let cues: [[Unicode.Scalar]] = ["较上年", "比上年", "较去年", "比去年", "同比", "与上年相比"].map { Array($0.unicodeScalars) }
    static let rises: [[Unicode.Scalar]] = ["增长", "增加", "上升", "提高", "提升", "多"].map { Array($0.unicodeScalars) }
    static let falls: [[Unicode.Scalar]] = ["减少", "下降", "降低", "少"].map { Array($0.unicodeScalars) }

    /// A figure of last year's report with the words just before it.
    private struct Stated {
        var key: String
        var figure: TextFigure
        var line: Int?
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let previous = context.previous else { return [] }
        if NianbaoReport.applies(to: context) { return nianbaoFindings(context, previous: previous) }
        var stated: [Stated] = []
        previous.document.forEachParagraph { paragraph in
            let scalars = Array(paragraph.text.unicodeScalars)
            for figure in ProseFigures.figures(in: scalars) {
                if let key = Self.key(scalars, before: figure.start) {
                    stated.append(Stated(key: key, figure: figure, line: paragraph.range?.start.line))
                }
            }
        }
        guard !stated.isEmpty else { return [] }
        var found: [Diagnostic] = []
        context.document.forEachParagraph { paragraph in
            guard let range = paragraph.range else { return }
            let scalars = Array(paragraph.text.unicodeScalars)
            let figures = ProseFigures.figures(in: scalars)
            for (index, change) in figures.enumerated() {
                guard let (cueStart, sign) = Self.changeCue(scalars, before: change.start) else { continue }
                // This year's figure: the last one before the cue in the same sentence.
                guard let current = figures[..<index].last(where: { $0.end <= cueStart && !Self.sentenceBreak(scalars, $0.end, cueStart) }),
                      !current.isPercent || change.baseUnit == "个百分点",
                      change.isPercent || change.baseUnit == "个百分点" || change.baseUnit == current.baseUnit,
                      let key = Self.key(scalars, before: current.start),
                      let last = stated.first(where: { $0.key == key && $0.figure.baseUnit == current.baseUnit }),
                      last.figure.value != 0,
                      // Figures a report can state; anything else (a pasted digit string) is not checked.
                      [current.value, last.figure.value, change.value].allSatisfy({ $0.isFinite && abs($0) < 1e12 }),
                      change.decimals <= 6 else { continue }
                let actual: Double
                let tolerance: Double
                if change.isPercent {
                    actual = (current.value - last.figure.value) / last.figure.value * 100
                    tolerance = 0.5 * Self.power(-change.decimals) + 1e-9
                } else {
                    actual = current.value - last.figure.value
                    tolerance = 1e-9 + (change.baseUnit == "个百分点" ? 0.5 * Self.power(-change.decimals) : 0)
                }
                guard abs(actual - sign * change.value) > tolerance else { continue }
                let written = String(String.UnicodeScalarView(scalars[cueStart..<change.end]))
                let direction = actual >= 0 ? "增长" : "减少"
                let amount = Self.format(abs(actual), decimals: max(change.decimals, change.isPercent ? 1 : 0)) + (change.isPercent ? "%" : change.unit)
                let place = last.line.map { "第\($0)行" } ?? ""
                let lastText = last.figure.number + last.figure.unit
                let currentText = current.number + current.unit
                found.append(diagnostic(
                    SourceRange(line: range.start.line, startColumn: range.start.column + change.start, endColumn: range.start.column + change.end),
                    "“\(written)”与上年报告不符：上年报告\(place)为\(lastText)，今年为\(currentText)，应为\(direction)\(amount)。请核对今年或上年的数字。",
                    data: ["lastYear": lastText, "thisYear": currentText, "expected": direction + amount]
                ))
            }
        }
        return found
    }

    /// Where a change cue (较上年增长 …) ends right before `start`, and its sign.
    private static func changeCue(_ scalars: [Unicode.Scalar], before start: Int) -> (cueStart: Int, sign: Double)? {
        var end = start
        if end > 0, scalars[end - 1] == "了" { end -= 1 }
        for (words, sign) in [(rises, 1.0), (falls, -1.0)] {
            for word in words where end >= word.count && ProseFigures.has(word, in: scalars, at: end - word.count) {
                var cueEnd = end - word.count
                if cueEnd > 0, scalars[cueEnd - 1] == "，" { cueEnd -= 1 }
                for cue in cues where cueEnd >= cue.count && ProseFigures.has(cue, in: scalars, at: cueEnd - cue.count) {
                    return (cueEnd - cue.count, sign)
                }
            }
        }
        return nil
    }

    /// The up to four Han characters before a figure, past 共/约/达/为 …: what the figure counts.
    private static func key(_ scalars: [Unicode.Scalar], before start: Int) -> String? {
        var end = start
        let fillers: Set<Unicode.Scalar> = ["共", "约", "达", "为", "了", "计", "近", "超", "逾", "到", "至", "有", "是"]
        while end > 0, fillers.contains(scalars[end - 1]) { end -= 1 }
        var begin = end
        while begin > 0, end - begin < 4, scalars[begin - 1].value >= 0x4E00, scalars[begin - 1].value <= 0x9FFF { begin -= 1 }
        guard end - begin >= 2 else { return nil }
        return String(String.UnicodeScalarView(scalars[begin..<end]))
    }

    private static func sentenceBreak(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        scalars[from..<to].contains { $0 == "。" || $0 == "；" || $0 == "！" || $0 == "？" }
    }

    private static func power(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(exponent) { value = exponent < 0 ? value / 10 : value * 10 }
        return value
    }

    private static func format(_ value: Double, decimals: Int) -> String {
        let scale = power(decimals)
        let rounded = (value * scale).rounded() / scale
        if decimals == 0 { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            if have < decimals { text += String(repeating: "0", count: decimals - have) }
        }
        return text
    }
}
