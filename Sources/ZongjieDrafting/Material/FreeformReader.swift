import Yams
import ZongjieCore

/// Reads the `structure:` and `previous_plans:` parts of a material file into typed values,
/// reporting every problem with its file:line:column through the shared `NodeReader`.
enum FreeformReader {
    static let structureKeys = ["title", "opening", "sections", "closing", "signature"]
    static let sectionKeys = ["heading", "run_in", "part", "body", "sections"]
    static let blockKeys = ["lead", "points", "word", "table"]

    static func structure(_ node: Node, reader: NodeReader) -> FreeformStructure {
        var structure = FreeformStructure()
        let pairs = reader.pairs(node, what: "structure")
        reader.rejectUnknownKeys(pairs, known: structureKeys, what: "structure")
        for pair in pairs where !pair.value.isNullScalar {
            switch pair.key {
            case "title": structure.title = reader.string(pair.value, what: "structure.title")
            case "opening": structure.opening = blocks(pair.value, what: "structure.opening", reader: reader)
            case "sections": structure.sections = sections(pair.value, what: "structure.sections", reader: reader)
            case "closing": structure.closing = blocks(pair.value, what: "structure.closing", reader: reader)
            case "signature": structure.signature = signature(pair.value, reader: reader)
            default: break
            }
        }
        return structure
    }

    static func plans(_ node: Node, reader: NodeReader) -> [PlanCheck] {
        guard case .sequence(let items) = node else {
            if !node.isNullScalar { reader.report(node, "previous_plans 应为列表，每条含 plan（上年计划）和 done（完成情况）。") }
            return []
        }
        return items.compactMap { item in
            if let text = item.rawScalar, !item.isNullScalar { return PlanCheck(plan: text) }
            let pairs = reader.pairs(item, what: "previous_plans 的条目")
            reader.rejectUnknownKeys(pairs, known: ["plan", "done"], what: "previous_plans 的条目")
            func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
            guard let planNode = value("plan"), let plan = reader.string(planNode, what: "previous_plans.plan") else {
                reader.report(item, "previous_plans 的每条都要有 plan（上年计划）。")
                return nil
            }
            let done = value("done").flatMap { $0.isNullScalar ? nil : reader.string($0, what: "previous_plans.done") }
            return PlanCheck(plan: plan, done: done.flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    private static func sections(_ node: Node, what: String, reader: NodeReader) -> [FreeformSection] {
        guard case .sequence(let items) = node else {
            reader.report(node, "\(what)应为列表，每项是一个带序号的标题（heading）及其内容。")
            return []
        }
        return items.compactMap { section($0, reader: reader) }
    }

    private static func section(_ node: Node, reader: NodeReader) -> FreeformSection? {
        let pairs = reader.pairs(node, what: "sections 的条目")
        guard !pairs.isEmpty else { return nil }
        reader.rejectUnknownKeys(pairs, known: sectionKeys, what: "sections 的条目")
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        guard let headingNode = value("heading"), let heading = reader.string(headingNode, what: "heading") else {
            reader.report(node, "sections 的每项都要有 heading（带序号的标题，如“（一）组织保障有力。”）。")
            return nil
        }
        guard let marker = NumberingMarker.parse(Substring(heading)), marker.style.headingLevel != nil else {
            reader.report(headingNode, "标题“\(heading)”没有序号。请以 一、（一）1. （1） 等序号开头，如“一、主要工作”；不带序号的文字请写在 body 里。")
            return nil
        }
        return FreeformSection(
            heading: heading, marker: marker,
            runIn: value("run_in").flatMap { $0.isNullScalar ? nil : reader.string($0, what: "run_in") },
            part: value("part").flatMap { $0.isNullScalar ? nil : reader.string($0, what: "part") },
            body: value("body").map { blocks($0, what: "body", reader: reader) } ?? [],
            sections: value("sections").map { $0.isNullScalar ? [] : sections($0, what: "sections", reader: reader) } ?? []
        )
    }

    private static func blocks(_ node: Node, what: String, reader: NodeReader) -> [FreeformBlock] {
        if node.isNullScalar { return [] }
        guard case .sequence(let items) = node else {
            if let text = node.rawScalar { return [.paragraph(text)] }
            reader.report(node, "\(what)应为段落列表。")
            return []
        }
        return items.compactMap { block($0, what: what, reader: reader) }
    }

    private static func block(_ node: Node, what: String, reader: NodeReader) -> FreeformBlock? {
        if let text = node.rawScalar {
            return node.isNullScalar ? nil : .paragraph(text)
        }
        let pairs = reader.pairs(node, what: "\(what)的条目")
        reader.rejectUnknownKeys(pairs, known: blockKeys, what: "\(what)的条目")
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        if let table = value("table") {
            return .table(reader.strings(table, what: "table"))
        }
        guard let pointsNode = value("points") else {
            reader.report(node, "\(what)的条目应为一段文字，或含 points（一是、二是……各点）的映射，或含 table（表格各行）的映射。")
            return nil
        }
        let word = value("word").flatMap { reader.string($0, what: "word") } ?? "是"
        if word != "是" && word != "要" { reader.report(value("word"), "word 只能是“是”（一是、二是）或“要”（一要、二要）。") }
        let lead = value("lead").flatMap { $0.isNullScalar ? nil : reader.string($0, what: "lead") } ?? ""
        return .points(InlinePoints(lead: lead, points: reader.strings(pointsNode, what: "points"), word: word))
    }

    private static func signature(_ node: Node, reader: NodeReader) -> FreeformSignature? {
        let pairs = reader.pairs(node, what: "structure.signature")
        reader.rejectUnknownKeys(pairs, known: ["unit", "date"], what: "structure.signature")
        func value(_ key: String) -> String? {
            pairs.first { $0.key == key }.flatMap { $0.value.isNullScalar ? nil : reader.string($0.value, what: "signature.\(key)") }
        }
        return FreeformSignature(unit: value("unit"), date: value("date"))
    }
}
