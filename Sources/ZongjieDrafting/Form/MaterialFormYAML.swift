import ZongjieCore

/// The items of one list slot as its form rows give them, in order.
struct ListRows {
    struct Item {
        var number: Int?
        var plain: String?
        var title: String?
        var text: String?
        var points: [String] = []
        var place: String
    }

    private(set) var items: [Item] = []

    /// One row's lines: a plain item, a titled item (first line the heading, the rest points),
    /// or one field of a titled item; a field already set, or another number, starts the next item.
    mutating func add(field: ItemName.Field?, number: Int?, lines: [String], place: String, titled: Bool) {
        let lines = lines.map(FormCell.trimmed).filter { !$0.isEmpty }
        guard let first = lines.first else { return }
        guard let field else {
            if titled {
                items.append(Item(number: number, title: first, points: Array(lines.dropFirst()), place: place))
            } else {
                items.append(Item(number: number, plain: lines.joined(), place: place))
            }
            return
        }
        let last = items.last
        let taken = switch field {
        case .title: last?.title != nil
        case .text: last?.text != nil
        case .points: last?.points.isEmpty == false
        }
        if last == nil || last?.plain != nil || last?.number != number || taken {
            items.append(Item(number: number, place: place))
        }
        switch field {
        case .title: items[items.count - 1].title = lines.joined()
        case .text: items[items.count - 1].text = lines.joined()
        case .points: items[items.count - 1].points = lines
        }
    }
}

/// The YAML a form's values make, one place (表2第3行) per line.
struct YAMLBuilder {
    private var scalars: [String: (text: String, place: String)] = [:]
    private var lists: [String: ListRows] = [:]
    var tables: [(slot: SlotSpec, part: NianbaoFormTables.Part?, table: FormTable, place: (Int) -> String)] = []

    mutating func scalar(_ slot: SlotSpec, cell: FormCell, place: String) {
        let lines = cell.lines.map(FormCell.trimmed).filter { !$0.isEmpty }
        guard !lines.isEmpty else { return }
        // Paragraphs typed into a paragraph slot stay paragraphs; a line of text is one line.
        let separator = slot.type == .paragraph ? "\n" : ""
        if let old = scalars[slot.key] {
            scalars[slot.key] = (old.text + separator + lines.joined(separator: separator), old.place)
        } else {
            scalars[slot.key] = (lines.joined(separator: separator), place)
        }
    }

    mutating func list(_ slot: SlotSpec, _ rows: ListRows) {
        lists[slot.key] = rows
    }

    /// The YAML text in manifest order, and the place of each of its lines.
    func yaml(_ manifest: PluginManifest) -> (text: String, places: [String], problems: [(place: String, message: String)]) {
        var lines: [(line: String, place: String)] = []
        func quoted(_ text: String) -> String { QuotedString.json(text) }
        var problems: [(String, String)] = []
        for slot in manifest.slots {
            if let scalar = scalars[slot.key] {
                lines.append(("\(slot.key): \(quoted(scalar.text))", scalar.place))
            }
            if let rows = lists[slot.key], let first = rows.items.first {
                lines.append(("\(slot.key):", first.place))
                for item in rows.items {
                    if let plain = item.plain {
                        lines.append(("  - \(quoted(plain))", item.place))
                        continue
                    }
                    if item.title == nil, item.points.isEmpty, let text = item.text {
                        lines.append(("  - \(quoted(text))", item.place))
                        continue
                    }
                    var prefix = "  - "
                    if let title = item.title { lines.append((prefix + "title: \(quoted(title))", item.place)); prefix = "    " }
                    if let text = item.text { lines.append((prefix + "text: \(quoted(text))", item.place)); prefix = "    " }
                    if !item.points.isEmpty {
                        lines.append((prefix + "points:", item.place))
                        lines += item.points.map { ("      - \(quoted($0))", item.place) }
                    }
                }
            }
            let own = tables.filter { $0.slot.key == slot.key }
            if slot.type == .table, let table = own.first {
                var rows: [(line: String, place: String)] = []
                for (index, row) in table.table.rows.enumerated() where index > 0 {
                    let name = row.first.map { $0.lines.map(FormCell.trimmed).joined() } ?? ""
                    let count = row.count > 1 ? row[1].lines.map(FormCell.trimmed).joined() : ""
                    if name.isEmpty && count.isEmpty { continue }
                    var prefix = "  - "
                    if !name.isEmpty { rows.append((prefix + "name: \(quoted(name))", table.place(index))); prefix = "    " }
                    rows.append((prefix + "count: \(quoted(count))", table.place(index)))
                }
                if let first = rows.first { lines += [("\(slot.key):", first.place)] + rows }
            }
            if slot.type == .nianbaoTables {
                var rows: [(line: String, place: String)] = []
                for entry in own {
                    guard let part = entry.part else { continue }
                    rows += NianbaoFormTables.yaml(part, table: entry.table, place: entry.place, problems: &problems)
                }
                if let first = rows.first { lines += [("\(slot.key):", first.place)] + rows }
            }
        }
        return (lines.map(\.line).joined(separator: "\n") + "\n", lines.map(\.place), problems.map { ($0.0, $0.1) })
    }
}
