/// Examples for `text-table-mismatch`, built on `NianbaoExampleReport` (13 new, 1 carried
/// over, 13 handled of which 8 granted, 1 partly, 1 withheld, 3 unavailable, 1 carried forward;
/// 行政复议 2: 1 upheld, 1 pending).
enum TextTableMismatchRuleExamples {
    static let triggering: [RuleExample] = [
        RuleExample(NianbaoExampleReport.text(prose: "全年共收到政府信息公开申请↓15件，办结13件。")),
        RuleExample(NianbaoExampleReport.text(prose: "办结13件，其中予以公开↓9件，不予公开1件，无法提供↓2件。")),
        RuleExample(NianbaoExampleReport.text(prose: "办结13件，其中予以公开8件（↓60.00%），结转下年度继续办理↓2件。")),
        // A count split by a hard line break, as in PDF text.
        RuleExample(NianbaoExampleReport.text(prose: "全年共收到政府信息公开\n申请↓12件。")),
        // 3 of 13 is 23.08 %, written to two places: 23.07 % is a slip.
        RuleExample(NianbaoExampleReport.text(prose: "办结13件，无法提供3件，占↓23.07%。")),
        // Blank 总计 cells are the sums of their rows: 予以公开 is still 8.
        RuleExample(NianbaoExampleReport.text(prose: "办结13件，其中予以公开↓7件。", changes: [.granted: [6: "-"]])),
        // 复议 and 诉讼 against table 四.
        RuleExample(NianbaoExampleReport.text(prose: "全年发生行政复议↓3件，↓均获维持。")),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(NianbaoExampleReport.text()),
        // Percentages over 办结 (13), new (13) or new plus carried over (14) all pass.
        RuleExample(NianbaoExampleReport.text(prose: "共受理申请14件，其中自然人申请11件；办结13件，予以公开及部分公开9件（69.23%），无法提供3件（23.1%）。")),
        // The listed results add up to the total; 行政复议 2 件, one pending, none corrected.
        RuleExample(NianbaoExampleReport.text(prose: "共答复13件，其中予以公开及部分公开9件，不予公开1件，无法提供3件。行政复议2件，尚未审结1件，未被纠错，已审结的均获维持。")),
        // Counts that are no table figure (other subjects, other units) are left alone.
        RuleExample(NianbaoExampleReport.text(prose: "全年受理网络问政182件，发布信息249条，办理人大建议5件。")),
        RuleExample(NianbaoExampleReport.text(title: "某某区司法局2024年工作总结", prose: "全年共收到政府信息公开申请15件。")),
    ]
}
