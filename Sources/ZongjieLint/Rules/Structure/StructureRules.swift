/// Rules about a summary's parts, headings, numbering and years.
extension RuleRegistry {
    static let structureRules: [any LintRule.Type] = []
}
