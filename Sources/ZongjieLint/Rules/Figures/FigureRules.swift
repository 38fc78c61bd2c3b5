/// Rules about figures: totals, rates and whether there are any.
extension RuleRegistry {
    static let figureRules: [any LintRule.Type] = [
        SumMismatchRule.self,
        RateMismatchRule.self,
        RateOverHundredRule.self,
        NoFiguresRule.self,
    ]
}

extension RuleRegistry {
    /// The rules that scan text and figures (content + figure rules), for tests and tools that run them alone.
    public static var contentAndFigureRules: [any LintRule.Type] { contentRules + figureRules }
}
