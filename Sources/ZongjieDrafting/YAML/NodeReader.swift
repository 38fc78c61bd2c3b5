import Yams

/// Reads typed values out of a node tree while collecting every problem with
/// its mark, so one pass reports all that is wrong with a file.
final class NodeReader {
    let file: String
    private(set) var problems: [SourceProblem] = []

    init(file: String) {
        self.file = file
    }

    /// Records a problem at `node` (nil: the whole file).
    func report(_ node: Node?, _ message: String) {
        problems.append(SourceProblem(file: file, mark: node?.mark, message: message))
    }

    /// The mapping's pairs; reports and returns [] when `node` is not a mapping.
    func pairs(_ node: Node, what: String) -> [(key: String, keyNode: Node, value: Node)] {
        guard let pairs = node.orderedPairs else {
            report(node, "\(what)应为键值映射（key: value），实际是\(node.kindName)。")
            return []
        }
        return pairs
    }

    /// A string value; reports a non-scalar.
    func string(_ node: Node, what: String) -> String? {
        guard let text = node.rawScalar, !node.isNullScalar else {
            report(node, "\(what)应为文字，实际是\(node.kindName)。")
            return nil
        }
        return text
    }

    /// A boolean written true/false (YAML 1.1 yes/no accepted).
    func bool(_ node: Node, what: String) -> Bool? {
        switch node.rawScalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(node, "\(what)应为 true 或 false，实际是“\(node.rawScalar ?? node.kindName)”。")
            return nil
        }
    }

    /// A whole number.
    func int(_ node: Node, what: String) -> Int? {
        guard let text = node.rawScalar, let value = Int(text) else {
            report(node, "\(what)应为整数，实际是“\(node.rawScalar ?? node.kindName)”。")
            return nil
        }
        return value
    }

    /// A list of strings; a single string is accepted as a one-item list.
    func strings(_ node: Node, what: String) -> [String] {
        if case .sequence(let sequence) = node {
            return sequence.compactMap { string($0, what: what + "的条目") }
        }
        if let text = node.rawScalar, !node.isNullScalar { return [text] }
        report(node, "\(what)应为文字列表，实际是\(node.kindName)。")
        return []
    }

    /// Reports keys of a mapping that are not in `known`, with a did-you-mean.
    func rejectUnknownKeys(_ pairs: [(key: String, keyNode: Node, value: Node)], known: [String], what: String) {
        for pair in pairs where !known.contains(pair.key) {
            var message = "\(what)中没有“\(pair.key)”这一项。"
            if let suggestion = DidYouMean.suggest(pair.key, among: known) {
                message += "是否想写“\(suggestion)”？"
            } else {
                message += "可用的项：\(known.joined(separator: "、"))。"
            }
            report(pair.keyNode, message)
        }
    }
}
