import Yams

/// Parses YAML (and JSON, which libyaml reads as YAML) into a node tree that
/// keeps every node's mark, turning syntax errors into a located problem.
public enum YAMLDocument {
    /// The root node of `text`; an empty document gives an empty mapping.
    /// - Parameters:
    ///   - file: the name shown in problems.
    ///   - kind: "YAML" or "JSON", named in the message.
    public static func parse(_ text: String, file: String, kind: String = "YAML") throws -> Node {
        try YAMLLimits.check(text, file: file, kind: kind)
        do {
            guard let node = try Yams.compose(yaml: text) else { return Node.mapping(Node.Mapping([])) }
            return node
        } catch let error as YamlError {
            throw SourceProblems([problem(for: error, file: file, kind: kind, text: text)])
        }
    }

    /// A located, Chinese message for a libyaml error (the caret snippet is kept).
    static func problem(for error: YamlError, file: String, kind: String, text: String) -> SourceProblem {
        switch error {
        case let .scanner(context, problem, mark, yaml),
             let .parser(context, problem, mark, yaml),
             let .composer(context, problem, mark, yaml):
            var message = "\(kind) 格式错误：" + YAMLErrorGloss.chinese(problem)
            if let context { message += "（\(context.text)，见第\(context.mark.line)行第\(context.mark.column)列）" }
            message += "。请检查该处的缩进、冒号、引号和括号是否成对。\n" + mark.snippet(from: yaml)
            return SourceProblem(file: file, mark: mark, message: message)
        case let .reader(problem, offset, _, _):
            return SourceProblem(file: file, message: "\(kind) 无法读取：\(problem)\(offset.map { "（字节偏移 \($0)）" } ?? "")。请确认文件是 UTF-8 编码。")
        case let .duplicatedKeysInMapping(duplicates, context):
            // libyaml marks the mapping; point at the repeated key itself when it can be found.
            let place = duplicates.first.flatMap { secondOccurrence(of: $0, in: text, after: context.mark.line) }
            return SourceProblem(file: file, line: place?.line ?? context.mark.line, column: place?.column ?? context.mark.column,
                                 message: "键重复：\(duplicates.joined(separator: "、"))。每个键只能出现一次，请删去多余的一处。")
        default:
            return SourceProblem(file: file, message: "\(kind) 格式错误：\(error)")
        }
    }
}

extension YAMLDocument {
    /// Line and column of the second line (from `firstLine` on) that starts with `key:` or `"key":`.
    static func secondOccurrence(of key: String, in text: String, after firstLine: Int) -> (line: Int, column: Int)? {
        var seen = 0
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset + 1 >= firstLine {
            let scalars = Array(line.unicodeScalars)
            var start = 0
            while start < scalars.count, scalars[start] == " " || scalars[start] == "-" || scalars[start] == "{" || scalars[start] == "," { start += 1 }
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            guard rest.hasPrefix(key + ":") || rest.hasPrefix("\"" + key + "\"") || rest.hasPrefix(key + " :") else { continue }
            seen += 1
            if seen == 2 { return (offset + 1, start + 1) }
        }
        return nil
    }
}

extension Node {
    /// The scalar text exactly as written (so `yes` stays "yes", `2024-01-05` stays a string).
    var rawScalar: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// Whether the node is a plain `null` / `~` / empty scalar.
    var isNullScalar: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Key/value pairs of a mapping with string keys, in document order.
    var orderedPairs: [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = self else { return nil }
        return mapping.map { pair in (pair.key.rawScalar ?? "\(pair.key)", pair.key, pair.value) }
    }

    /// A short Chinese name of the node's kind, for "expected X, found Y" messages.
    var kindName: String {
        switch self {
        case .scalar: isNullScalar ? "空值" : "单个值"
        case .mapping: "键值映射"
        case .sequence: "列表"
        case .alias: "别名"
        }
    }
}
