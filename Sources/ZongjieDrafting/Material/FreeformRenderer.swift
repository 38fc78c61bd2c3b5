import Mustache
import ZongjieCore

/// Renders a report's own structure (`FreeformStructure`) into a `Document` for any report
/// type: each text is a Mustache template over the type's slots; headings keep their markers
/// as written; a run-in heading stays on one line; last year's plans (`previous_plans`) go
/// into this year's achievements, as what was done once filled in, else as a checklist line.
struct FreeformRenderer {
    let drafter: Drafter
    let input: DraftInput
    private let context: [String: Any]

    init(drafter: Drafter, input: DraftInput) {
        self.drafter = drafter
        self.input = input
        self.context = Self.context(manifest: drafter.plugin.manifest, input: input)
    }

    func render(_ structure: FreeformStructure) throws -> Document {
        var document = Document()
        document.title = TextLine(try structure.title.map(text) ?? drafter.title(input: input))
        if let addressee = input.text("addressee"), !addressee.isEmpty {
            document.addressee = TextLine(TextPolish.withoutFinalStop(addressee) + "：")
        }
        document.opening = try structure.opening.map(paragraph)
        document.sections = try structure.sections.map(section)
        document.closing = try structure.closing.map(paragraph)
        try weavePlans(into: &document)
        if let signature = structure.signature {
            let standard = drafter.signature(input: input)
            let unit = try signature.unit.map { TextLine(try text($0)) } ?? standard.unit
            var date = standard.date
            if let written = try signature.date.map(text) {
                date = DateLineParser.parse(written) ?? DateLine(text: written, year: nil, month: nil, day: nil)
            }
            document.signature = Signature(unit: unit, date: date)
        }
        return document
    }

