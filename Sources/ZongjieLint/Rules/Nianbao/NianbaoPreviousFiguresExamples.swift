import ZongjieCore

/// Examples for `previous-figures`: this year is `NianbaoExampleReport` (13 new, 1 carried
/// over in 自然人); last year carried 1 forward in 自然人 and received 10.
enum NianbaoPreviousFiguresExamples {
    static let lastYear = NianbaoExampleReport.text(
        title: "某某区司法局2023年政府信息公开工作年度报告",
        changes: [.received: [0: "7", 6: "10"]]
    )

    static let triggering: [RuleExample] = [
        // Last year carried 2 forward (自然人), this year says 1 was carried over.
        RuleExample(NianbaoExampleReport.text(changes: [.carriedOver: [0: "↓1"]]),
                    previous: NianbaoExampleReport.text(title: "某某区司法局2023年政府信息公开工作年度报告", changes: [.carriedForward: [0: "2", 6: "2"]])),
        // 10 → 13 is 增长 30%, not 25%.
        RuleExample(NianbaoExampleReport.text(prose: "全年共收到政府信息公开申请13件，较上年增长↓25%。"), previous: lastYear),
        RuleExample(NianbaoExampleReport.text(prose: "全年共收到政府信息公开申请13件，同比减少↓3件。"), previous: lastYear),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(NianbaoExampleReport.text(prose: "全年共收到政府信息公开申请13件，较上年增长30%，同比增加3件。"), previous: lastYear),
        // Without last year's report there is nothing to compare.
        RuleExample(NianbaoExampleReport.text(prose: "全年共收到政府信息公开申请13件，较上年增长25%。")),
    ]
}
