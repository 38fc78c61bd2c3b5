import ArgumentParser
import Foundation
import ZongjieCore
import ZongjieDrafting

extension Zongjie.OutlineCommand {
    /// `zongjie outline show ID`: one outline, readably.
    struct OutlineShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "显示一个报告类型（或基础大纲 annual-summary）的大纲和检查规则。",
            discussion: "退出码：0 已显示；2 未知的 id。"
        )

        @Argument(help: ArgumentHelp("报告类型 id 或中文名称（zongjie types 列出的，如 zhengwu-gongkai 或 政务公开），或基础大纲 id（annual-summary）。", valueName: "类型"))
        var id: String

        @OptionGroup var search: PluginSearchOptions

        func run() throws {
            let catalog = try search.loadCatalog()
            let outlines = try ReportTypeCatalog.builtInOutlines()
            // A type is named as `new --type` names it (id, Chinese name, 事项); a base outline's id
            // counts only when no type has that id.
            let named = outlines[id] != nil && catalog.type(id: id) == nil ? [] : TypeLookup.matches(id, in: catalog)
            if catalog.failure(forType: id) != nil || !named.isEmpty {
                let type: ReportType
                do { type = try catalog.resolveType(id) } catch { throw CLIError(error.description) }
                if let plugin = catalog.plugin(id: type.id) {
                    print("\(plugin.manifest.name)（\(plugin.manifest.id)）的大纲，基于 \(plugin.manifest.outline.extends)：\n")
                    print(OutlineText.render(plugin.outline), terminator: "")
                    print(OutlineText.render(rules: plugin.manifest.lint, outline: plugin.outline), terminator: "")
                    return
                }
            }
            if let outline = outlines[id] {
                print("基础大纲 \(outline.name)（\(outline.id)），报告类型用 outline.extends 引用它：\n")
                print(OutlineText.render(outline), terminator: "")
                return
            }
            let known = catalog.types.map(\.id) + outlines.keys.sorted()
            let guess = DidYouMean.suggest(id, among: known).map { "是否想写“\($0)”？" } ?? ""
            let bases = outlines.values.sorted { $0.id < $1.id }.map { "  \($0.id)\t\($0.name)（基础大纲）" }.joined(separator: "\n")
            throw CLIError("未知的报告类型或大纲“\(id)”。\(guess)可用：\n\(catalog.typeListing)\n\(bases)\n（报告类型也可写中文名称，如 政务公开）")
        }
    }
}

/// An outline and a plugin's lint rules as readable Chinese text.
enum OutlineText {
    static func render(_ outline: Outline) -> String {
        var out = ""
        for (index, section) in outline.sections.enumerated() {
            var flags = [section.required ? "必需" : "可选"]
            if section.minItems > 0 { flags.append("至少 \(section.minItems) 条") }
            out += "\(index + 1). \(section.name) [\(section.key)]  \(flags.joined(separator: "，"))\n"
            if let heading = section.defaultHeading { out += "   起草标题：\(heading)\n" }
            if !section.headings.isEmpty { out += "   可识别的标题：\(section.headings.joined(separator: "、"))\n" }
            if !section.hint.isEmpty { out += "   提示：\(section.hint)\n" }
        }
        return out
    }

    static func render(rules: [PluginLintRule], outline: Outline) -> String {
        guard !rules.isEmpty else { return "\n本类型没有自带检查规则。\n" }
        var out = "\n检查规则（zongjie lint 识别出本类型时运行，规则 id plugin-rule）：\n"
        for rule in rules {
            let scope = rule.section.map { "“\(outline.section($0)?.name ?? $0)”部分" } ?? "全文"
            let what: String
            switch rule.kind {
            case .existence(let terms): what = "不应出现 \(terms.joined(separator: "、"))"
            case .substitution(let swaps):
                what = "替换 " + swaps.map { "\($0.wrong)→\($0.right)" + ($0.except.isEmpty ? "" : "（\($0.except.joined(separator: "、"))除外）") }.joined(separator: "、")
            case .required(let terms, let figure):
                what = (terms.isEmpty ? "须有数字" : "须写到 \(terms.joined(separator: "或"))") + (figure && !terms.isEmpty ? "，并写明数字" : "")
            case .identity(let total, let parts): what = "\(total) = \(parts.joined(separator: " + "))"
            case .length(let minimum, let maximum):
                what = "字数 " + [minimum.map { "不少于 \($0)" }, maximum.map { "不多于 \($0)" }].compactMap { $0 }.joined(separator: "、")
            case .rate(let numerator, let denominator, let percent, let tolerance):
                what = "\(percent.joined(separator: "或")) = \(numerator.joined(separator: "或")) ÷ \(denominator.joined(separator: "或"))"
                    + (tolerance.map { "（允许相差 \($0 == $0.rounded() ? String(Int($0)) : String($0)) 个百分点）" } ?? "")
            case .complete(let totals):
                what = "\(totals.joined(separator: "或"))之后的合计数，其后“其中”所列分项是完整的（sum-mismatch 据此核对分项之和）"
            }
            out += "- \(rule.name)（\(rule.kind.name)，\(rule.severity.rawValue)）：\(scope)\(what)\n"
        }
        return out
    }
}
