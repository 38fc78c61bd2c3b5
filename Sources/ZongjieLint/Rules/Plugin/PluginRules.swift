/// Rules that run a report type's own lint additions (declared under `lint:` in its plugin.yaml).
extension RuleRegistry {
    static let pluginRules: [any LintRule.Type] = [PluginRule.self]
}
