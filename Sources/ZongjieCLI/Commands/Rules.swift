import ArgumentParser
import Foundation
import ZongjieLint

extension Zongjie {
    /// `zongjie rules [ID]`: lists every lint rule, or explains one with its examples.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "列出全部检查规则，或查看某条规则的说明和示例。"
        )

        @Argument(help: ArgumentHelp("规则 id（省略则列出全部）。", valueName: "ID"))
        var id: String?

        func run() throws {
            guard let id else {
                print(RuleListing.table(RuleRegistry.all.map { $0.description }), terminator: "")
                return
            }
            guard let rule = RuleRegistry.rule(id: id) else {
                let known = RuleRegistry.all.map { $0.description.id }.joined(separator: "、")
                throw LintCommandError(description: "未知的规则“\(id)”。可用的规则：\(known)")
            }
            print(RuleListing.detail(rule.description), terminator: "")
        }
    }
}
