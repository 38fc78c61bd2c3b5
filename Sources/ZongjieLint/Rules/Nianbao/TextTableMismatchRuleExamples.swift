/// Examples for `text-table-mismatch`, built on `NianbaoExampleReport` (13 new, 1 carried
/// over, 13 handled of which 8 granted, 1 partly, 1 withheld, 3 unavailable, 1 carried forward).
enum TextTableMismatchRuleExamples {
    static let triggering: [RuleExample] = [
        RuleExample(NianbaoExampleReport.text(prose: "全年共收到政府信息公开申请↓15件，办结13件。")),
        RuleExample(NianbaoExampleReport.text(prose: "办结13件，其中予以公开↓9件，不予公开1件，无法提供↓2件。")),
        RuleExample(NianbaoExampleReport.text(prose: "办结13件，其中予以公开8件（↓60.00%），结转下年度继续办理↓2件。")),
        // A count split by a hard line break, as in PDF text.
        RuleExample(NianbaoExampleReport.text(prose: "全年共收到政府信息公开\n申请↓12件。")),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(NianbaoExampleReport.text()),
        // Percentages over 办结 (13), new (13) or new plus carried over (14) all pass.
        RuleExample(NianbaoExampleReport.text(prose: "共受理申请14件，其中自然人申请11件；办结13件，予以公开及部分公开9件（69.23%），无法提供3件（23.1%）。")),
        // Counts that are no table figure (other subjects, other units) are left alone.
        RuleExample(NianbaoExampleReport.text(prose: "全年受理网络问政182件，发布信息249条，办理人大建议5件。")),
        RuleExample(NianbaoExampleReport.text(title: "某某区司法局2024年工作总结", prose: "全年共收到政府信息公开申请15件。")),
    ]
}
