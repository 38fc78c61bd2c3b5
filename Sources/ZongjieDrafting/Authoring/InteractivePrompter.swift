import Foundation

/// Asks for each slot on a terminal (or piped stdin): label, hint and default
/// are shown, answers are checked against the slot's type and asked again
/// when wrong, lists are entered item by item. End of input stops the questions.
public struct InteractivePrompter {
    public var manifest: PluginManifest
    /// Values shown as defaults (from --input, --unit, --year); kept when the answer is empty.
    public var defaults: DraftInput
    private var ended = false

    public init(manifest: PluginManifest, defaults: DraftInput = DraftInput()) {
        self.manifest = manifest
        self.defaults = defaults
    }

    /// Runs the questions; `readLine` returns nil at end of input, `write` shows prompts.
    public mutating func run(readLine: () -> String?, write: (String) -> Void) -> DraftInput {
        var result = defaults
        write("开始填写“\(manifest.name)”的材料。直接回车表示保留默认值或跳过；缺少的内容会以“【待填：…】”占位。\n")
        for slot in manifest.slots {
            if ended { break }
            var kind = slot.type.chineseName
            if let unit = slot.unit { kind += "，单位：\(unit)" }
            write("\n\(slot.label)（\(kind)，\(slot.required ? "必填" : "选填")）\n")
            if !slot.hint.isEmpty { write("  提示：\(slot.hint)\n") }
            switch slot.type {
            case .list:
                if let items = askList(slot, existing: defaults.values[slot.key], readLine: readLine, write: write) {
                    result.values[slot.key] = .list(items)
                }
            case .table:
                if let rows = askTable(slot, existing: defaults.values[slot.key], readLine: readLine, write: write) {
                    result.values[slot.key] = .table(rows)
                }
            case .nianbaoTables:
                // 25 rows × 7 columns is no dialogue: the tables come from the input file.
                write("  统计表数字较多，请在材料文件中填写（格式见 zongjie input-template），此处跳过。\n")
                if let existing = defaults.values[slot.key] { result.values[slot.key] = existing }
            default:
                if let value = askScalar(slot, existing: defaults.values[slot.key], readLine: readLine, write: write) {
                    result.values[slot.key] = value
                }
            }
        }
        return result
    }

    private mutating func line(_ readLine: () -> String?) -> String? {
        guard let text = readLine() else {
            ended = true
            return nil
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private mutating func askScalar(_ slot: SlotSpec, existing: SlotValue?, readLine: () -> String?, write: (String) -> Void) -> SlotValue? {
        let shown = existing.map(Self.describe) ?? slot.example.map { "例：\($0)" }
        while true {
            write("\(slot.label)\(shown.map { "［\($0)］" } ?? "")：")
            guard let answer = line(readLine) else { return existing }
            if answer.isEmpty { return existing }
            if let value = Self.parse(answer, slot: slot) { return value }
            write("  输入有误：\(slot.label)应为\(Self.expectation(slot))，请重新输入。\n")
        }
    }

    private mutating func askList(_ slot: SlotSpec, existing: SlotValue?, readLine: () -> String?, write: (String) -> Void) -> [ListItem]? {
        var items: [ListItem] = []
        if case .list(let old)? = existing { write("  已有 \(old.count) 条；直接回车保留，输入新内容则重新填写。\n") }
        write(slot.titled ? "  逐条填写：先写小标题，再逐行写要点；小标题处直接回车结束。\n" : "  逐条填写，每行一条；直接回车结束。\n")
        while !ended {
            let number = items.count + 1
            write(slot.titled ? "第\(number)条小标题：" : "第\(number)条：")
            guard let answer = line(readLine), !answer.isEmpty else { break }
            guard slot.titled else {
                items.append(ListItem(text: ChineseTextNormalizer.normalize(answer)))
                continue
            }
            var item = ListItem(title: ChineseTextNormalizer.normalize(answer))
            while !ended {
                write("  要点\(item.points.count + 1)（直接回车结束本条）：")
                guard let point = line(readLine), !point.isEmpty else { break }
                item.points.append(ChineseTextNormalizer.normalize(point))
            }
            items.append(item)
        }
        if items.isEmpty, case .list(let old)? = existing { return old }
        return items.isEmpty ? nil : items
    }

    private mutating func askTable(_ slot: SlotSpec, existing: SlotValue?, readLine: () -> String?, write: (String) -> Void) -> [TableRow]? {
        var rows: [TableRow] = []
        write("  逐行填写名称和数量；名称处直接回车结束。\n")
        while !ended {
            write("第\(rows.count + 1)行名称：")
            guard let name = line(readLine), !name.isEmpty else { break }
            while !ended {
                write("  “\(name)”的数量\(slot.unit.map { "（\($0)）" } ?? "")：")
                guard let answer = line(readLine) else { break }
                if let value = ScalarParsing.number(answer, allowPercentSign: false), value >= 0 {
                    rows.append(TableRow(name: name, count: value, written: ScalarParsing.normalizedDigits(answer)))
                    break
                }
                write("  输入有误：数量应为非负数字，请重新输入。\n")
            }
        }
        if rows.isEmpty, case .table(let old)? = existing { return old }
        return rows.isEmpty ? nil : rows
    }

    /// The value of an answer, or nil when it does not fit the slot's type.
    static func parse(_ answer: String, slot: SlotSpec) -> SlotValue? {
        switch slot.type {
        case .text, .paragraph: return .text(ChineseTextNormalizer.normalize(answer))
        case .date: return ScalarParsing.date(answer).map(SlotValue.date)
        case .count, .percent, .money, .year:
            guard let value = ScalarParsing.number(answer, allowPercentSign: slot.type == .percent) else { return nil }
            if slot.type == .count, value < 0 || value != value.rounded() { return nil }
            if slot.type == .year, !(1990...2100).contains(value) || value != value.rounded() { return nil }
            if slot.type == .money, value < 0 { return nil }
            var written = ScalarParsing.normalizedDigits(answer)
            if written.hasSuffix("%") { written.removeLast() }
            if slot.type == .count || slot.type == .year { written = String(Int(value)) }
            return .number(value, written: written)
        case .list, .table, .nianbaoTables: return nil
        }
    }

    static func expectation(_ slot: SlotSpec) -> String {
        switch slot.type {
        case .count: "非负整数，如 12"
        case .percent: "百分数，如 98.5"
        case .money: "金额数字，如 12.8"
        case .year: "四位年份，如 2024"
        case .date: "日期，如 2025-01-10 或 2025年1月10日"
        default: "文字"
        }
    }

    static func describe(_ value: SlotValue) -> String {
        switch value {
        case .text(let text): text
        case .number(_, let written): written
        case .date(let date): date.chinese
        case .list(let items): "\(items.count)条"
        case .table(let rows): "\(rows.count)行"
        case .nianbaoTables: "统计表"
        }
    }
}
