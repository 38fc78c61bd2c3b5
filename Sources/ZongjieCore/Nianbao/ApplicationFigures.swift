/// The figures of table 三 as a user gives them: the six applicant columns of
/// every row except （七）总计. Every total (the 总计 column and the （七）总计 row)
/// is derived, never stored, so the table balances by construction except for
/// the official identity 一 + 二 = （七） + 四, which `imbalances` reports.
public struct ApplicationFigures: Sendable, Hashable {
    /// counts[row][applicant column index 0..<6]; rows without an entry are all zero.
    private var counts: [ApplicationRow: [Int]]

    public init() { counts = [:] }

    /// The count at `row`, `column`; totals are derived.
    public subscript(row: ApplicationRow, column: ApplicantColumn) -> Int {
        get {
            if row == .resultTotal {
                return ApplicationRow.resultParts.reduce(0) { $0 + self[$1, column] }
            }
            if column == .total {
                return ApplicantColumn.applicants.reduce(0) { $0 + self[row, $1] }
            }
            return counts[row]?[column.rawValue] ?? 0
        }
        set {
            // Totals are derived: writing one is ignored on purpose.
            guard row != .resultTotal, column != .total else { return }
            var values = counts[row] ?? Array(repeating: 0, count: ApplicantColumn.applicants.count)
            values[column.rawValue] = newValue
            counts[row] = values
        }
    }

    /// Columns where 一 + 二 differs from （七）总计 + 四 (the header note's identity),
    /// with both sides; empty when the table balances.
    public var imbalances: [(column: ApplicantColumn, inflow: Int, outflow: Int)] {
        ApplicantColumn.allCases.compactMap { column in
            let inflow = self[.received, column] + self[.carriedOver, column]
            let outflow = self[.resultTotal, column] + self[.carriedForward, column]
            return inflow == outflow ? nil : (column, inflow, outflow)
        }
    }
}

/// All three national tables of a 政府信息公开工作年度报告, totals derived.
public struct NianbaoFigures: Sendable, Hashable {
    public var disclosure: DisclosureFigures
    public var applications: ApplicationFigures
    public var appeals: [AppealBlock: AppealCounts]

    public init(disclosure: DisclosureFigures = DisclosureFigures(), applications: ApplicationFigures = ApplicationFigures(), appeals: [AppealBlock: AppealCounts] = [:]) {
        self.disclosure = disclosure
        self.applications = applications
        self.appeals = appeals
    }

    /// The counts of one table-四 block (zeros when not given).
    public func appeal(_ block: AppealBlock) -> AppealCounts { appeals[block] ?? AppealCounts() }
}
