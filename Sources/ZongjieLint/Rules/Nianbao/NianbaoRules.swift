/// Rules for the 政府信息公开工作年度报告: its tables' arithmetic and the prose that quotes them.
extension RuleRegistry {
    static let nianbaoRules: [any LintRule.Type] = [
        TableIdentityRule.self,
        TextTableMismatchRule.self,
    ]
}
