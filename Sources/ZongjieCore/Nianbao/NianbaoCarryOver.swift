/// This year's 二、上年结转 against last year's 四、结转下年度继续办理: the same applications,
/// so the same figure in every column of table 三.
public struct NianbaoCarryOverMismatch: Sendable, Hashable {
    public var column: ApplicantColumn
    /// This year's cell, when it was read (nil: only its sum is known).
    public var cell: NianbaoCell?
    public var carriedOver: Int
    public var lastCarriedForward: Int
}

public enum NianbaoCarryOver {
    /// The columns where `current`'s 上年结转 differs from `previous`'s 结转下年度; the 总计 column
    /// only when no applicant column explains the difference (one slip, one finding).
    public static func mismatches(current: NianbaoTables, previous: NianbaoTables) -> [NianbaoCarryOverMismatch] {
        func mismatch(_ column: ApplicantColumn) -> NianbaoCarryOverMismatch? {
            guard let now = current.resolved(.application(.carriedOver, column)),
                  let last = previous.resolved(.application(.carriedForward, column)), now != last else { return nil }
            return NianbaoCarryOverMismatch(column: column, cell: current.cells[.application(.carriedOver, column)], carriedOver: now, lastCarriedForward: last)
        }
        let applicants = ApplicantColumn.applicants.compactMap(mismatch)
        if !applicants.isEmpty { return applicants }
        return mismatch(.total).map { [$0] } ?? []
    }
}
