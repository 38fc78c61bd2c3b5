/// Rules about figures: totals, rates and whether there are any.
extension RuleRegistry {
    static let figureRules: [any LintRule.Type] = []
}
