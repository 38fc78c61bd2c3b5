/// The Word cells of a `PipeTable`: merged header cells of the official forms,
/// column widths that fill the 版心, and which rows repeat on every page.
///
/// Merges are read from the Markdown the way the forms are drawn: in a header
/// row of a form (its first row has empty cells), an empty cell continues the
/// region above it when that region starts in the same column and every column
/// it spans is empty in this row too (a vertical merge: 自然人 and 总计 over two
/// rows, 行政复议 over five columns and two rows); otherwise it widens the text
/// cell to its left (法人或其他组织 over 商业企业…其他, 行政诉讼 over ten columns).
/// Blocks narrower than the table (table 二's two-column items) widen their last cell.
struct TableLayout {
    enum VerticalMerge: Equatable { case none, restart, continuation }

    struct Cell: Equatable {
        var text: String
        var column: Int
        var span: Int
        var merge: VerticalMerge
        var isHeader: Bool
        /// Figures are centred; text in body cells is set flush left.
        var isFigure: Bool { PipeTable.isFigure(text) }
    }

    struct Row: Equatable {
        var cells: [Cell]
        /// A heading row of the first block: Word repeats it on every page (w:tblHeader).
        var repeatsOnEachPage: Bool
    }

    var rows: [Row] = []
    var columnWidths: [Int] = []

    /// Lays out `table` across `width` twips.
    init(_ table: PipeTable, width: Int) {
        let columns = table.columnCount
        for (blockIndex, block) in table.blocks.enumerated() {
            var blockRows = Self.cells(of: block)
            let extra = columns - block.columnCount
            for index in blockRows.indices where extra > 0 && !blockRows[index].isEmpty {
                blockRows[index][blockRows[index].count - 1].span += extra
            }
            for (index, cells) in blockRows.enumerated() {
                rows.append(Row(cells: cells, repeatsOnEachPage: blockIndex == 0 && index < block.headerRowCount))
            }
        }
        columnWidths = Self.widths(table, columns: columns, width: width)
    }

    /// One block's cells, header merges resolved row by row (each row uses the finished row above).
    private static func cells(of block: PipeTable.Block) -> [[Cell]] {
        var result: [[Cell]] = []
        for (rowIndex, texts) in block.rows.enumerated() {
            let isHeader = rowIndex < block.headerRowCount
            guard isHeader && block.hasMergedHeader else {
                result.append(texts.enumerated().map { Cell(text: $0.element, column: $0.offset, span: 1, merge: .none, isHeader: isHeader) })
                continue
            }
            let above = result.last ?? []
            var row: [Cell] = []
            var column = 0
            while column < texts.count {
                let text = texts[column]
                if text.isEmpty, let start = above.first(where: { $0.column == column && ($0.merge != .none || !$0.text.isEmpty) }),
                   column + start.span <= texts.count, texts[column..<(column + start.span)].allSatisfy(\.isEmpty) {
                    row.append(Cell(text: "", column: column, span: start.span, merge: .continuation, isHeader: true))
                    column += start.span
                    continue
                }
                if text.isEmpty, let left = row.last, left.merge == .none, !left.text.isEmpty {
                    row[row.count - 1].span += 1
                } else {
                    row.append(Cell(text: text, column: column, span: 1, merge: .none, isHeader: true))
                }
                column += 1
            }
            result.append(row)
        }
        // A region continued below starts a vertical merge.
        for rowIndex in result.indices.dropLast() {
            for cellIndex in result[rowIndex].indices {
                let cell = result[rowIndex][cellIndex]
                if cell.merge == .none, result[rowIndex + 1].contains(where: { $0.column == cell.column && $0.merge == .continuation }) {
                    result[rowIndex][cellIndex].merge = .restart
                }
            }
        }
        return result
    }

    /// A figure table with row labels gives the label column about a third of the width
    /// and shares the rest equally; other tables share it by the length of their text.
    private static func widths(_ table: PipeTable, columns: Int, width: Int) -> [Int] {
        guard columns > 0 else { return [] }
        let bodyRows = table.blocks.flatMap { $0.rows.dropFirst($0.headerRowCount) }
        let hasLabelColumn = columns > 1 && bodyRows.contains { row in
            !row[0].isEmpty && !PipeTable.isFigure(row[0]) && row.dropFirst().contains(where: PipeTable.isFigure)
        }
        let hasFigures = bodyRows.contains { $0.contains(where: PipeTable.isFigure) }
        var weights: [Double]
        if hasLabelColumn {
            let label = columns == 2 ? 0.5 : 0.36
            weights = [label] + Array(repeating: (1 - label) / Double(columns - 1), count: columns - 1)
        } else if hasFigures {
            weights = Array(repeating: 1, count: columns) // table 四: fifteen equal figure columns
        } else {
            // Merged header texts span several columns, so only unmerged rows measure a column.
            let measured = table.blocks.flatMap { $0.hasMergedHeader ? Array($0.rows.dropFirst($0.headerRowCount)) : $0.rows }
            weights = (0..<columns).map { column in
                let longest = measured.compactMap { $0.count > column ? displayWidth($0[column]) : nil }.max() ?? 0
                return min(max(Double(longest), 2), 20)
            }
        }
        let total = weights.reduce(0, +)
        var result = weights.map { Int((Double(width) * $0 / total).rounded(.down)) }
        result[result.count - 1] += width - result.reduce(0, +)
        return result
    }

    /// Width in full-width characters: ASCII counts half.
    private static func displayWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }
}
