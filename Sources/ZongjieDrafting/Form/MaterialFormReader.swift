import ZongjieCore

/// Reads a filled Word material form back into an input. The form's cells are
/// turned into the YAML the same slots would have (every value quoted), which
/// `InputLoader` checks exactly as it checks a YAML file; each problem is then
/// placed at its table row (材料.docx:表2第3行) instead of a line of that YAML.
public enum MaterialFormReader {
    /// The input in `form`; `file` names the form in problems.
    public static func input(_ form: FormDocument, file: String, plugin: Plugin) throws -> DraftInput {
        let manifest = plugin.manifest
        try checkType(form, file: file, manifest: manifest)
        var builder = YAMLBuilder()
        var problems: [SourceProblem] = []
        var sawSlotTable = false
        var current: SlotSpec?
        var lists: [String: ListRows] = [:]
        var order: [String] = []
        for (tableIndex, entry) in form.tables.enumerated() {
            let place = { (row: Int) in "表\(tableIndex + 1)第\(row + 1)行" }
            if let (slot, part) = dataTable(entry.caption, manifest: manifest) {
                sawSlotTable = true
                builder.tables.append((slot, part, entry.table, place))
                continue
            }
            guard isSlotTable(entry.table) else { continue }
            sawSlotTable = true
            for (rowIndex, row) in entry.table.rows.enumerated() {
                let name = row.first.map { FormCell.trimmed($0.text) } ?? ""
                let value = row.count >= 3 ? row[row.count - 1] : FormCell()
                if rowIndex == 0 && name == MaterialFormWriter.header[0] { continue }
                if let slot = manifest.slots.first(where: { MaterialFormWriter.rowName($0, in: manifest) == name || $0.key == name }) {
                    current = slot
                    if !order.contains(slot.key) { order.append(slot.key) }
                    switch slot.type {
                    case .list:
                        // Lines typed into the list's own row: one item each.
                        for line in value.lines.map(FormCell.trimmed) where !line.isEmpty {
                            lists[slot.key, default: ListRows()].add(field: nil, number: nil, lines: [line], place: place(rowIndex), titled: false)
                        }
                    case .table, .nianbaoTables: break
                    default: builder.scalar(slot, cell: value, place: place(rowIndex))
                    }
                    continue
                }
                let item = ItemName(name)
                guard let slot = current, item != nil || name.isEmpty else {
                    if !value.text.isEmpty {
                        problems.append(SourceProblem(file: file, message: "“\(name)”不是\(manifest.name)的填写项，请不要改动“名称”一栏（可用 zongjie input-template --type \(manifest.id) --format docx 重新生成材料表）。", place: place(rowIndex)))
                    }
                    continue
                }
                if slot.type == .list {
                    let titled = slot.titled || item?.field != nil
                    lists[slot.key, default: ListRows()].add(field: item?.field, number: item?.number, lines: value.lines, place: place(rowIndex), titled: titled)
                } else if ![.table, .nianbaoTables].contains(slot.type), !value.text.isEmpty {
                    // A row inserted below a fact continues it.
                    builder.scalar(slot, cell: value, place: place(rowIndex))
                }
            }
        }
        guard sawSlotTable else {
            throw SourceProblems([SourceProblem(file: file, message: "这不是 zongjie 的材料填写表：没有“名称、说明、填写”表格。请用 zongjie input-template --type \(manifest.id) --format docx -o 材料.docx 生成一份再填写。")])
        }
        for key in order {
            guard let slot = manifest.slot(key), let rows = lists[key] else { continue }
            builder.list(slot, rows)
        }
        let (text, places, tableProblems) = builder.yaml(manifest)
        problems += tableProblems.map { SourceProblem(file: file, message: $0.message, place: $0.place) }
        if !problems.isEmpty { throw SourceProblems(problems.map(FormProblemWording.forClerk)) }
        do {
            var input = try InputLoader.load(text, file: file + ".yaml", manifest: manifest)
            // Lines of the YAML made from the form mean nothing to the clerk: later checks (figures
            // that disagree, a date outside the year) name the table row the value was typed in.
            for (key, location) in input.locations {
                let place = location.line >= 1 && location.line <= places.count ? places[location.line - 1] : "材料表"
                input.locations[key] = InputLocation(line: location.line, column: location.column, place: place)
            }
            return input
        } catch let error as SourceProblems {
            throw SourceProblems(error.problems.map { problem in
                let place = problem.line.flatMap { $0 >= 1 && $0 <= places.count ? places[$0 - 1] : nil }
                return SourceProblem(file: file, line: problem.line, message: FormProblemWording.forClerk(problem.message), place: place ?? "材料表")
            })
        }
    }

    /// The form names its type (报告类型：政务公开工作总结（zhengwu-gongkai））; another type's form is refused.
    private static func checkType(_ form: FormDocument, file: String, manifest: PluginManifest) throws {
        guard let line = form.paragraphs.first(where: { $0.hasPrefix(MaterialFormWriter.typeLinePrefix) }),
              let open = line.lastIndex(of: "（"), let close = line.lastIndex(of: "）"), open < close else { return }
        let id = String(line[line.index(after: open)..<close])
        guard id != manifest.id else { return }
        throw SourceProblems([SourceProblem(file: file, message: "这份材料表是报告类型 \(id) 的，与 --type \(manifest.id) 不符。请用 --type \(id)，或用 zongjie input-template --type \(manifest.id) --format docx 生成对应的材料表。")])
    }

    /// A table whose first row reads 名称 | 说明 | 填写.
    private static func isSlotTable(_ table: FormTable) -> Bool {
        guard let first = table.rows.first, first.count >= 3 else { return false }
        return first.prefix(3).map { FormCell.trimmed($0.text) } == MaterialFormWriter.header
    }

    /// The slot (and 年报 sub-table) a table's caption (“表3 主动公开信息分类”) names.
    private static func dataTable(_ caption: String?, manifest: PluginManifest) -> (SlotSpec, NianbaoFormTables.Part?)? {
        guard let caption else { return nil }
        var name = Substring(caption)
        if name.hasPrefix("表") { name = name.drop { $0 != " " && $0 != "\u{3000}" }.drop { $0 == " " || $0 == "\u{3000}" } }
        for slot in manifest.slots where slot.type == .table && name == slot.label { return (slot, nil) }
        for slot in manifest.slots where slot.type == .nianbaoTables && name.hasPrefix(slot.label) {
            if let part = NianbaoFormTables.Part.allCases.first(where: { name.hasSuffix($0.caption) }) { return (slot, part) }
        }
        return nil
    }
}

/// A row name of a list item: 第3条, 第3条 小标题 / 内容 / 要点, or a bare number.
struct ItemName: Equatable {
    enum Field: String { case title = "小标题", text = "内容", points = "要点" }
    var number: Int
    var field: Field?

    init?(_ name: String) {
        var rest = Substring(name.filter { $0 != " " && $0 != "\u{3000}" })
        if rest.hasPrefix("第") { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        if rest.hasPrefix("条") || rest.hasPrefix("项") { rest = rest.dropFirst() }
        if rest.isEmpty {
            field = nil
        } else if let field = Field(rawValue: String(rest)) {
            self.field = field
        } else {
            return nil
        }
        self.number = number
    }
}
