/// Rules that check a .docx's layout; they find nothing in plain-text input.
extension RuleRegistry {
    static let docxRules: [any LintRule.Type] = [DocxLayoutRule.self, DocxPendingReviewRule.self]
}
