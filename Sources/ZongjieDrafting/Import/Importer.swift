import ZongjieCore

/// Material made from last year's report: the slots it filled, the report's own structure
/// and, for the next year, last year's plans to report on.
public struct ImportedMaterial: Sendable {
    public var plugin: Plugin
    public var input: DraftInput
    /// The year last year's report was about, when its title or opening says.
    public var sourceYear: Int?
    /// The year the material is for.
    public var year: Int?
    /// True when the material is for the year after the source.
    public var isNextYear: Bool
    /// Last year's figure for each slot the text uses (“1260条”), for the material's comments.
    public var lastYearFigures: [String: String]
    /// How many figures of last year's text became 【待更新：…】 markers.
    public var markedFigures: Int
    /// Where the material came from, for its header.
    public var sourcePath: String
}

/// A file that is not a work summary zongjie can take as a starting point.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

/// Turns last year's report (a parsed `Document`) into material for `zongjie new`: the
/// document's own structure as a free-form tree (parts, headings, run-in headings,
/// paragraphs, 一是 points, tables), the type's slots filled where the text matches them,
/// and — for the next year — years moved on, figures marked, plans as a checklist.
public struct Importer {
    public var plugin: Plugin

    public init(plugin: Plugin) {
        self.plugin = plugin
    }

    /// Refuses what is not a summary: no title, a title that is a table row or names no
    /// report, or no paragraph of prose (a spreadsheet saved as .docx).
    public static func check(_ document: Document, path: String) throws {
        guard let title = document.title?.text, !title.isEmpty else {
            throw ImportError(description: "\(path): 找不到标题，不像一篇工作总结。请确认第一行是标题（如“XX局2024年度工作总结”）。")
        }
        let reportWords = ["总结", "报告", "汇报", "工作", "情况", "要点"]
        if title.contains("\t") || title.contains("|") || !reportWords.contains(where: title.contains) {
            throw ImportError(description: "\(path):1:1: 标题“\(String(title.prefix(30)))”不像工作总结的标题（应含“总结”“报告”等，如“XX局2024年度工作总结”）。请确认文件是上年的总结。")
        }
        let prose = document.allParagraphs.contains { !$0.text.contains("\t") && !$0.text.hasPrefix("|") && $0.text.unicodeScalars.count >= 10 }
        guard prose else {
            throw ImportError(description: "\(path): 没有正文段落（只有标题或表格），不像一篇工作总结。请确认文件是上年的总结，而不是表格。")
        }
    }

