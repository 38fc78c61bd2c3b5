/// Which cell of the three tables: used for cells read from a document and for findings.
public enum NianbaoCellKey: Sendable, Hashable {
    case disclosure(DisclosureRow, DisclosureColumn)
    case application(ApplicationRow, ApplicantColumn)
    case appeal(AppealBlock, AppealOutcome)

    /// The cell as a reader would name it: 表三「（一）予以公开」行「自然人」列.
    public var displayName: String {
        switch self {
        case let .disclosure(row, column): "表二「\(row.label)」行「\(column.name)」列"
        case let .application(row, column): "表三「\(row.displayName)」行「\(column.name)」列"
        case let .appeal(block, outcome): "表四「\(block.name)」「\(outcome.name)」"
        }
    }
}

/// One cell as read from a document: what was written, its number, and where it is.
public struct NianbaoCell: Sendable, Hashable {
    /// The cell text as written, trimmed ("" for an empty cell, "-" for a dash).
    public var text: String
    /// The whole number, nil for a decimal (the fee) or a cell that holds no figure.
    public var value: Int?
    /// An empty or dash cell, read as 0 (reports leave 0 blank, which the format does not allow).
    public var isBlank: Bool
    /// Where the cell is; for an empty cell, the place between its separators.
    public var range: SourceRange

    public init(text: String, value: Int?, isBlank: Bool, range: SourceRange) {
        self.text = text
        self.value = value
        self.isBlank = isBlank
        self.range = range
    }
}

/// The tables read from one document, cell by cell, with notes on what could not be read.
public struct NianbaoTables: Sendable {
    /// Every cell that was read, by key. A missing key means the cell was not found.
    public var cells: [NianbaoCellKey: NianbaoCell] = [:]
    /// Why parts of the tables could not be read (Chinese, with the line), for info findings.
    public var notes: [NianbaoReadNote] = []
    /// Whether a table-三 region (heading or recognisable rows) was found at all.
    public var foundApplicationTable = false
    /// Whether a table-四 region was found.
    public var foundAppealTable = false

    public init() {}

    /// The number in `key`'s cell (blank read as 0), nil when not read.
    public func value(_ key: NianbaoCellKey) -> Int? {
        guard let cell = cells[key] else { return nil }
        return cell.isBlank ? 0 : cell.value
    }

    /// Whether every cell of table-三 row `row` was read.
    public func hasRow(_ row: ApplicationRow) -> Bool {
        ApplicantColumn.allCases.allSatisfy { value(.application(row, $0)) != nil }
    }

    /// Whether all 175 cells of table 三 were read.
    public var applicationTableIsComplete: Bool { ApplicationRow.allCases.allSatisfy(hasRow) }
}

/// Something the reader could not make sense of, with the line it concerns.
public struct NianbaoReadNote: Sendable, Hashable {
    public var line: Int
    /// Chinese, says what was not read and why.
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
