import Foundation
import ZongjieCore

/// A drafted summary: the document and how many facts are still to be filled in.
public struct Draft: Sendable {
    public var document: Document
    /// Placeholders (【待填：…】) left in the draft.
    public var placeholderCount: Int
}

/// Renders a plugin's templates with an input into a `Document` in the
/// corpus structure: title, addressee, opening, 一、二、三、 sections, signature.
public struct Drafter {
    /// Outline parts that are not numbered sections.
    static let frameKeys: Set<String> = ["title", "addressee", "opening", "signature"]

    public var plugin: Plugin

    public init(plugin: Plugin) {
        self.plugin = plugin
    }

    /// Drafts from `input`; missing facts become placeholders. `marks` (slot key → 【待核对：…】)
    /// are written before figures the user drafted although they disagree.
    public func draft(_ input: DraftInput, marks: [String: String] = [:]) throws -> Draft {
        if let structure = input.structure {
            let document = try FreeformRenderer(drafter: self, input: input).render(structure)
            return Draft(document: document, placeholderCount: countPlaceholders(document))
        }
        let templates = try TemplateSet(plugin.templates, location: plugin.location)
        let builder = TemplateContextBuilder(manifest: plugin.manifest, input: input, marks: marks)
        let context = builder.build()
        var document = Document()
        document.title = TextLine(title(input: input))
        if let addressee = input.text("addressee"), !addressee.isEmpty {
            document.addressee = TextLine(TextPolish.withoutFinalStop(addressee) + "：")
        }
        if let opening = templates.render("opening", context: context) {
            document.opening = try RenderedBlockParser.parse(opening, parentLevel: 0, template: templateName("opening")).paragraphs
        }
        if document.opening.isEmpty, let section = plugin.outline.section("opening") {
            document.opening = [Paragraph(Placeholder.text(label: section.name, hint: section.hint))]
        }
        var ordinal = 0
        for section in plugin.outline.sections where !Self.frameKeys.contains(section.key) {
            var body = RenderedBlockParser.Body()
            if let rendered = templates.render(section.key, context: context) {
                body = try RenderedBlockParser.parse(rendered, parentLevel: 1, template: templateName(section.key))
            }
            if body.isEmpty {
                guard section.required else { continue }
                body.paragraphs = [Paragraph(Placeholder.text(label: section.name, hint: section.hint))]
            }
            ordinal += 1
            let marker = NumberingMarker(style: .chineseComma, ordinal: ordinal, text: NumberingStyle.chineseComma.canonicalMarker(ordinal))
            document.sections.append(Section(marker: marker, heading: heading(for: section, year: builder.year),
                                             paragraphs: body.paragraphs, children: body.children))
        }
        document.signature = signature(input: input)
        return Draft(document: document, placeholderCount: countPlaceholders(document))
    }

    private func templateName(_ name: String) -> String {
        "\(plugin.location)/templates/\(name).mustache"
    }

    /// The title from the manifest's pattern; a missing unit or year becomes a placeholder.
    func title(input: DraftInput) -> String {
        let manifest = plugin.manifest
        let unit = input.text("unit") ?? Placeholder.text(label: manifest.slot("unit")?.label ?? "单位名称")
        let year = input.number("year").map { String(Int($0)) } ?? Placeholder.text(label: manifest.slot("year")?.label ?? "年度")
        return manifest.title.pattern
            .replacingOccurrences(of: "{unit}", with: unit)
            .replacingOccurrences(of: "{year}", with: year)
            .replacingOccurrences(of: "{topic}", with: manifest.topic)
    }

    /// The section's heading with the year filled in; without a year, the first variant that needs none.
    func heading(for section: OutlineSection, year: Int?) -> String {
        let wanted = section.defaultHeading ?? section.headings.first ?? section.name
        if let year {
            return wanted.replacingOccurrences(of: "{year}", with: String(year))
                .replacingOccurrences(of: "{nextYear}", with: String(year + 1))
        }
        if !wanted.contains("{") { return wanted }
        return section.headings.first { !$0.contains("{") } ?? section.name
    }

    func signature(input: DraftInput) -> Signature {
        let manifest = plugin.manifest
        let unit = input.text("unit") ?? Placeholder.text(label: manifest.slot("unit")?.label ?? "单位名称")
        let dateLine: DateLine
        if case .date(let date)? = input.values["date"] {
            dateLine = DateLine(text: date.chinese, year: date.year, month: date.month, day: date.day)
        } else {
            dateLine = DateLine(text: Placeholder.text(label: manifest.slot("date")?.label ?? "成文日期"), year: nil, month: nil, day: nil)
        }
        return Signature(unit: TextLine(unit), date: dateLine)
    }

    func countPlaceholders(_ document: Document) -> Int {
        var texts = [document.title?.text, document.addressee?.text, document.signature?.unit?.text, document.signature?.date?.text].compactMap { $0 }
        texts += document.allParagraphs.map(\.text)
        texts += document.allSections.map(\.heading)
        return texts.reduce(0) { $0 + Placeholder.count(in: $1) }
    }
}
