/// Rules about a summary's parts, headings, numbering and years.
extension RuleRegistry {
    static let structureRules: [any LintRule.Type] = [
        MissingSectionRule.self,
        EmptySectionRule.self,
        NumberingSequenceRule.self,
        LoneEnumerationRule.self,
        NumberingStyleRule.self,
        YearMismatchRule.self,
        DateFormatRule.self,
        AttachmentNoteRule.self,
    ]
}
