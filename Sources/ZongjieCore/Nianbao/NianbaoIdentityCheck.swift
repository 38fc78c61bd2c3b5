/// An imbalance in the tables: the cell to point at, what it holds and what it should hold.
public struct NianbaoImbalance: Sendable, Hashable {
    public var cell: NianbaoCellKey
    public var found: Int
    /// The value that would make every identity hold, when one cell explains the imbalance.
    public var expected: Int?
    /// The identities that fail.
    public var identities: [NianbaoIdentity]
    /// Whether `cell` is one a single correction would fix (false: pointed at the total by default).
    public var isLocated: Bool
}

/// Checks the §2.6 identities and finds the cell at fault.
///
/// A wrong cell breaks every identity it appears in (each table-三 cell is in a
/// column identity and a row identity). When exactly one cell could be changed
/// to make all failing identities hold without breaking a passing one, that cell
/// is reported with its expected value; otherwise each failing identity is
/// reported at its total cell.
public enum NianbaoIdentityCheck {
    /// The imbalances of tables 三 and 四, checked separately; identities with unread cells are skipped.
    public static func imbalances(_ value: (NianbaoCellKey) -> Int?) -> [NianbaoImbalance] {
        let table3 = NianbaoIdentity.all.filter { if case .appealTotal = $0.kind { return false } else { return true } }
        let table4 = NianbaoIdentity.all.filter { if case .appealTotal = $0.kind { return true } else { return false } }
        return locate(table3, value) + table4.flatMap { locate([$0], value) }
    }

    /// The imbalances of `figures` read from a document: a blank part counts as 0, a blank
    /// total as the sum of its parts (reports leave 总计 blank; `table-blank-cell` says so).
    public static func imbalances(_ tables: NianbaoTables) -> [NianbaoImbalance] {
        imbalances { tables.resolved($0) }
    }

    private static func locate(_ identities: [NianbaoIdentity], _ value: (NianbaoCellKey) -> Int?) -> [NianbaoImbalance] {
        var residuals: [NianbaoIdentity: Int] = [:]
        for identity in identities {
            if let residual = identity.residual(value) { residuals[identity] = residual }
        }
        let failing = identities.filter { (residuals[$0] ?? 0) != 0 }
        guard !failing.isEmpty else { return [] }
        var candidates: [(NianbaoCellKey, Int)] = []
        var seen = Set<NianbaoCellKey>()
        for identity in failing {
            for term in identity.terms where !seen.contains(term.key) {
                seen.insert(term.key)
                if let delta = correction(for: term.key, identities, failing, residuals) { candidates.append((term.key, delta)) }
            }
        }
        if candidates.count == 1, let (cell, delta) = candidates.first, let found = value(cell) {
            return [NianbaoImbalance(cell: cell, found: found, expected: found + delta, identities: failing, isLocated: true)]
        }
        return failing.compactMap { identity in
            guard let found = value(identity.designatedCell), let residual = residuals[identity] else { return nil }
            let coefficient = identity.terms.first { $0.key == identity.designatedCell }?.coefficient ?? 1
            return NianbaoImbalance(cell: identity.designatedCell, found: found, expected: found - residual / coefficient, identities: [identity], isLocated: false)
        }
    }

    /// The change to `cell` that fixes every failing identity, if it is in all of them,
    /// in no passing one, and they agree on the change.
    private static func correction(for cell: NianbaoCellKey, _ identities: [NianbaoIdentity], _ failing: [NianbaoIdentity], _ residuals: [NianbaoIdentity: Int]) -> Int? {
        var delta: Int?
        for identity in identities {
            guard let coefficient = identity.terms.first(where: { $0.key == cell })?.coefficient else {
                if failing.contains(identity) { return nil }
                continue
            }
            guard let residual = residuals[identity], residual != 0, residual % coefficient == 0 else { return nil }
            let needed = -residual / coefficient
            if let delta, delta != needed { return nil }
            delta = needed
        }
        return delta
    }
}
