/// Rules that compare the draft with last year's report (`lint --previous`); they find
/// nothing without one.
extension RuleRegistry {
    static let previousRules: [any LintRule.Type] = [
        PreviousReuseRule.self,
        PreviousPlansRule.self,
        PreviousFiguresRule.self,
    ]
}