    /// Every slot name the structure's texts use ({{name}}, {{#name}} …).
    static func slotsUsed(_ structure: FreeformStructure) -> Set<String> {
        var texts = [structure.title, structure.signature?.unit, structure.signature?.date].compactMap { $0 }
        func add(_ blocks: [FreeformBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let text): texts.append(text)
                case .points(let points): texts.append(points.text)
                case .table(let rows): texts += rows
                }
            }
        }
        func walk(_ sections: [FreeformSection]) {
            for section in sections {
                texts.append(section.heading)
                if let runIn = section.runIn { texts.append(runIn) }
                add(section.body)
                walk(section.sections)
            }
        }
        add(structure.opening)
        walk(structure.sections)
        add(structure.closing)
        var names: Set<String> = []
        for text in texts where text.contains("{{") {
            var rest = Substring(text)
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                let name = rest[..<close.lowerBound].trimmingCharacters(in: CharacterSetLike.tagMarks)
                if !name.isEmpty { names.insert(name) }
                rest = rest[close.upperBound...]
            }
        }
        return names
    }

    // MARK: - Nodes

    private func section(_ section: FreeformSection) throws -> Section {
        var paragraphs: [Paragraph] = []
        if let runIn = section.runIn { paragraphs.append(Paragraph(try text(runIn))) }
        paragraphs += try section.body.map(paragraph)
        return Section(marker: section.marker, heading: try text(section.headingText), paragraphs: paragraphs,
                       children: try section.sections.map(self.section), runsOn: section.runIn != nil)
    }

    private func paragraph(_ block: FreeformBlock) throws -> Paragraph {
        let rendered: String
        switch block {
        case .paragraph(let source): rendered = try text(source)
        case .points(let points): rendered = try text(points.text)
        case .table(let rows): rendered = try rows.map(text).joined(separator: "\n")
        }
        let marker = NumberingMarker.parse(Substring(rendered)).flatMap { $0.style.headingLevel == nil ? $0 : nil }
        return Paragraph(rendered, marker: marker)
    }

    /// Last year's plans at the top of this year's achievements (the first part marked
    /// `achievements`, else the first part): what was done, or a checklist line to fill in.
    private func weavePlans(into document: inout Document) throws {
        guard !input.previousPlans.isEmpty else { return }
        var lines: [Paragraph] = []
        for check in input.previousPlans {
            if let done = check.done {
                lines.append(Paragraph(try text(done)))
            } else {
                lines.append(Paragraph("上年计划：\(TextPolish.withoutFinalStop(try text(check.plan)))；完成情况：【待填】"))
            }
        }
        let structure = input.structure
        let target = structure?.sections.firstIndex { $0.part == "achievements" } ?? (document.sections.isEmpty ? nil : 0)
        guard let target else {
            document.opening += lines
            return
        }
        let offset = document.sections[target].runsOn ? 1 : 0
        let at = min(offset, document.sections[target].paragraphs.count)
        document.sections[target].paragraphs.insert(contentsOf: lines, at: at)
    }

    // MARK: - Text

    /// `source` rendered with the slots; text without a tag is taken as it is.
    private func text(_ source: String) throws -> String {
        guard source.contains("{{") else { return source }
        return try Self.render(source, context: context)
    }

    private static func render(_ source: String, context: [String: Any]) throws -> String {
        do {
            let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source)
            return template.render(context)
        } catch let error as MustacheTemplate.ParserError {
            throw DraftingError.templateSyntax(template: "structure", message: "“\(source)”第\(error.context.columnNumber)列：\(error.error)")
        } catch {
            throw DraftingError.templateSyntax(template: "structure", message: "“\(source)”：\(error)")
        }
    }

    /// The values the structure's texts see: each slot as the source wrote it (figures with
    /// their unit, since the importer puts {{key}} where number and unit stood), derived
    /// figures, year and nextYear; a missing figure whose last-year value is known shows
    /// 【待更新：上年为…】, any other missing slot its 【待填：…】.
    static func context(manifest: PluginManifest, input: DraftInput) -> [String: Any] {
        var context = TemplateContextBuilder(manifest: manifest, input: input).build()
        for slot in manifest.slots {
            switch input.values[slot.key] {
            case .text(let value)?:
                context[slot.key] = value
            case .number(_, let written)?:
                context[slot.key] = written + (slot.type == .percent ? "%" : slot.unit ?? "")
            case nil where slot.type != .list && slot.type != .table && slot.type != .nianbaoTables:
                if let lastYear = lastYearValue(of: slot, manifest: manifest, input: input) {
                    context[slot.key] = Placeholder.update(lastYear: lastYear)
                } else {
                    let hint = ["unit", "year", "date"].contains(slot.key) ? "" : slot.hint
                    context[slot.key] = Placeholder.text(label: slot.label, hint: slot.type == .paragraph ? hint : "")
                }
            default:
                break
            }
        }
        // A figure that cannot be computed yet stays out ({{#proactive_change}}…{{/…}} drops its
        // phrase): the figure it waits for already shows its own marker.
        for figure in manifest.derived {
            if let text = context[figure.key] as? String, text.hasPrefix(Placeholder.prefix) { context[figure.key] = nil }
        }
        // Text slots may use {{year}} … themselves (an imported overview does).
        let base = context
        for slot in manifest.slots {
            if case .text(let value)? = input.values[slot.key], value.contains("{{"), let rendered = try? render(value, context: base) {
                context[slot.key] = rendered
            }
        }
        return context
    }

    /// Last year's value of a figure, from the `from` slot of a year-on-year figure over it.
    private static func lastYearValue(of slot: SlotSpec, manifest: PluginManifest, input: DraftInput) -> String? {
        for figure in manifest.derived {
            guard case .yearOnYear(let of, let from) = figure.kind, of == slot.key,
                  case .number(_, let written)? = input.values[from] else { continue }
            return written + (slot.type == .percent ? "%" : slot.unit ?? "")
        }
        return nil
    }
}

/// Characters around a Mustache tag's name: {{#name}}, {{/name}}, {{^name}}, {{&name}}, {{{name}}}.
private enum CharacterSetLike {
    static let tagMarks = Set<Character>(["#", "/", "^", "&", "{", "}", " ", ">", "!"])
}

private extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop(while: set.contains).reversed().drop(while: set.contains).reversed())
    }
}
