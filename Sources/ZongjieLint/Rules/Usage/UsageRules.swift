extension RuleRegistry {
    /// 规范表述, law titles, GB/T 15834/15835 usage and stated counts (issue 14).
    static let usageRules: [any LintRule.Type] = [
        PoliticalFormulaRule.self,
        LawTitleRule.self,
        PunctuationUsageRule.self,
        NumberUsageRule.self,
        CountClaimRule.self,
    ]
}
