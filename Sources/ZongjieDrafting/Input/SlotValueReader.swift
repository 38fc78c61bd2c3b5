import Foundation
import Yams

/// Checks one input node against its slot's type and builds the value.
enum SlotValueReader {
    static func read(_ node: Node, slot: SlotSpec, reader: NodeReader) -> SlotValue? {
        let what = "\(slot.key)（\(slot.label)）"
        switch slot.type {
        case .text, .paragraph:
            guard let text = node.rawScalar else {
                reader.report(node, "\(what)应为一段文字，实际是\(node.kindName)。")
                return nil
            }
            return .text(ChineseTextNormalizer.normalize(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        case .count, .percent, .money, .year:
            return number(node, slot: slot, what: what, reader: reader)
        case .date:
            guard let raw = node.rawScalar, let date = ScalarParsing.date(raw) else {
                reader.report(node, "\(what)应为日期，如 2025-01-10 或 2025年1月10日，实际是“\(node.rawScalar ?? node.kindName)”。")
                return nil
            }
            return .date(date)
        case .list:
            return list(node, what: what, reader: reader)
        case .table:
            return table(node, what: what, unit: slot.unit, reader: reader)
        case .nianbaoTables:
            return NianbaoTablesReader.read(node, what: what, reader: reader).map(SlotValue.nianbaoTables)
        }
    }

    private static func number(_ node: Node, slot: SlotSpec, what: String, reader: NodeReader) -> SlotValue? {
        let raw = node.rawScalar ?? ""
        let expected: String
        switch slot.type {
        case .count: expected = "非负整数（单位：\(slot.unit ?? "个")），如 12"
        case .percent: expected = "百分数（不带 % 也可），如 98.5"
        case .money: expected = "金额数字（单位：\(slot.unit ?? "元")），如 12.8"
        default: expected = "四位年份，如 2024"
        }
        // 862条, 1,262 and 1.2万 are read as people write them; a unit other than the slot's is an error.
        let parsed = node.rawScalar.map { WrittenFigure.parse($0, unit: slot.unit ?? (slot.type == .year ? "年" : nil), allowPercentSign: slot.type == .percent) }
        if case .wrongUnit(let written)? = parsed {
            let wanted = slot.unit.map { "单位应为“\($0)”" } ?? "只写数字"
            reader.report(node, "\(what)写的单位是“\(written)”，与这一项不符：\(wanted)。请核对“\(raw)”是否填错了项。")
            return nil
        }
        guard case .value(let value, let parsedText)? = parsed else {
            reader.report(node, "\(what)应为\(expected)，实际是“\(node.rawScalar ?? node.kindName)”。")
            return nil
        }
        switch slot.type {
        case .count where value < 0 || value != value.rounded():
            reader.report(node, "\(what)应为\(expected)，实际是“\(raw)”。")
            return nil
        case .year where !(1990...2100).contains(value) || value != value.rounded():
            reader.report(node, "\(what)应为\(expected)，实际是“\(raw)”。")
            return nil
        case .money where value < 0:
            reader.report(node, "\(what)不能为负数。")
            return nil
        default:
            break
        }
        var written = parsedText
        // Counts and years read as whole numbers however they were written (36.0 → 36).
        // Int(exactly:) never traps: 1e300 件 (found by fuzzing) keeps its written form.
        if slot.type == .count || slot.type == .year, let whole = Int(exactly: value.rounded(.towardZero)) { written = String(whole) }
        return .number(value, written: written)
    }

    private static func list(_ node: Node, what: String, reader: NodeReader) -> SlotValue? {
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar: items = [node]
        default:
            reader.report(node, "\(what)应为列表（每行以“- ”开头），实际是\(node.kindName)。")
            return nil
        }
        var result: [ListItem] = []
        for item in items {
            if let text = item.rawScalar {
                if !item.isNullScalar { result.append(ListItem(text: ChineseTextNormalizer.normalize(text.trimmingCharacters(in: .whitespacesAndNewlines)))) }
                continue
            }
            guard let pairs = item.orderedPairs else {
                reader.report(item, "\(what)的条目应为一段文字，或含 title、text、points 的映射，实际是\(item.kindName)。")
                continue
            }
            reader.rejectUnknownKeys(pairs, known: ["title", "text", "points"], what: "\(what)的条目")
            var entry = ListItem()
            for pair in pairs where !pair.value.isNullScalar {
                switch pair.key {
                case "title": entry.title = reader.string(pair.value, what: "\(what)条目的 title").map(ChineseTextNormalizer.normalize)
                case "text": entry.text = reader.string(pair.value, what: "\(what)条目的 text").map(ChineseTextNormalizer.normalize)
                case "points":
                    if case .sequence(let points) = pair.value {
                        entry.points = points.filter { !$0.isNullScalar }.compactMap { reader.string($0, what: "\(what)条目的要点") }.map(ChineseTextNormalizer.normalize)
                    } else {
                        entry.points = reader.strings(pair.value, what: "\(what)条目的 points").map(ChineseTextNormalizer.normalize)
                    }
                default: break
                }
            }
            // An item left blank in a filled-in template is no item.
            if entry.title != nil || entry.text != nil || !entry.points.isEmpty { result.append(entry) }
        }
        return result.isEmpty ? nil : .list(result)
    }

    private static func table(_ node: Node, what: String, unit: String?, reader: NodeReader) -> SlotValue? {
        var rows: [TableRow] = []
        func addRow(name: String, countNode: Node) {
            let parsed = countNode.rawScalar.map { WrittenFigure.parse($0, unit: unit, allowPercentSign: false) }
            if case .wrongUnit(let written)? = parsed {
                reader.report(countNode, "\(what)中“\(name)”写的单位是“\(written)”，这张表的单位应为“\(unit ?? "")”。")
                return
            }
            guard case .value(let value, let written)? = parsed, value >= 0 else {
                reader.report(countNode, "\(what)中“\(name)”的数量应为非负数字，实际是“\(countNode.rawScalar ?? countNode.kindName)”。")
                return
            }
            rows.append(TableRow(name: ChineseTextNormalizer.normalize(name), count: value, written: written))
        }
        if let pairs = node.orderedPairs {
            for pair in pairs { addRow(name: pair.key, countNode: pair.value) }
            return .table(rows)
        }
        guard case .sequence(let items) = node else {
            reader.report(node, "\(what)应为表格：每行写“名称: 数量”，或列表中每项含 name 和 count。")
            return nil
        }
        for item in items {
            guard let pairs = item.orderedPairs else {
                reader.report(item, "\(what)的每行应含 name 和 count。")
                continue
            }
            reader.rejectUnknownKeys(pairs, known: ["name", "count"], what: "\(what)的行")
            guard let nameNode = pairs.first(where: { $0.key == "name" })?.value, let name = reader.string(nameNode, what: "name"),
                  let countNode = pairs.first(where: { $0.key == "count" })?.value else {
                reader.report(item, "\(what)的每行应含 name 和 count。")
                continue
            }
            addRow(name: name, countNode: countNode)
        }
        return .table(rows)
    }
}
