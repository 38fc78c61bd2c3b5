import ZongjieCore

extension DocxContent {
    /// The text with each Word table as Markdown pipe rows (a `| --- |` separator after its
    /// first row), for re-typesetting a .docx: the writer turns those rows back into a
    /// Word table, merged header cells included. Not for lint: the extra separator lines
    /// shift line numbers away from `layout`.
    public var textWithPipeTables: String {
        var lines: [String] = []
        var block: [DocxParagraph] = []
        var startsWithCaption = false
        func flush() {
            guard !block.isEmpty else { return }
            if !lines.isEmpty, lines.last?.hasPrefix("|") == true { lines.append("") }
            // A block narrower than its Word table (a two-column form merged into a four-column
            // table, its value cell spanning three) comes back at its own width, not split into blanks.
            let width = block.map { Self.realCells($0).count }.max() ?? 0
            for (index, row) in block.enumerated() {
                let expanded = Self.cells(row.text)
                var cells = expanded
                if expanded.count > width, !row.cellSpans.isEmpty {
                    let real = Self.realCells(row)
                    cells = real + Array(repeating: "", count: max(0, width - real.count))
                }
                lines.append("| " + cells.joined(separator: " | ") + " |")
                if index == 0 { lines.append("|" + String(repeating: " --- |", count: cells.count)) }
            }
            block = []
        }
        for (index, paragraph) in paragraphs.enumerated() {
            guard index < layout.paragraphs.count, layout.paragraphs[index].container == .table else {
                flush()
                lines.append(paragraph.text)
                continue
            }
            let cells = Self.cells(paragraph.text)
            // A caption row (text in the first cell only) in a table that starts with one is the
            // next item of a form like table 二 (第二十条第（五）项 …): a new block, so its header merges.
            let isCaption = cells.count > 1 && !cells[0].isEmpty && cells.dropFirst().allSatisfy(\.isEmpty)
            if block.isEmpty {
                startsWithCaption = isCaption
            } else if isCaption && startsWithCaption {
                flush()
            }
            block.append(paragraph)
        }
        flush()
        return lines.joined(separator: "\n")
    }

    private static func cells(_ text: String) -> [String] {
        text.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
            cell.replacingOccurrences(of: "|", with: "\\|").trimmingCharacters(in: .whitespaces)
        }
    }

    /// A row's cells without the blanks standing for merged columns.
    private static func realCells(_ row: DocxParagraph) -> [String] {
        let expanded = cells(row.text)
        guard !row.cellSpans.isEmpty else { return expanded }
        var real: [String] = []
        var index = 0
        for span in row.cellSpans where index < expanded.count {
            real.append(expanded[index])
            index += max(span, 1)
        }
        return real
    }
}
