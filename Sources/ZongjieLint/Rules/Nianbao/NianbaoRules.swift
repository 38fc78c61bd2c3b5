/// Rules for the 政府信息公开工作年度报告: its tables' arithmetic, the prose that quotes them,
/// the format's fixed headings and the statutory deadline.
extension RuleRegistry {
    static let nianbaoRules: [any LintRule.Type] = [
        TableIdentityRule.self,
        TextTableMismatchRule.self,
        HeadingDeviationRule.self,
        ReportDeadlineRule.self,
        TableBlankCellRule.self,
        NianbaoPartsRule.self,
    ]
}
