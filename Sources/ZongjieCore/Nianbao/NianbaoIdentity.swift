/// One arithmetic identity of §2.6 as a linear equation over cells: Σ coefficient × cell = 0.
public struct NianbaoIdentity: Sendable, Hashable {
    /// Which identity of the format this is.
    public enum Kind: Sendable, Hashable {
        /// T3-A: 一 + 二 = （七）总计 + 四 in one column.
        case inflowOutflow(ApplicantColumn)
        /// T3-B: （七）总计 = sum of the handling results in one column.
        case resultTotal(ApplicantColumn)
        /// T3-C: 总计 = sum of the six applicant columns in one row.
        case rowTotal(ApplicationRow)
        /// T4-A: a table-四 block's 总计 = sum of its four outcomes.
        case appealTotal(AppealBlock)
    }

    public var kind: Kind
    public var terms: [(key: NianbaoCellKey, coefficient: Int)]
    /// The cell a finding points at when no single cell explains the imbalance (the total).
    public var designatedCell: NianbaoCellKey

    /// Identities are equal when they are the same identity of the format.
    public static func == (lhs: NianbaoIdentity, rhs: NianbaoIdentity) -> Bool { lhs.kind == rhs.kind }
    /// Hashes the identity's kind only, like `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(kind) }

    /// The keys with coefficient +1 (the "total" side) and -1 (the parts side).
    var totalSide: [NianbaoCellKey] { terms.filter { $0.coefficient > 0 }.map(\.key) }
    var partsSide: [NianbaoCellKey] { terms.filter { $0.coefficient < 0 }.map(\.key) }

    /// Every identity of tables 三 and 四 (7 + 7 + 25 + 3 = 42 equations).
    public static let all: [NianbaoIdentity] = {
        var result: [NianbaoIdentity] = []
        for column in ApplicantColumn.allCases {
            result.append(NianbaoIdentity(
                kind: .inflowOutflow(column),
                terms: [(.application(.received, column), 1), (.application(.carriedOver, column), 1),
                        (.application(.resultTotal, column), -1), (.application(.carriedForward, column), -1)],
                designatedCell: .application(.carriedForward, column)))
        }
        for column in ApplicantColumn.allCases {
            result.append(NianbaoIdentity(
                kind: .resultTotal(column),
                terms: [(.application(.resultTotal, column), 1)] + ApplicationRow.resultParts.map { (.application($0, column), -1) },
                designatedCell: .application(.resultTotal, column)))
        }
        for row in ApplicationRow.allCases {
            result.append(NianbaoIdentity(
                kind: .rowTotal(row),
                terms: [(.application(row, .total), 1)] + ApplicantColumn.applicants.map { (.application(row, $0), -1) },
                designatedCell: .application(row, .total)))
        }
        for block in AppealBlock.allCases {
            result.append(NianbaoIdentity(
                kind: .appealTotal(block),
                terms: [(.appeal(block, .total), 1)] + AppealOutcome.parts.map { (.appeal(block, $0), -1) },
                designatedCell: .appeal(block, .total)))
        }
        return result
    }()

    /// The identity in Chinese, for messages.
    public var statement: String {
        switch kind {
        case let .inflowOutflow(column): "「\(column.name)」列第一项加第二项之和应等于第三项（七）总计加第四项之和"
        case let .resultTotal(column): "「\(column.name)」列（七）总计应等于各项办理结果之和"
        case let .rowTotal(row): "「\(row.displayName)」行总计应等于自然人与各类法人或其他组织之和"
        case let .appealTotal(block): "「\(block.name)」总计应等于结果维持、结果纠正、其他结果、尚未审结之和"
        }
    }

    /// Σ coefficient × value, nil when a cell was not read.
    func residual(_ value: (NianbaoCellKey) -> Int?) -> Int? {
        var sum = 0
        for term in terms {
            guard let cellValue = value(term.key) else { return nil }
            sum += term.coefficient * cellValue
        }
        return sum
    }
}
