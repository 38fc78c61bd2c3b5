/// Rules about wording, punctuation, placeholders and pasted residue.
extension RuleRegistry {
    static let contentRules: [any LintRule.Type] = [
        PlaceholderRule.self,
        WordingRule.self,
        RepeatedWordRule.self,
        PunctuationWidthRule.self,
        CJKSpacingRule.self,
        LatinInCJKRule.self,
        ResidueRule.self,
        DuplicateParagraphRule.self,
        TypoRule.self,
    ]
}
