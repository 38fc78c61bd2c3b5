import Foundation

/// A paragraph whose text is one or more Markdown pipe tables (how a drafted
/// Document carries a table: its Markdown lines joined by "\n", blocks parted by
/// an empty line), read so the .docx writer can turn it into one Word table.
struct PipeTable: Equatable {
    /// One pipe table: its rows (the separator line dropped), each padded to `columnCount`.
    struct Block: Equatable {
        var rows: [[String]]
        var columnCount: Int
        /// Rows at the top that are headings: the row before the separator, and, in a
        /// form whose first row has merged (empty) cells, the figure-free rows after it.
        var headerRowCount: Int
        /// Whether empty header cells are merged cells of an official form (see `TableLayout`).
        var hasMergedHeader: Bool
    }

    var blocks: [Block]

    /// The widest block's column count: the Word table's grid.
    var columnCount: Int { blocks.map(\.columnCount).max() ?? 0 }

    /// Parses `text`; nil unless every non-empty line starts and ends with `|` and every
    /// block has a `|---|` separator as its second line (anything else stays a paragraph).
    static func parse(_ text: String) -> PipeTable? {
        guard text.unicodeScalars.contains("|") else { return nil }
        var blocks: [Block] = []
        var lines: [Substring] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if !lines.isEmpty {
                    guard let block = block(lines) else { return nil }
                    blocks.append(block)
                    lines = []
                }
                continue
            }
            guard isPipeLine(line) else { return nil }
            // A separator after the second line starts a new block one line earlier (no empty line between).
            if lines.count >= 3, isSeparatorLine(Substring(line)), let header = lines.popLast() {
                guard let block = block(lines) else { return nil }
                blocks.append(block)
                lines = [header]
            }
            lines.append(Substring(line))
        }
        if !lines.isEmpty {
            guard let block = block(lines) else { return nil }
            blocks.append(block)
        }
        return blocks.isEmpty ? nil : PipeTable(blocks: blocks)
    }

    /// Whether `text` is one line that starts and ends with `|`.
    static func isPipeLine(_ text: String) -> Bool {
        let line = text.trimmingCharacters(in: .whitespaces).unicodeScalars
        return line.count >= 2 && line.first == "|" && line.last == "|" && !line.contains("\n")
    }

    /// The Word tables to write: consecutive blocks of a form (table 二's four 第二十条 items,
    /// each with a merged caption row) make one table, as in the official form; others stand alone.
    func wordTables() -> [PipeTable] {
        var tables: [PipeTable] = []
        for block in blocks {
            if let last = tables.last?.blocks.last, last.hasMergedHeader, block.hasMergedHeader {
                tables[tables.count - 1].blocks.append(block)
            } else {
                tables.append(PipeTable(blocks: [block]))
            }
        }
        return tables
    }

    private static func isSeparatorLine(_ line: Substring) -> Bool {
        let separator = cells(line)
        return !separator.isEmpty && separator.allSatisfy(isSeparatorCell)
    }

    private static func block(_ lines: [Substring]) -> Block? {
        guard lines.count >= 2 else { return nil }
        guard isSeparatorLine(lines[1]) else { return nil }
        let separator = cells(lines[1])
        var rows = [cells(lines[0])] + lines.dropFirst(2).map(cells)
        // Extra cells are kept (GFM drops them, but losing text in a Word table is worse).
        let columnCount = max(separator.count, rows.map(\.count).max() ?? 0)
        for index in rows.indices where rows[index].count < columnCount {
            rows[index] += Array(repeating: "", count: columnCount - rows[index].count)
        }
        let hasMergedHeader = columnCount > 1 && rows[0].contains("")
        var headerRowCount = 1
        if hasMergedHeader, rows.dropFirst().contains(where: { $0.contains(where: isFigure) }) {
            while headerRowCount < rows.count, !rows[headerRowCount].contains(where: isFigure) { headerRowCount += 1 }
        }
        return Block(rows: rows, columnCount: columnCount, headerRowCount: headerRowCount, hasMergedHeader: hasMergedHeader)
    }

    /// Cells of one `| a | b |` line: outer pipes dropped, `\|` kept as a literal pipe, cells trimmed.
    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var current = String.UnicodeScalarView()
        var escaped = false
        for scalar in line.unicodeScalars.dropFirst() {
            if escaped {
                if scalar != "|" { current.append("\\") }
                current.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "|" {
                cells.append(String(current).trimmingCharacters(in: .whitespaces))
                current.removeAll()
            } else {
                current.append(scalar)
            }
        }
        return cells
    }

    /// `---`, `:---`, `---:`, `:---:`.
    private static func isSeparatorCell(_ cell: String) -> Bool {
        var scalars = Substring(cell).unicodeScalars
        if scalars.first == ":" { scalars.removeFirst() }
        if scalars.last == ":" { scalars.removeLast() }
        return !scalars.isEmpty && scalars.allSatisfy { $0 == "-" }
    }

    /// A figure cell: digits (ASCII or full-width) with separators, a sign, a decimal point or a percent sign.
    static func isFigure(_ cell: String) -> Bool {
        var hasDigit = false
        for scalar in cell.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0xFF10...0xFF19: hasDigit = true
            case 0x2E, 0x2C, 0x25, 0x2D, 0x2B, 0xFF0C, 0xFF05, 0x20: continue // . , % - + ， ％ space
            default: return false
            }
        }
        return hasDigit
    }
}
