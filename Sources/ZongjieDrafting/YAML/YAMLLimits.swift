import CYaml
import Yams

/// Bounds on a YAML (or JSON) document checked on libyaml's event stream before
/// Yams builds the node tree: how many nodes it has once aliases are expanded
/// ("billion laughs": nine aliases of nine aliases of … is tiny as text,
/// astronomical as a tree, and Yams hashes alias keys in full) and how deeply
/// it nests (Yams composes recursively). Linear in the text.
public enum YAMLLimits {
    /// Nodes after expanding every alias; real inputs and manifests have a few hundred.
    public static let maxExpandedNodes = 100_000
    /// Nested collections; real inputs nest four deep at most.
    public static let maxDepth = 64

    /// Throws a located problem (`SourceProblems`) when `text` passes a limit; syntax errors are left to the parser.
    public static func check(_ text: String, file: String, kind: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            try scan(&parser, file: file, kind: kind)
        }
    }

    private static func scan(_ parser: inout yaml_parser_t, file: String, kind: String) throws {
        var sizes: [String: Int] = [:]   // expanded size of each anchored node
        var open: [(count: Int, anchor: String?)] = []
        var total = 0
        func add(_ size: Int, at mark: yaml_mark_t) throws {
            if open.isEmpty { total += size } else { open[open.count - 1].count += size }
            let current = total + open.reduce(0) { $0 + $1.count }
            if size > maxExpandedNodes || current > maxExpandedNodes {
                throw problem(file, mark, "\(kind) 中的别名（*）展开后超过 \(maxExpandedNodes) 个节点，像是“十亿笑声”式的别名炸弹，已拒绝读取。请直接写出内容，不要层层引用锚点（&）。")
            }
        }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                // libyaml's own nesting limit (1000) can trip in its look-ahead before our events get that deep.
                if let text = parser.problem.map({ String(cString: $0) }), text.contains("nesting level") {
                    throw problem(file, parser.problem_mark, depthMessage(kind))
                }
                return
            }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_SCALAR_EVENT:
                if let anchor = event.data.scalar.anchor { sizes[String(cString: anchor)] = 1 }
                try add(1, at: mark)
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                try add(sizes[name] ?? 1, at: mark)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                open.append((1, anchor.map { String(cString: $0) }))
                if open.count > maxDepth {
                    throw problem(file, mark, depthMessage(kind))
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = open.popLast() else { continue }
                if let anchor = frame.anchor { sizes[anchor] = frame.count }
                try add(frame.count, at: mark)
            default:
                continue
            }
        }
    }

    private static func depthMessage(_ kind: String) -> String {
        "\(kind) 嵌套超过 \(maxDepth) 层，已拒绝读取。材料文件和插件清单最多只需几层缩进或括号，请检查是否多写了括号或缩进。"
    }

    private static func problem(_ file: String, _ mark: yaml_mark_t, _ message: String) -> SourceProblems {
        SourceProblems([SourceProblem(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message)])
    }
}
