import ZongjieCore

extension DocxContent {
    /// The text with each Word table as Markdown pipe rows (a `| --- |` separator after its
    /// first row), for re-typesetting a .docx: the writer turns those rows back into a
    /// Word table, merged header cells included. Not for lint: the extra separator lines
    /// shift line numbers away from `layout`.
    public var textWithPipeTables: String {
        var lines: [String] = []
        var inTable = false
        var startsWithCaption = false
        for (index, paragraph) in paragraphs.enumerated() {
            guard index < layout.paragraphs.count, layout.paragraphs[index].container == .table else {
                inTable = false
                lines.append(paragraph.text)
                continue
            }
            let cells = paragraph.text.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                cell.replacingOccurrences(of: "|", with: "\\|").trimmingCharacters(in: .whitespaces)
            }
            // A caption row (text in the first cell only) in a table that starts with one is the
            // next item of a form like table 二 (第二十条第（五）项 …): a new block, so its header merges.
            let isCaption = cells.count > 1 && !cells[0].isEmpty && cells.dropFirst().allSatisfy(\.isEmpty)
            let startsBlock = !inTable || (isCaption && startsWithCaption)
            if !inTable { startsWithCaption = isCaption }
            if inTable && startsBlock { lines.append("") }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if startsBlock { lines.append("|" + String(repeating: " --- |", count: cells.count)) }
            inTable = true
        }
        return lines.joined(separator: "\n")
    }
}
