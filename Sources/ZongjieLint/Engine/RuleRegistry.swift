/// Every rule zongjie has. Listed by hand (no generated or mutable registry);
/// a test checks ids are unique and every rule file is listed.
public enum RuleRegistry {
    public static let all: [any LintRule.Type] = structureRules + contentRules + usageRules + figureRules + nianbaoRules + docxRules + pluginRules + previousRules

    /// The rule with `id`, if any.
    public static func rule(id: String) -> (any LintRule.Type)? {
        all.first { $0.description.id == id }
    }
}