    /// The material for `document` read from `source` (`targetYear` nil: the same year).
    public func material(from document: Document, source: SourceText, path: String, targetYear: Int?) -> ImportedMaterial {
        let manifest = plugin.manifest
        let sourceYear = ReportYear.infer(from: document)
        let isNextYear = targetYear != nil
        var converter = ImportTextConverter(manifest: manifest, sourceYear: sourceYear, nextYear: isNextYear)
        var values: [String: SlotValue] = [:]
        var structure = FreeformStructure()
        let marked = RunInHeadings.marked(document, source: source)

        if let year = targetYear ?? sourceYear, manifest.slot("year") != nil {
            values["year"] = .number(Double(year), written: String(year))
        }
        let unit = Self.unit(of: document, topic: manifest.topic)
        if let unit, manifest.slot("unit") != nil { values["unit"] = .text(unit) }
        if let addressee = document.addressee?.text, manifest.slot("addressee") != nil {
            values["addressee"] = .text(TextPolish.withoutFinalStop(addressee))
        }

        // Title: unit and year as slots, so the title follows them.
        if var title = document.title?.text {
            if let unit, manifest.slot("unit") != nil, title.hasPrefix(unit) {
                title = "{{unit}}" + title.dropFirst(unit.count)
            }
            structure.title = converter.convert(title, figures: false)
        }

        // Opening: its first paragraph is the overview where the type has one.
        var opening = marked.opening
        if let first = opening.first, first.marker == nil, manifest.slot("overview")?.type == .paragraph {
            values["overview"] = .text(converter.convert(first.text))
            structure.opening.append(.paragraph("{{overview}}"))
            opening.removeFirst()
        }
        structure.opening += blocks(opening, &converter)

        let match = OutlineMatcher(outline: plugin.outline, reportYear: sourceYear).match(document)
        let parts = match.sectionKeys.map { Self.part(of: $0.keys) }
        structure.sections = marked.sections.enumerated().map { index, section in
            var converted = self.section(section, &converter)
            converted.part = index < parts.count ? parts[index] : nil
            return converted
        }
        structure.closing = blocks(marked.closing, &converter)

        // Signature: unit and date as slots; for the next year the date is to be filled in.
        if let signature = document.signature {
            var result = FreeformSignature()
            if let text = signature.unit?.text {
                result.unit = text == unit && manifest.slot("unit") != nil ? "{{unit}}" : text
            }
            if let date = signature.date {
                if let year = date.year, let month = date.month, let day = date.day, manifest.slot("date") != nil {
                    if !isNextYear { values["date"] = .date(CalendarDate(year: year, month: month, day: day)) }
                    result.date = "{{date}}"
                } else {
                    result.date = isNextYear ? "{{date}}" : date.text
                }
            }
            structure.signature = result
        } else if isNextYear {
            structure.signature = FreeformSignature(unit: manifest.slot("unit") != nil ? "{{unit}}" : nil, date: "{{date}}")
        }

        var plans: [PlanCheck] = []
        if isNextYear {
            plans = PlanItems.extract(from: document, outline: plugin.outline, reportYear: sourceYear).map {
                PlanCheck(plan: converter.convert($0.summary, figures: false))
            }
        }
        for (key, value) in converter.values { values[key] = value }
        return ImportedMaterial(
            plugin: plugin, input: DraftInput(values: values, structure: structure, previousPlans: plans),
            sourceYear: sourceYear, year: targetYear ?? sourceYear, isNextYear: isNextYear,
            lastYearFigures: converter.lastYear, markedFigures: converter.markedFigures, sourcePath: path
        )
    }

    // MARK: - Nodes

    private func section(_ section: Section, _ converter: inout ImportTextConverter) -> FreeformSection {
        let heading = converter.convert(section.marker.text + section.heading)
        var paragraphs = section.paragraphs[...]
        var runIn: String?
        if section.runsOn, let first = paragraphs.first {
            runIn = converter.convert(first.text)
            paragraphs = paragraphs.dropFirst()
        }
        let marker = NumberingMarker.parse(Substring(heading)) ?? section.marker
        return FreeformSection(heading: heading, marker: marker, runIn: runIn, body: blocks(Array(paragraphs), &converter),
                               sections: section.children.map { self.section($0, &converter) })
    }

    private func blocks(_ paragraphs: [Paragraph], _ converter: inout ImportTextConverter) -> [FreeformBlock] {
        var result: [FreeformBlock] = []
        var rows: [String] = []
        func flushRows() {
            if !rows.isEmpty { result.append(.table(rows)) }
            rows = []
        }
        for paragraph in paragraphs {
            if paragraph.text.hasPrefix("|") || TableRowText.isTableRow(paragraph.text) {
                rows.append(contentsOf: paragraph.text.split(separator: "\n").map { converter.convert(String($0)) })
                continue
            }
            flushRows()
            let text = converter.convert(paragraph.text)
            if let points = InlinePoints.split(text), InlinePoints.split(paragraph.text)?.points.count == points.points.count {
                result.append(.points(points))
            } else {
                result.append(.paragraph(text))
            }
        }
        flushRows()
        return result
    }

    /// The one outline key a top-level part is written as: achievements before plans before problems.
    private static func part(of keys: Set<String>) -> String? {
        for key in ["achievements", "plans", "problems"] where keys.contains(key) { return key }
        return keys.sorted().first
    }

    /// The unit: the signature's, else the title's text before its year (without the 事项).
    static func unit(of document: Document, topic: String) -> String? {
        if let unit = document.signature?.unit?.text, !unit.isEmpty { return unit }
        guard let title = document.title?.text, let year = ReportYear.firstYear(in: title),
              let range = title.range(of: String(year)) else { return nil }
        var prefix = String(title[..<range.lowerBound])
        if !topic.isEmpty, prefix.hasSuffix(topic) { prefix = String(prefix.dropLast(topic.count)) }
        return prefix.isEmpty ? nil : prefix
    }
}
