/// Totals as a reader of the table takes them: many real reports leave the 总计 column or
/// row blank, and the figures are then the sums of their parts. A blank part is 0.
extension NianbaoTables {
    /// The value of `key`, a blank total replaced by the sum of its parts; nil when not read.
    public func resolved(_ key: NianbaoCellKey) -> Int? {
        guard let cell = cells[key] else {
            // A total cell the paste lost entirely is still the sum of the parts that were read.
            return isTotal(key) ? sumOfParts(key) : nil
        }
        if !cell.isBlank { return cell.value }
        return isTotal(key) ? sumOfParts(key) ?? 0 : 0
    }

    /// Whether `key` is a total: the 总计 column, the （七）总计 row, a table-四 block's 总计.
    public func isTotal(_ key: NianbaoCellKey) -> Bool {
        switch key {
        case let .application(row, column): column == .total || row == .resultTotal
        case let .appeal(_, outcome): outcome == .total
        case .disclosure: false
        }
    }

    /// The blank total cells whose parts are not all zero, with the sum they should hold.
    public var blankTotals: [(key: NianbaoCellKey, cell: NianbaoCell, sum: Int)] {
        cells.compactMap { key, cell in
            guard cell.isBlank, isTotal(key), let sum = sumOfParts(key), sum != 0 else { return nil }
            return (key, cell, sum)
        }.sorted { $0.cell.range.start < $1.cell.range.start }
    }

    private func sumOfParts(_ key: NianbaoCellKey) -> Int? {
        let parts: [NianbaoCellKey]
        switch key {
        case let .application(row, column) where column == .total:
            parts = ApplicantColumn.applicants.map { .application(row, $0) }
        case let .application(_, column):
            parts = ApplicationRow.resultParts.map { .application($0, column) }
        case let .appeal(block, _):
            parts = AppealOutcome.parts.map { .appeal(block, $0) }
        case .disclosure:
            return nil
        }
        var sum = 0
        for part in parts {
            guard let value = resolved(part) else { return nil }
            sum += value
        }
        return sum
    }
}
