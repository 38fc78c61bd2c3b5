import Foundation
import Yams
import ZongjieCore

/// Decodes the `lint:` list of a plugin.yaml into `PluginLintRule`s. A rule of an
/// unknown kind, or one that could never match (an empty term, min > max, a swap
/// to the same text …), is a problem with its line and column, never a silent no-op.
enum PluginLintDecoder {
    static let commonKeys = ["name", "kind", "section", "message", "level"]
    static let kindKeys: [String: [String]] = [
        "existence": ["terms"],
        "substitution": ["swap", "except"],
        "required": ["terms", "figure"],
        "identity": ["total", "parts"],
        "length": ["min", "max"],
        "rate": ["numerator", "denominator", "percent", "tolerance"],
        "complete": ["totals"],
    ]

    /// The rules in `node` (a list); problems go to `reader`.
    static func decode(_ node: Node, _ reader: NodeReader) -> [PluginLintRule] {
        guard case .sequence(let items) = node else {
            reader.report(node, "lint 应为列表，每项是一条检查规则（kind: existence、substitution、required、identity、length、rate 或 complete）。")
            return []
        }
        var rules: [PluginLintRule] = []
        var names: Set<String> = []
        for item in items {
            guard let rule = decodeRule(item, reader) else { continue }
            if !names.insert(rule.name).inserted {
                reader.report(item, "检查规则名称“\(rule.name)”重复。每条规则的 name 必须不同。")
                continue
            }
            rules.append(rule)
        }
        return rules
    }

    private static func decodeRule(_ node: Node, _ reader: NodeReader) -> PluginLintRule? {
        let pairs = reader.pairs(node, what: "lint 的条目")
        guard !pairs.isEmpty else { return nil }
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        guard let nameNode = value("name"), let name = reader.string(nameNode, what: "lint.name"), !name.isEmpty else {
            reader.report(node, "每条检查规则都要有 name（规则名称，出现在检查结果中，如“依申请公开数字”）。")
            return nil
        }
        guard let kindNode = value("kind"), let kindName = reader.string(kindNode, what: "lint[\(name)].kind") else {
            reader.report(node, "检查规则“\(name)”缺少 kind（可选：\(PluginLintRule.Kind.names.joined(separator: "、"))）。")
            return nil
        }
        guard let ownKeys = kindKeys[kindName] else {
            let guess = DidYouMean.suggest(kindName, among: PluginLintRule.Kind.names).map { "是否想写“\($0)”？" } ?? ""
            reader.report(kindNode, "检查规则“\(name)”的 kind“\(kindName)”未知。\(guess)可选：\(PluginLintRule.Kind.names.joined(separator: "、"))。")
            return nil
        }
        reader.rejectUnknownKeys(pairs, known: commonKeys + ownKeys, what: "检查规则“\(name)”（kind: \(kindName)）")
        let what = "lint[\(name)]"
        var severity = Severity.warning
        if let levelNode = value("level"), let level = reader.string(levelNode, what: "\(what).level") {
            if let parsed = Severity(rawValue: level) { severity = parsed } else {
                reader.report(levelNode, "\(what).level 只能是 error、warning 或 info，而不是“\(level)”。")
            }
        }
        let problemsBefore = reader.problems.count
        guard let kind = decodeKind(kindName, name: name, node: node, value: value, reader) else { return nil }
        guard reader.problems.count == problemsBefore else { return nil }
        var rule = PluginLintRule(name: name, kind: kind, severity: severity, line: node.mark?.line, column: node.mark?.column)
        if let sectionNode = value("section"), let section = reader.string(sectionNode, what: "\(what).section") {
            rule.section = section
            rule.sectionLine = sectionNode.mark?.line
            rule.sectionColumn = sectionNode.mark?.column
        }
        if let messageNode = value("message") {
            rule.message = reader.string(messageNode, what: "\(what).message")
        }
        return rule
    }

