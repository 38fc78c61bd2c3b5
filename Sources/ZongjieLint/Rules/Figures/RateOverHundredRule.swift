import ZongjieCore

/// A rate whose numerator is part of its denominator (办结率, 满意率…) stated above 100 %.
public struct RateOverHundredRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "rate-over-100",
        name: "比率超过100%",
        summary: "办结率、答复率、满意率这类比率超过了100%（收到3件，办结5件，办结率166.67%）。",
        rationale: """
        办结率、答复率、满意率、覆盖率、合格率等比率的分子是分母的一部分（办结的件数出自收到的件数），\
        不会超过100%；写成166.67%，多半是分子分母颠倒、把上年结转算进了办结数，或数字抄错。规则只看\
        紧挨在这些比率词（可隔“为、达、达到、是、均为”或冒号）之后、大于100的百分数。增长率、增幅、\
        同比增长等可以超过100%，完成率、执行率常有超额完成（完成率112%），都不检查。
        """,
        basis: "审稿惯例（部分占整体的比率不超过100%）",
        severity: .error,
        triggering: [
            RuleExample("全年收到申请3件，办结5件，办结率↓166.67%。"),
            RuleExample("群众满意率达↓102%，按时答复率为↓125%。"),
            RuleExample("重点人群疫苗接种覆盖率：↓105.3%。"),
        ],
        nonTriggering: [
            RuleExample("全年收到申请5件，办结5件，办结率100%。"),
            RuleExample("工业投资同比增长150%，增长率为120%，增幅达135%。"),
            RuleExample("年度目标任务完成率112%，预算执行率101.2%。"),
            RuleExample("收到申请3件，办结率【待核对：超过100%】166.67%。"),
        ]
    )

    /// Every finding is a percentage after a word ending in 率.
    static let prefilter = LinePrefilter.both(.anyTerm(["率"]), .anyTerm(["%", "％"]))

    /// Rates whose numerator is counted within their denominator. Matched as the end of the
    /// word before the figure, so 按时办结率 and 群众满意率 are found through 办结率 and 满意率.
    static let boundedRates = [
        "办结率", "答复率", "回复率", "办理率", "受理率", "满意率", "好评率", "知晓率", "覆盖率",
        "合格率", "达标率", "公开率", "参与率", "出席率", "出勤率", "参保率", "入学率", "接种率",
        "整改率", "销号率", "化解率", "解决率", "成功率", "结案率", "审结率", "及时率", "准确率",
        "正确率", "通过率", "签收率", "反馈率", "采纳率",
    ]

    /// Words that may stand between the rate and its figure.
    static let connectives = ["均达到", "均为", "均达", "达到", "为", "达", "是", "：", ":"]

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in ScalarLine.lines(in: context, holding: Self.prefilter) {
            for figure in FigureScanner.figures(in: line) where figure.isPercent && figure.value > 100 {
                guard let rate = boundedRate(line, before: figure.start) else { continue }
                found.append(diagnostic(
                    line.range(figure.start, figure.end, in: context.source),
                    "\(rate)为\(FigureMath.format(figure.value))%，超过了100%：\(rate)的分子是分母的一部分，不会超过100%，请核对计算所用的两个数字。",
                    data: ["rate": rate, "percent": FigureMath.format(figure.value)]
                ))
            }
        }
        return found
    }

    /// The bounded rate word right before scalar `start`, allowing one connective between.
    private func boundedRate(_ line: ScalarLine, before start: Int) -> String? {
        var index = start
        for word in Self.connectives where line.has(word, endingAt: index) {
            index -= word.unicodeScalars.count
            break
        }
        return Self.boundedRates.first { line.has($0, endingAt: index) }
    }
}
