import ZongjieCore

/// Builds the values a plugin's templates see: every slot formatted for the
/// draft, a placeholder for each missing required fact, and the derived figures.
///
/// Optional facts that are missing are left out, so `{{#key}}…{{/key}}` drops their sentence.
public struct TemplateContextBuilder {
    public var manifest: PluginManifest
    public var input: DraftInput
    /// Figures the user chose to draft although they disagree (`new --allow-inconsistent`):
    /// slot key → the marker written just before the figure (【待核对：…】).
    public var marks: [String: String]

    public init(manifest: PluginManifest, input: DraftInput, marks: [String: String] = [:]) {
        self.manifest = manifest
        self.input = input
        self.marks = marks
    }

    /// The report year, when given.
    public var year: Int? { input.number("year").map { Int($0) } }

    /// The context dictionary handed to Mustache.
    public func build() -> [String: Any] {
        var context: [String: Any] = ["topic": manifest.topic, "type_name": manifest.name]
        for slot in manifest.slots {
            if let value = input.values[slot.key] {
                context[slot.key] = format(value, slot: slot)
                if let mark = marks[slot.key], let text = context[slot.key] as? String { context[slot.key] = mark + text }
                if case .number(let number, _) = value {
                    // Lets a template say 未发生…… instead of 发生……0件 (`_nonzero` is also set for a placeholder).
                    context[slot.key + "_zero"] = number == 0
                    context[slot.key + "_nonzero"] = number != 0
                }
            } else if slot.required {
                context[slot.key] = placeholder(for: slot)
                // Not known to be zero: the sentence that states the number shows the placeholder.
                if slot.type.isNumeric { context[slot.key + "_nonzero"] = true }
            }
        }
        if let year {
            context["year"] = String(year)
            context["nextYear"] = String(year + 1)
        } else {
            context["nextYear"] = Placeholder.text(label: "下一年度")
        }
        let results = DerivedFigureEvaluator.evaluate(manifest, input: input)
        let figureKeys = Set(manifest.derived.map(\.key))
        for figure in DerivedFigureOrder.ordered(manifest.derived) {
            switch results[figure.key] {
            case .value(let text, let number)?:
                context[figure.key] = text
                context[figure.key + "_zero"] = number == 0
                context[figure.key + "_nonzero"] = number != 0
                if case .rate(_, let whole) = figure.kind, number == 100, (input.number(whole) ?? 0) > 1 { context[figure.key + "_all"] = true }
                if case .share(_, let whole) = figure.kind, number == 100, (input.number(whole) ?? 0) > 1 { context[figure.key + "_all"] = true }
            case .unavailable(let reason)?:
                // A figure waits for a placeholder only when what it lacks is required;
                // one that lacks an optional input is optional itself, and its sentence is dropped.
                // One that has all its inputs but cannot be computed (a rate over zero cases) is
                // dropped too: the template's sentence for zero says it in words.
                // A figure it reads counts as required when that figure got a placeholder itself.
                let missing = figure.kind.inputs.filter { key in
                    if figureKeys.contains(key) {
                        if case .value? = results[key] { return false }
                        return true
                    }
                    return input.values[key] == nil
                }
                if !missing.isEmpty, missing.allSatisfy({ figureKeys.contains($0) ? context[$0] != nil : manifest.slot($0)?.required == true }) {
                    context[figure.key] = Placeholder.text(label: figure.label, hint: reason)
                    context[figure.key + "_nonzero"] = true
                }
            case nil:
                break
            }
        }
        return context
    }

    private func format(_ value: SlotValue, slot: SlotSpec) -> Any {
        switch value {
        case .text(let text): return slot.type == .paragraph ? TextPolish.sentence(text) : text
        case .number(_, let written): return slot.type == .percent ? written + "%" : written
        case .date(let date): return date.chinese
        case .list(let items): return items.enumerated().map { listItem($1, index: $0 + 1, count: items.count) }
        case .table(let rows):
            return rows.enumerated().map { index, row in
                tableRow(name: row.name, count: row.written, index: index, count: rows.count)
            }
        case .nianbaoTables(let tables): return NianbaoTemplateValues.values(for: tables)
        }
    }

    private func placeholder(for slot: SlotSpec) -> Any {
        switch slot.type {
        case .list:
            let hint = "（提示：\(TextPolish.withoutFinalStop(slot.hint))）"
            var entry = listItem(ListItem(title: Placeholder.text(label: slot.label)), index: 1, count: 1)
            entry["text"] = hint
            entry["body"] = hint
            entry["sentence"] = Placeholder.text(label: slot.label, hint: slot.hint)
            return [entry]
        case .nianbaoTables:
            return NianbaoTemplateValues.placeholders(label: slot.label, hint: slot.hint)
        case .table:
            return [tableRow(name: Placeholder.text(label: slot.label, hint: slot.hint), count: "", index: 0, count: 1)]
        default:
            // Unit and year recur in the title, opening and signature; a hint each time would only clutter.
            let hint = ["unit", "year"].contains(slot.key) ? "" : slot.hint
            return Placeholder.text(label: slot.label, hint: hint)
        }
    }

    private func tableRow(name: String, count: String, index: Int, count total: Int) -> [String: Any] {
        // No `unit` key here: it would hide the top-level {{unit}} (单位名称) inside the loop.
        ["name": name, "count": count, "first": index == 0, "last": index == total - 1]
    }

    /// One list item with its numbering in every form a template may want.
    private func listItem(_ item: ListItem, index: Int, count: Int) -> [String: Any] {
        let numeral = ChineseNumerals.numeral(for: index)
        // One item is no list: a lone problem or point is written without 一是.
        var entry: [String: Any] = [
            "index": String(index), "ordinal": numeral, "paren": "（\(numeral)）", "shi": count == 1 ? "" : numeral + "是",
            "dot": "\(index).", "first": index == 1, "last": index == count,
        ]
        let title = item.title.map(TextPolish.heading)
        if let title, !title.isEmpty { entry["title"] = title }
        let text = item.text.map(TextPolish.sentence).flatMap { $0.isEmpty ? nil : $0 }
        if let text { entry["text"] = text }
        let points = item.points.map(TextPolish.sentence).filter { !$0.isEmpty }
        entry["points"] = points.enumerated().map { offset, point in
            let pointNumeral = ChineseNumerals.numeral(for: offset + 1)
            let shi = points.count == 1 ? "" : pointNumeral + "是"
            return ["text": point, "shi": shi, "ordinal": pointNumeral, "index": String(offset + 1), "last": offset == points.count - 1] as [String: Any]
        }
        if !points.isEmpty { entry["has_points"] = true }
        // body: the item's paragraph, with points run in as 一是……二是…… after any lead text (a single point as it is).
        let enumerated = points.count == 1 ? points[0] : points.enumerated().map { ChineseNumerals.numeral(for: $0.offset + 1) + "是" + $0.element }.joined()
        let body = (text ?? "") + enumerated
        if !body.isEmpty { entry["body"] = body }
        // sentence: title and body as one run of text, for items enumerated inside a paragraph.
        var sentence = title.map { TextPolish.sentence($0) } ?? ""
        sentence += body
        if !sentence.isEmpty { entry["sentence"] = sentence }
        return entry
    }
}
