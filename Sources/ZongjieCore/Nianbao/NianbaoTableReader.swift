/// Reads tables 二, 三 and 四 back from a report's text: Markdown pipe tables,
/// one-row-per-line plain text, and the scattered cells of PDF/OCR extractions.
///
/// Rows are recognised by their labels. Figure lines whose label was lost are
/// placed by position, but only when the count of unlabeled lines between two
/// recognised rows equals the count of rows missing there; otherwise those rows
/// stay unread and a note says so. A wrong figure is worse than none.
public enum NianbaoTableReader {
    /// The tables found in `source`, cell by cell, with notes on what could not be read.
    public static func read(_ source: SourceText) -> NianbaoTables {
        let texts = (1...max(source.lines.count, 1)).map { source.line($0) }
        var tables = NianbaoTables()
        let regions = NianbaoRegions.locate(texts)
        if let disclosure = regions.disclosure { readDisclosure(texts, disclosure, into: &tables) }
        if let applications = regions.applications { readApplications(texts, applications, into: &tables) }
        if let appeals = regions.appeals { readAppeals(texts, appeals, into: &tables) }
        return tables
    }

    /// Whether `line` is a row of figures (a table row or a page footer such as "— 3 —"), not prose.
    public static func isFigureRow(_ line: String) -> Bool {
        TableLine.parse(line, lineNumber: 1)?.hasNumber ?? false
    }

    /// Whether `line` is a row of a table: figures after a label, or two figures or more;
    /// a page footer ("— 3 —") is not.
    public static func isTableRow(_ line: String) -> Bool {
        guard let row = TableLine.parse(line, lineNumber: 1), row.hasNumber else { return false }
        return !row.labels.isEmpty || row.figures.filter { !$0.isBlank }.count >= 2
    }

    /// Whether `line` looks like a heading or table caption (一、… （一）… 表三…): short, no 。.
    public static func isHeading(_ line: String) -> Bool {
        NianbaoLabels.isHeadingLike(line)
    }

    private static func parsed(_ texts: [String], _ region: Range<Int>, width: Int = 1) -> [TableLine] {
        let lines = region.compactMap { index in TableLine.parse(texts[index], lineNumber: index + 1) }
        return TableLine.joiningCellsOnePerLine(lines, width: width)
    }

    private static func readDisclosure(_ texts: [String], _ region: Range<Int>, into tables: inout NianbaoTables) {
        for line in parsed(texts, region) where line.hasNumber {
            guard let row = NianbaoLabels.disclosureRow(line.labels), tables.cells[.disclosure(row, row.columns[0])] == nil else { continue }
            guard let cells = line.figures(count: row.columns.count) else {
                tables.notes.append(NianbaoReadNote(line: line.lineNumber, message: "表二「\(row.label)」行应有 \(row.columns.count) 个数字，读到 \(line.figures.count) 个，未读取该行"))
                continue
            }
            for (column, cell) in zip(row.columns, cells) { tables.cells[.disclosure(row, column)] = cell }
        }
    }

    private struct Entry {
        var line: TableLine
        var cells: [NianbaoCell]?
        var row: ApplicationRow?
    }

    private static func readApplications(_ texts: [String], _ region: Range<Int>, into tables: inout NianbaoTables) {
        let width = ApplicantColumn.allCases.count
        var entries: [Entry] = []
        for line in parsed(texts, region, width: width) where line.hasNumber {
            let cells = line.figures(count: width)
            let row = NianbaoLabels.applicationRow(line.labels)
            if cells == nil {
                if let row {
                    tables.notes.append(NianbaoReadNote(line: line.lineNumber, message: "表三「\(row.displayName)」行应有 \(width) 个数字，读到 \(line.figures.count) 个，未读取该行"))
                    entries.append(Entry(line: line, cells: nil, row: row))
                }
                continue
            }
            entries.append(Entry(line: line, cells: cells, row: row))
        }
        demoteUnorderedAnchors(&entries, notes: &tables.notes)
        tables.foundApplicationTable = entries.contains { $0.row != nil }
        guard tables.foundApplicationTable else { return }
        placeUnlabeled(&entries, notes: &tables.notes)
        for entry in entries {
            guard let row = entry.row, let cells = entry.cells else { continue }
            for (column, cell) in zip(ApplicantColumn.allCases, cells) { tables.cells[.application(row, column)] = cell }
        }
    }

