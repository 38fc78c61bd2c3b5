import ZongjieCore

/// Builds the Word material form (`input-template --format docx`, `--save-input X.docx`):
/// one table per part with a row per slot (名称、说明、填写), list slots as numbered
/// rows (小标题/内容/要点 rows for items with headings), and name–count tables and the
/// 年报 statistics as tables of their own. `MaterialFormReader` reads it back.
public enum MaterialFormWriter {
    static let header = ["名称", "说明", "填写"]
    static let typeLinePrefix = "报告类型："
    /// Empty items a blank form offers, and a filled one adds after the last item.
    static let blankItems = 3
    static let blankTitledItems = 2

    /// The form for `plugin`, filled with `input` when given.
    public static func form(_ plugin: Plugin, input: DraftInput? = nil) -> FormDocument {
        let manifest = plugin.manifest
        var blocks: [FormDocument.Block] = [
            .paragraph("\(manifest.name)材料填写表", style: .title),
            .paragraph("\(typeLinePrefix)\(manifest.name)（\(manifest.id)）", style: .body),
            .paragraph("填写说明：只填“填写”一栏（灰色各栏不用改）；不填的项留空，草稿中以“【待填：…】”占位。"
                + "列表每条占一行，不够时在表格中插入行；一格中可以回车分段。", style: .body),
            .paragraph("填好后运行：zongjie new --type \(manifest.id) --input 本文件.docx -o 总结.docx", style: .body),
        ]
        var number = 0
        for group in MaterialFormLayout(plugin: plugin).groups {
            number += 1
            let partNumber = number
            var rows: [[FormCell]] = [header.map { FormCell(text: $0, isGuide: true) }]
            var extra: [(caption: String, table: FormTable)] = []
            for slot in group.slots {
                let value = input?.values[slot.key]
                switch slot.type {
                case .list:
                    rows += listRows(slot, value: value, manifest: manifest)
                case .table:
                    number += 1
                    rows.append([FormCell(text: rowName(slot, in: manifest), isGuide: true), FormCell(text: guide(slot), isGuide: true), FormCell(text: "（填在表\(number)中）", isGuide: true)])
                    extra.append(("表\(number) \(slot.label)", nameCountTable(slot, value: value)))
                case .nianbaoTables:
                    var tables: [String] = []
                    for part in NianbaoFormTables.Part.allCases {
                        number += 1
                        tables.append("表\(number)")
                        var tablesValue: NianbaoInput?
                        if case .nianbaoTables(let given)? = value { tablesValue = given }
                        extra.append(("表\(number) \(slot.label)：\(part.caption)", NianbaoFormTables.table(part, value: tablesValue)))
                    }
                    rows.append([FormCell(text: rowName(slot, in: manifest), isGuide: true), FormCell(text: guide(slot) + "总计由程序计算，不用填。", isGuide: true),
                                 FormCell(text: "（填在\(tables.joined(separator: "、"))中）", isGuide: true)])
                default:
                    rows.append([FormCell(text: rowName(slot, in: manifest), isGuide: true), FormCell(text: guide(slot), isGuide: true), FormCell(scalarLines(value))])
                }
            }
            blocks.append(.paragraph("表\(partNumber) \(group.title)", style: .caption))
            blocks.append(.table(FormTable(rows: rows, headerRows: 1, columnWeights: [3, 5, 8])))
            for table in extra {
                blocks.append(.paragraph(table.caption, style: .caption))
                blocks.append(.table(table.table))
            }
        }
        return FormDocument(blocks: blocks)
    }

    /// The 名称 of a slot's row: its label, with its key when another slot has the same label.
    static func rowName(_ slot: SlotSpec, in manifest: PluginManifest) -> String {
        manifest.slots.filter { $0.label == slot.label }.count > 1 ? "\(slot.label)（\(slot.key)）" : slot.label
    }

    /// The 说明 of a slot: its kind, unit, whether required, hint and example.
    static func guide(_ slot: SlotSpec) -> String {
        var text = slot.type.chineseName
        if let unit = slot.unit { text += "，单位：\(unit)" }
        text += slot.required ? "，必填。" : "，选填。"
        if !slot.hint.isEmpty { text += slot.hint }
        if let example = slot.example { text += "例：\(example)" }
        return text
    }

    private static func scalarLines(_ value: SlotValue?) -> [String] {
        switch value {
        case .text(let text)?: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .number(_, let written)?: [written]
        case .date(let date)?: [date.chinese]
        default: []
        }
    }

    private static func listRows(_ slot: SlotSpec, value: SlotValue?, manifest: PluginManifest) -> [[FormCell]] {
        var items: [ListItem] = []
        if case .list(let given)? = value { items = given }
        let structured = slot.titled || items.contains { $0.title != nil || !$0.points.isEmpty }
        let how = structured
            ? "每条填“小标题”，再填“内容”（一段话）或“要点”（每段一个要点），两者可只填一项；不够时复制三行插入。"
            : "每行填一条；不够时插入行。也可在本格中逐段填写，每段一条。"
        var rows = [[FormCell(text: rowName(slot, in: manifest), isGuide: true), FormCell(text: guide(slot) + how, isGuide: true), FormCell()]]
        let blanks = items.isEmpty ? (structured ? blankTitledItems : blankItems) : 1
        items += Array(repeating: ListItem(), count: blanks)
        for (index, item) in items.enumerated() {
            let name = "第\(index + 1)条"
            guard structured else {
                rows.append([FormCell(text: name, isGuide: true), FormCell(isGuide: true), FormCell(text: item.text ?? "")])
                continue
            }
            rows.append([FormCell(text: "\(name) 小标题", isGuide: true), FormCell(isGuide: true), FormCell(text: item.title ?? "")])
            rows.append([FormCell(text: "\(name) 内容", isGuide: true), FormCell(isGuide: true), FormCell(text: item.text ?? "")])
            rows.append([FormCell(text: "\(name) 要点", isGuide: true), FormCell(isGuide: true), FormCell(item.points)])
        }
        return rows
    }

    private static func nameCountTable(_ slot: SlotSpec, value: SlotValue?) -> FormTable {
        var rows = [[FormCell(text: "名称", isGuide: true), FormCell(text: "数量" + (slot.unit.map { "（\($0)）" } ?? ""), isGuide: true)]]
        var given: [TableRow] = []
        if case .table(let existing)? = value { given = existing }
        rows += given.map { [FormCell(text: $0.name), FormCell(text: $0.written)] }
        rows += Array(repeating: [FormCell(), FormCell()], count: given.isEmpty ? blankItems : 1)
        return FormTable(rows: rows, headerRows: 1, columnWeights: [3, 1])
    }
}
