/// PDF text extractors often put every table cell on a line of its own: a row label, then
/// its figures one per line. These are joined back into rows before the tables are read.
extension TableLine {
    /// `lines` with runs of lines holding one figure each joined into rows: onto the label-only
    /// line before them (a run of `width - 1` under a label is a row whose 总计 was left blank,
    /// which a PDF drops), or cut into rows of `width` when no label precedes them.
    static func joiningCellsOnePerLine(_ lines: [TableLine], width: Int) -> [TableLine] {
        var result: [TableLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            var end = index + (line.isLabelOnly ? 1 : 0)
            while end < lines.count, lines[end].isSingleFigure, lines[end].lineNumber == lines[end - 1].lineNumber + 1 || end == index {
                end += 1
            }
            let run = lines[(line.isLabelOnly ? index + 1 : index)..<end]
            if line.isLabelOnly, !run.isEmpty {
                var row = TableLine(lineNumber: line.lineNumber, labels: line.labels, figures: run.flatMap(\.figures))
                if run.count == width - 1, width > 1, let last = run.last?.figures.last {
                    row.figures.append(NianbaoCell(text: "", value: 0, isBlank: true, range: SourceRange(line: last.range.end.line, startColumn: last.range.end.column, endColumn: last.range.end.column)))
                }
                result.append(row)
                index = end
            } else if !line.isLabelOnly, run.count >= 2, run.count % width == 0 {
                for start in stride(from: run.startIndex, to: run.endIndex, by: width) {
                    let cells = run[start..<(start + width)]
                    result.append(TableLine(lineNumber: cells.first?.lineNumber ?? line.lineNumber, labels: [], figures: cells.flatMap(\.figures)))
                }
                index = end
            } else {
                result.append(line)
                index += 1
            }
        }
        return result
    }

    /// A label and nothing else ("（一）予以公开").
    var isLabelOnly: Bool { !labels.isEmpty && figures.isEmpty }

    /// One figure and nothing else ("260").
    var isSingleFigure: Bool { labels.isEmpty && figures.count == 1 && !figures[0].isBlank }
}
