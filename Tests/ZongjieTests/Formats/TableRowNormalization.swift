import ZongjieCore

/// Table rows compared by their cells: a Markdown pipe row and the tab-joined row the
/// .docx reader gives for the Word table written from it hold the same non-empty cells
/// (merged cells read back empty, and separator lines have no Word counterpart).
enum TableRowNormalization {
    static func normalized(_ document: Document) -> Document {
        var copy = document
        copy.opening = rows(document.opening)
        copy.sections = document.sections.map(section)
        copy.closing = rows(document.closing)
        return copy
    }

    private static func section(_ section: Section) -> Section {
        var copy = section
        copy.paragraphs = rows(section.paragraphs)
        copy.children = section.children.map(Self.section)
        return copy
    }

    private static func rows(_ paragraphs: [Paragraph]) -> [Paragraph] {
        paragraphs.compactMap { paragraph in
            let text = paragraph.text.trimmingCharacters(in: .whitespaces)
            let isPipe = text.hasPrefix("|") && text.hasSuffix("|")
            guard isPipe || text.contains("\t") else { return paragraph }
            let cells = text.split(separator: isPipe ? "|" : "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if isPipe, cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { return nil } // separator line
            var copy = paragraph
            copy.text = cells.joined(separator: "\t")
            return copy
        }
    }
}
