import Foundation
import ZongjieCore
import ZongjieLint

/// Text for `zongjie rules`: a table of all rules, or one rule in full.
enum RuleListing {
    /// One line per rule: id, severity, name, summary.
    static func table(_ rules: [RuleDescription]) -> String {
        let idWidth = rules.map { $0.id.count }.max() ?? 0
        var out = ""
        for rule in rules {
            let padding = String(repeating: " ", count: idWidth - rule.id.count)
            let severity = rule.severity.label.padding(toLength: 7, withPad: " ", startingAt: 0)
            out += "\(rule.id)\(padding)  \(severity)  \(rule.name)：\(rule.summary)\n"
        }
        out += "共 \(rules.count) 条规则。用 zongjie rules <id> 查看说明和示例。\n"
        return out
    }

    /// Description, rationale and examples of one rule (↓ marks where a finding starts).
    static func detail(_ rule: RuleDescription) -> String {
        var out = "\(rule.id)（\(rule.name)）\n默认级别：\(rule.severity.label)\n\n\(rule.summary)\n\n理由：\(rule.rationale)\n"
        if !rule.basis.isEmpty { out += "依据：\(rule.basis)\n" }
        out += "\n会报告的写法（↓ 标出问题所在）：\n"
        for example in rule.triggering { out += indent(example.text) + "\n\n" }
        if let docxExample = DocxRuleExample.output(for: rule.id) {
            out += "    （只能在 Word 文件中发现。例：正文改成宋体小四、字体未声明替代字体的 总结.docx）\n" + indent(docxExample) + "\n\n"
        }
        out += "\n不会报告的写法：\n"
        for example in rule.nonTriggering { out += indent(example.text) + "\n\n" }
        if !rule.corrections.isEmpty {
            out += "\n自动修复（--fix）：\n"
            for correction in rule.corrections {
                out += indent(correction.before) + "  →\n" + indent(correction.after) + "\n"
            }
        }
        return out
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    " + $0 }
            .joined(separator: "\n")
    }
}