    private static func decodeKind(_ kindName: String, name: String, node: Node, value: (String) -> Node?, _ reader: NodeReader) -> PluginLintRule.Kind? {
        let what = "lint[\(name)]"
        switch kindName {
        case "existence":
            guard let terms = terms(value("terms"), what: "\(what).terms", parent: node, required: true, reader) else { return nil }
            return .existence(terms: terms)
        case "substitution":
            guard let swapNode = value("swap") else {
                reader.report(node, "检查规则“\(name)”（substitution）缺少 swap：写成“错误写法: 正确写法”的键值映射。")
                return nil
            }
            guard let pairs = swapNode.orderedPairs, !pairs.isEmpty else {
                reader.report(swapNode, "\(what).swap 应为非空的键值映射，每行“错误写法: 正确写法”。")
                return nil
            }
            var swaps: [PluginLintRule.Swap] = []
            for pair in pairs {
                guard let right = reader.string(pair.value, what: "\(what).swap[\(pair.key)]") else { continue }
                if pair.key.trimmingCharacters(in: .whitespaces).isEmpty {
                    reader.report(pair.keyNode, "\(what).swap 中的错误写法为空，永远不会匹配。请写出要替换的词。")
                } else if pair.key == right {
                    reader.report(pair.keyNode, "\(what).swap 中“\(pair.key)”替换为它自己，永远不会产生结果。请写出不同的正确写法。")
                } else {
                    swaps.append(PluginLintRule.Swap(wrong: pair.key, right: right))
                }
            }
            return .substitution(swaps: withExceptions(swaps, value("except"), what: what, reader))
        case "required":
            var figure = false
            if let figureNode = value("figure") { figure = reader.bool(figureNode, what: "\(what).figure") ?? false }
            let termNode = value("terms")
            if termNode == nil && !figure {
                reader.report(node, "检查规则“\(name)”（required）要写明 terms（须出现的词，任一即可）或 figure: true（须写明数字），或两者都写。")
                return nil
            }
            guard let terms = terms(termNode, what: "\(what).terms", parent: node, required: false, reader) else { return nil }
            return .required(terms: terms, figure: figure)
        case "identity":
            guard let totalNode = value("total"), let total = reader.string(totalNode, what: "\(what).total") else {
                reader.report(node, "检查规则“\(name)”（identity）缺少 total：合计数前面的词，如“收到申请”。")
                return nil
            }
            if total.trimmingCharacters(in: .whitespaces).isEmpty {
                reader.report(totalNode, "\(what).total 为空，永远不会匹配。请写出合计数前面的词。")
                return nil
            }
            guard let parts = terms(value("parts"), what: "\(what).parts", parent: node, required: true, reader) else { return nil }
            if let partsNode = value("parts"), parts.contains(total) {
                reader.report(partsNode, "\(what).parts 中含有合计项“\(total)”本身，等式永远不成立。请只列分项。")
                return nil
            }
            return .identity(total: total, parts: parts)
        case "length":
            let minimum = value("min").flatMap { reader.int($0, what: "\(what).min") }
            let maximum = value("max").flatMap { reader.int($0, what: "\(what).max") }
            if value("min") == nil && value("max") == nil {
                reader.report(node, "检查规则“\(name)”（length）要写明 min（最少字数）或 max（最多字数）。")
                return nil
            }
            if let minimum, minimum < 0, let node = value("min") {
                reader.report(node, "\(what).min 不能为负数。")
                return nil
            }
            if let maximum, maximum <= 0, let node = value("max") {
                reader.report(node, "\(what).max 应为正整数（\(maximum) 使任何有内容的部分都不合格）。")
                return nil
            }
            if let minimum, let maximum, minimum > maximum, let node = value("min") {
                reader.report(node, "\(what).min（\(minimum)）大于 max（\(maximum)），任何文字都不可能满足。请调整字数范围。")
                return nil
            }
            return .length(min: minimum, max: maximum)
        case "rate":
            return PluginRateDecoder.decode(name: name, node: node, value: value, reader)
        case "complete":
            guard let totals = terms(value("totals"), what: "\(what).totals", parent: node, required: true, reader) else { return nil }
            return .complete(totals: totals)
        default:
            return nil
        }
    }

    /// `swaps` with the `except:` terms that hold their wrong form; an exception holding no
    /// wrong form could never apply and is reported.
    private static func withExceptions(_ swaps: [PluginLintRule.Swap], _ node: Node?, what: String, _ reader: NodeReader) -> [PluginLintRule.Swap] {
        guard let node, let exceptions = terms(node, what: "\(what).except", parent: node, required: true, reader) else { return swaps }
        for exception in exceptions {
            if swaps.contains(where: { $0.wrong == exception }) {
                reader.report(node, "\(what).except 中的“\(exception)”就是错误写法本身，会使这条替换永远不报告。例外应写包含错误写法的更长的词，如“政协建议案”。")
            } else if !swaps.contains(where: { exception.contains($0.wrong) }) {
                let wrongs = swaps.map { "“\($0.wrong)”" }.joined(separator: "、")
                reader.report(node, "\(what).except 中的“\(exception)”不含任何错误写法（\(wrongs)），永远不起作用。例外应写包含错误写法的更长的词，如“政协建议案”。")
            }
        }
        return swaps.map { swap in
            var swap = swap
            swap.except = exceptions.filter { $0.contains(swap.wrong) && $0 != swap.wrong }
            return swap
        }
    }

    /// A non-empty list of non-empty terms; nil after reporting when it is not one.
    static func terms(_ node: Node?, what: String, parent: Node, required: Bool, _ reader: NodeReader) -> [String]? {
        guard let node else {
            if required { reader.report(parent, "缺少 \(what)：要匹配的词的列表。") }
            return required ? nil : []
        }
        let terms = reader.strings(node, what: what)
        if terms.isEmpty {
            reader.report(node, "\(what) 为空列表，永远不会匹配。请至少写一个词。")
            return nil
        }
        if terms.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            reader.report(node, "\(what) 中有空词，空词永远不会匹配（或处处匹配）。请删去它。")
            return nil
        }
        return terms
    }

    /// Problems with rules' `section:` keys that the resolved outline lacks.
    static func sectionProblems(_ rules: [PluginLintRule], outline: Outline, file: String) -> [SourceProblem] {
        rules.compactMap { rule in
            guard let section = rule.section, outline.section(section) == nil else { return nil }
            let keys = outline.sections.map(\.key)
            let guess = DidYouMean.suggest(section, among: keys).map { "是否想写“\($0)”？" } ?? ""
            return SourceProblem(file: file, line: rule.sectionLine ?? rule.line, column: rule.sectionColumn ?? rule.column,
                                 message: "检查规则“\(rule.name)”的 section“\(section)”不是本类型大纲中的部分，规则永远不会匹配。\(guess)可用：\(keys.joined(separator: "、"))。")
        }
    }
}