    /// A recognised row that repeats or comes out of order is more likely a misread label
    /// than a misplaced row: treat it as unlabeled.
    private static func demoteUnorderedAnchors(_ entries: inout [Entry], notes: inout [NianbaoReadNote]) {
        var last = -1
        for index in entries.indices {
            guard let row = entries[index].row else { continue }
            if row.rawValue <= last {
                notes.append(NianbaoReadNote(line: entries[index].line.lineNumber, message: "表三「\(row.displayName)」行重复或顺序不符，按位置处理"))
                entries[index].row = nil
            } else {
                last = row.rawValue
            }
        }
    }

    /// Gives unlabeled figure lines the rows missing between two recognised rows, when the counts agree.
    private static func placeUnlabeled(_ entries: inout [Entry], notes: inout [NianbaoReadNote]) {
        var previousRow = -1
        var pending: [Int] = []
        func settle(upTo nextRow: Int) {
            let missing = Array((previousRow + 1)..<nextRow)
            if !pending.isEmpty, pending.count == missing.count {
                for (entryIndex, rowIndex) in zip(pending, missing) { entries[entryIndex].row = ApplicationRow(rawValue: rowIndex) }
            } else if !missing.isEmpty {
                let names = missing.compactMap { ApplicationRow(rawValue: $0)?.displayName }.joined(separator: "、")
                let line = pending.first.map { entries[$0].line.lineNumber } ?? entries.last?.line.lineNumber ?? 1
                let found = pending.isEmpty ? "未找到" : "有 \(pending.count) 行无法对应的数字"
                notes.append(NianbaoReadNote(line: line, message: "表三「\(names)」\(found)，未读取"))
            }
            pending.removeAll()
        }
        for index in entries.indices {
            if let row = entries[index].row {
                settle(upTo: row.rawValue)
                previousRow = row.rawValue
            } else {
                pending.append(index)
            }
        }
        settle(upTo: ApplicationRow.allCases.count)
    }

    private static func readAppeals(_ texts: [String], _ region: Range<Int>, into tables: inout NianbaoTables) {
        let width = AppealOutcome.allCases.count
        var filled: [AppealBlock] = []
        var pendingBlock: AppealBlock?
        func assign(_ block: AppealBlock, _ cells: ArraySlice<NianbaoCell>) {
            guard !filled.contains(block) else { return }
            for (outcome, cell) in zip(AppealOutcome.allCases, cells) { tables.cells[.appeal(block, outcome)] = cell }
            filled.append(block)
        }
        for line in parsed(texts, region, width: width) {
            guard filled.count < AppealBlock.allCases.count else { break }
            guard line.hasNumber else {
                if let block = NianbaoLabels.appealBlock(line.labels.map(\.text).joined()) { pendingBlock = block }
                continue
            }
            let labelBlock = NianbaoLabels.appealBlock(line.labels.map(\.text).joined())
            if let cells = line.figures(count: width * 3) {
                for (offset, block) in AppealBlock.allCases.enumerated() { assign(block, cells[(offset * width)..<((offset + 1) * width)]) }
            } else if let cells = line.figures(count: width * 2) {
                assign(.directSuit, cells[0..<width])
                assign(.suitAfterReview, cells[width..<(width * 2)])
            } else if let cells = line.figures(count: width) {
                let next = AppealBlock.allCases.first { !filled.contains($0) }
                if let block = labelBlock ?? pendingBlock ?? next { assign(block, cells[...]) }
            }
            pendingBlock = nil
        }
        tables.foundAppealTable = !filled.isEmpty
        if !filled.isEmpty, filled.count < AppealBlock.allCases.count, let first = region.first {
            let missing = AppealBlock.allCases.filter { !filled.contains($0) }.map(\.name).joined(separator: "、")
            tables.notes.append(NianbaoReadNote(line: first + 1, message: "表四「\(missing)」未能读取"))
        }
    }
}
