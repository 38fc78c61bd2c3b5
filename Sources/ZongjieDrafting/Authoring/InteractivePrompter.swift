import Foundation

/// Asks for each slot on a terminal (or piped stdin): label, hint and default
/// are shown, answers are checked against the slot's type and asked again
/// when wrong, lists are entered item by item. A paragraph may be pasted over
/// several lines (an empty line ends it); `上一题` or `<` goes back one question;
/// `onChange` sees the answers after every question, so a caller can save them
/// as they come. End of input stops the questions.
public struct InteractivePrompter {
    public var manifest: PluginManifest
    /// Values shown as defaults (from --input, --unit, --year); kept when the answer is empty.
    public var defaults: DraftInput
    /// Called with all answers so far after every question (and every list item).
    public var onChange: ((DraftInput) -> Void)?
    private var ended = false
    private var answers = DraftInput()

    /// What a reply asks for besides an answer.
    static let backWords: Set<String> = ["<", "上一题", "＜"]

    public init(manifest: PluginManifest, defaults: DraftInput = DraftInput(), onChange: ((DraftInput) -> Void)? = nil) {
        self.manifest = manifest
        self.defaults = defaults
        self.onChange = onChange
    }

    private enum Step { case next, back }

    /// Runs the questions; `readLine` returns nil at end of input, `write` shows prompts.
    public mutating func run(readLine: () -> String?, write: (String) -> Void) -> DraftInput {
        answers = defaults
        write("开始填写“\(manifest.name)”的材料。直接回车表示保留默认值或跳过；输入“上一题”或“<”回到上一题；缺少的内容会以“【待填：…】”占位。\n")
        var index = 0
        while index < manifest.slots.count, !ended {
            let slot = manifest.slots[index]
            var kind = slot.type.chineseName
            if let unit = slot.unit { kind += "，单位：\(unit)" }
            write("\n\(slot.label)（\(kind)，\(slot.required ? "必填" : "选填")）\n")
            if !slot.hint.isEmpty { write("  提示：\(slot.hint)\n") }
            let step: Step
            switch slot.type {
            case .list: step = askList(slot, readLine: readLine, write: write)
            case .table: step = askTable(slot, readLine: readLine, write: write)
            case .nianbaoTables:
                // 25 rows × 7 columns is no dialogue: the tables come from the input file.
                write("  统计表数字较多，请在材料文件中填写（格式见 zongjie input-template），此处跳过。\n")
                step = .next
            default: step = askScalar(slot, readLine: readLine, write: write)
            }
            if step == .back {
                // Back over the questions that are not asked (the 年报 tables) to the last one that was.
                var previous = index - 1
                while previous >= 0, manifest.slots[previous].type == .nianbaoTables { previous -= 1 }
                if previous < 0 { write("  已是第一题。\n") } else { index = previous }
                continue
            }
            onChange?(answers)
            index += 1
        }
        return answers
    }

    private mutating func line(_ readLine: () -> String?) -> String? {
        guard let text = readLine() else {
            ended = true
            return nil
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private mutating func set(_ slot: SlotSpec, _ value: SlotValue?) {
        answers.values[slot.key] = value
        onChange?(answers)
    }

    private mutating func askScalar(_ slot: SlotSpec, readLine: () -> String?, write: (String) -> Void) -> Step {
        let existing = answers.values[slot.key]
        let shown = existing.map(Self.describe) ?? slot.example.map { "例：\($0)" }
        let multiLine = slot.type == .paragraph
        while true {
            write("\(slot.label)\(shown.map { "［\($0)］" } ?? "")\(multiLine ? "（可多行粘贴，以空行结束）" : "")：")
            guard var answer = line(readLine) else { return .next }
            if Self.backWords.contains(answer) { return .back }
            if answer.isEmpty { return .next }
            // A pasted paragraph arrives as several lines: they are one answer, up to an empty line.
            while multiLine, let more = line(readLine), !more.isEmpty { answer += more }
            if let value = Self.parse(answer, slot: slot) {
                answers.values[slot.key] = value
                return .next
            }
            write("  输入有误：\(slot.label)应为\(Self.expectation(slot))，请重新输入。\n")
        }
    }

    private mutating func askList(_ slot: SlotSpec, readLine: () -> String?, write: (String) -> Void) -> Step {
        var items: [ListItem] = []
        var keeping: [ListItem] = []
        if case .list(let old)? = answers.values[slot.key] {
            keeping = old
            write("  已有 \(old.count) 条：\n")
            for (number, item) in old.enumerated() { write("    \(number + 1). \(Self.describe(item))\n") }
            write("  直接回车保留以上各条；输入“+”在后面添加；输入新内容则全部替换。\n")
        }
        write(slot.titled ? "  逐条填写：先写小标题，再逐行写要点；小标题处直接回车结束。\n" : "  逐条填写，每行一条；直接回车结束。\n")
        while !ended {
            write(slot.titled ? "第\(items.count + 1)条小标题：" : "第\(items.count + 1)条：")
            guard let answer = line(readLine) else { break }
            if Self.backWords.contains(answer) {
                // Back one question: the last item typed, or the question before the list.
                if items.isEmpty { return .back }
                items.removeLast()
                set(slot, .list(items))
                continue
            }
            if answer.isEmpty { break }
            if answer == "+" || answer == "＋", items.isEmpty, !keeping.isEmpty {
                items = keeping
                write("  接着第\(items.count)条添加。\n")
                continue
            }
            guard slot.titled else {
                items.append(ListItem(text: ChineseTextNormalizer.normalize(answer)))
                set(slot, .list(items))
                continue
            }
            var item = ListItem(title: ChineseTextNormalizer.normalize(answer))
            while !ended {
                write("  要点\(item.points.count + 1)（直接回车结束本条）：")
                guard let point = line(readLine), !point.isEmpty else { break }
                if Self.backWords.contains(point) {
                    if !item.points.isEmpty { item.points.removeLast() }
                    continue
                }
                item.points.append(ChineseTextNormalizer.normalize(point))
                set(slot, .list(items + [item]))
            }
            items.append(item)
            set(slot, .list(items))
        }
        if items.isEmpty { set(slot, keeping.isEmpty ? nil : .list(keeping)) }
        return .next
    }

    private mutating func askTable(_ slot: SlotSpec, readLine: () -> String?, write: (String) -> Void) -> Step {
        var rows: [TableRow] = []
        var keeping: [TableRow] = []
        if case .table(let old)? = answers.values[slot.key] {
            keeping = old
            write("  已有 \(old.count) 行：\(old.map { "\($0.name) \($0.written)" }.joined(separator: "；"))\n  直接回车保留；输入新内容则全部替换。\n")
        }
        write("  逐行填写名称和数量；名称处直接回车结束。\n")
        while !ended {
            write("第\(rows.count + 1)行名称：")
            guard let name = line(readLine), !name.isEmpty else { break }
            if Self.backWords.contains(name) {
                if rows.isEmpty { return .back }
                rows.removeLast()
                continue
            }
            while !ended {
                write("  “\(name)”的数量\(slot.unit.map { "（\($0)）" } ?? "")：")
                guard let answer = line(readLine) else { break }
                if let value = ScalarParsing.number(answer, allowPercentSign: false), value >= 0 {
                    rows.append(TableRow(name: name, count: value, written: ScalarParsing.normalizedDigits(answer)))
                    set(slot, .table(rows))
                    break
                }
                write("  输入有误：数量应为非负数字，请重新输入。\n")
            }
        }
        if rows.isEmpty { set(slot, keeping.isEmpty ? nil : .table(keeping)) }
        return .next
    }
}
