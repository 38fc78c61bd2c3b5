import Yams
import ZongjieCore

/// Decodes a `kind: rate` lint rule: the words before the numerator, the denominator and
/// the stated percentage, and an optional tolerance in percentage points.
enum PluginRateDecoder {
    static func decode(name: String, node: Node, value: (String) -> Node?, _ reader: NodeReader) -> PluginLintRule.Kind? {
        let what = "lint[\(name)]"
        let roles = [("numerator", "分子（如“已办结”）"), ("denominator", "分母（如“收到申请”）"), ("percent", "比率（如“办结率”）")]
        var labels: [String: [String]] = [:]
        for (key, meaning) in roles {
            guard let labelNode = value(key) else {
                reader.report(node, "检查规则“\(name)”（rate）缺少 \(key)：\(meaning)前面的词，数字紧跟其后。")
                continue
            }
            labels[key] = PluginLintDecoder.terms(labelNode, what: "\(what).\(key)", parent: node, required: true, reader)
        }
        guard let numerator = labels["numerator"], let denominator = labels["denominator"], let percent = labels["percent"] else { return nil }
        if let shared = numerator.first(where: denominator.contains), let denominatorNode = value("denominator") {
            reader.report(denominatorNode, "\(what) 的分子和分母都用了“\(shared)”，比率永远是 100%。请给分母写另一个词。")
            return nil
        }
        var tolerance: Double?
        if let toleranceNode = value("tolerance") {
            guard let text = toleranceNode.rawScalar, let parsed = Double(text), parsed >= 0, parsed < 100 else {
                reader.report(toleranceNode, "\(what).tolerance 应为 0 到 100 之间的数（允许相差的百分点，如 0.1），实际是“\(toleranceNode.rawScalar ?? toleranceNode.kindName)”。")
                return nil
            }
            tolerance = parsed
        }
        return .rate(numerator: numerator, denominator: denominator, percent: percent, tolerance: tolerance)
    }
}
