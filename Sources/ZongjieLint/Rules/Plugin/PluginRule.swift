import ZongjieCore
import ZongjieDrafting

/// Runs the lint additions a report type's plugin declares (`lint:` in plugin.yaml):
/// existence, substitution, required, identity and length rules, matched as
/// Chinese substrings. One rule id for all of them, so `.zongjie.yaml` and disable
/// comments switch them off or change their severity together; each finding names
/// its plugin rule in `data.pluginRule`.
public struct PluginRule: LintRule {
    /// The run's dictionary scan (plugin terms matched with the other dictionaries); nil:
    /// each term is searched on its own.
    let dictionary: DictionaryScan?

    public init() { dictionary = nil }

    public init(settings: LintSettings) {
        dictionary = settings.pluginTerms.isEmpty ? nil : settings.dictionary
    }

    public static let description = RuleDescription(
        id: "plugin-rule",
        name: "报告类型自带规则",
        summary: "运行报告类型插件在 plugin.yaml 的 lint 中声明的检查（禁用词、替换词、必须写明的内容和数字、数字合计、字数、比率）。",
        rationale: "每类总结有自己的硬性要求，如政务公开工作总结必须写明主动公开和依申请公开的数字；这些要求随报告类型插件一起维护，不需要改程序。",
        basis: "插件作者在 plugin.yaml 中定义的检查（依据见该插件的说明）",
        severity: .warning,
        triggering: PluginRuleExamples.triggering,
        nonTriggering: PluginRuleExamples.nonTriggering
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for rule in context.reportType.lintRules {
            guard let scope = PluginRuleScope.find(rule.section, in: context) else { continue }
            let check = PluginRuleCheck(rule: rule, scope: scope, context: context, dictionary: dictionary)
            found += check.findings().map { finding in
                var data = finding.data
                data["pluginRule"] = rule.name
                data["plugin"] = context.reportType.id
                return Diagnostic(ruleID: Self.id, severity: rule.severity, range: finding.range, message: finding.message, data: data, fix: finding.fix)
            }
        }
        return found
    }
}

extension PluginRule {
    /// Why some of the type's rules cannot check `context` at all: an `identity` or `rate`
    /// rule whose figures are not found, or a rule whose part the document lacks. `plugin check`
    /// asks this of the plugin's own example draft, where such a rule would be a silent no-op.
    public static func unusedRules(in context: LintContext) -> [(rule: PluginLintRule, reason: String)] {
        var unused: [(PluginLintRule, String)] = []
        for rule in context.reportType.lintRules {
            guard let scope = PluginRuleScope.find(rule.section, in: context) else {
                unused.append((rule, "示例草稿中没有“\(rule.section ?? "")”部分，这条规则无从检查"))
                continue
            }
            if case .identity(let total, let parts) = rule.kind {
                let check = PluginRuleCheck(rule: rule, scope: scope, context: context)
                let missing = ([total] + parts).filter { check.figure(after: $0) == nil }
                if !missing.isEmpty {
                    let labels = missing.map { "“\($0)”" }.joined(separator: "、")
                    unused.append((rule, "示例草稿中找不到紧跟在\(labels)之后的数字（同一分句内、8 字以内），等式永远无法核对"))
                }
            }
            if case .rate(let numerator, let denominator, let percent, _) = rule.kind {
                let check = PluginRuleCheck(rule: rule, scope: scope, context: context)
                let missing = [(numerator, false), (denominator, false), (percent, true)]
                    .filter { check.labelledFigures(after: $0.0, percent: $0.1).isEmpty }
                    .map { labels, isPercent in labels.map { "“\($0)”" }.joined(separator: "或") + (isPercent ? "之后的百分数" : "之后的数字") }
                if !missing.isEmpty {
                    unused.append((rule, "示例草稿中找不到紧跟在\(missing.joined(separator: "、"))（同一分句内、8 字以内），比率永远无法核对"))
                }
            }
            if case .complete(let totals) = rule.kind {
                let check = PluginRuleCheck(rule: rule, scope: scope, context: context)
                if totals.allSatisfy({ check.figure(after: $0) == nil }) {
                    let labels = totals.map { "“\($0)”" }.joined(separator: "或")
                    unused.append((rule, "示例草稿中找不到紧跟在\(labels)之后的数字（同一分句内、8 字以内），这条声明永远不起作用"))
                }
            }
        }
        return unused
    }
}
