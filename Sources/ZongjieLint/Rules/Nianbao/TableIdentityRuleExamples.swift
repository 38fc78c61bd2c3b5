import ZongjieCore

/// Examples for `table-identity`, built on `NianbaoExampleReport`.
enum TableIdentityRuleExamples {
    static let triggering: [RuleExample] = [
        // A part cell: its row total and its column's （七）总计 both disagree → that cell.
        RuleExample(NianbaoExampleReport.text(changes: [.granted: [0: "↓7"]])),
        // A row total.
        RuleExample(NianbaoExampleReport.text(changes: [.received: [6: "↓14"]])),
        // （七）总计 itself.
        RuleExample(NianbaoExampleReport.text(changes: [.resultTotal: [0: "↓11"]])),
        // 一 + 二 ≠ （七） + 四 in two columns whose row still adds up: no single cell explains it.
        RuleExample(NianbaoExampleReport.text(changes: [.carriedForward: [0: "↓2", 6: "↓2"]])),
        // A table-四 block total.
        RuleExample(NianbaoExampleReport.text(appealChanges: [.review: [4: "↓3"]])),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(NianbaoExampleReport.text()),
        // Not an annual disclosure report: the tables are not checked.
        RuleExample(NianbaoExampleReport.text(title: "某某区司法局2024年工作总结", changes: [.granted: [0: "7"]])),
        // Pipe rows with legal-person zeros left blank, as saved web pages have them: blank reads as 0.
        RuleExample(NianbaoExampleReport.text(pipesWithBlankZeros: true)),
    ]
}
