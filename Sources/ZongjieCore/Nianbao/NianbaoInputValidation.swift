/// A problem in the user's table input, with the key path it concerns
/// ("applications.granted.total") so the caller can add the YAML line.
public struct NianbaoInputProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// Chinese: what is wrong and what to do.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path)：\(message)" }
}

extension NianbaoInput {
    /// The figures with every total derived, and every problem found: unknown row or
    /// block ids, negative counts, given totals that differ from the derived ones, and
    /// columns where 一 + 二 ≠ （七）总计 + 四.
    public func figures() -> (figures: NianbaoFigures, problems: [NianbaoInputProblem]) {
        var problems: [NianbaoInputProblem] = []
        var figures = NianbaoFigures()
        func count(_ value: Int?, _ path: String) -> Int {
            guard let value else { return 0 }
            if value < 0 {
                problems.append(NianbaoInputProblem(path: path, message: "件数不能为负数（填了 \(value)），请填 0 或正整数"))
                return 0
            }
            return value
        }
        if let active {
            func documents(_ input: DocumentCountsInput?, _ path: String) -> DocumentCounts {
                DocumentCounts(issued: count(input?.issued, path + ".issued"), repealed: count(input?.repealed, path + ".repealed"), inForce: count(input?.inForce, path + ".in-force"))
            }
            figures.disclosure = DisclosureFigures(
                regulations: documents(active.regulations, "active.regulations"),
                normativeDocuments: documents(active.normativeDocuments, "active.normative-documents"),
                licensing: count(active.licensing, "active.licensing"),
                penalties: count(active.penalties, "active.penalties"),
                enforcement: count(active.enforcement, "active.enforcement"),
                feeAmount: active.fees?.text ?? "0")
        }
        let rowsByID = Dictionary(uniqueKeysWithValues: ApplicationRow.allCases.map { ($0.id, $0) })
        for (key, counts) in (applications ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let row = rowsByID[key] else {
                let known = ApplicationRow.allCases.map(\.id).joined(separator: ", ")
                problems.append(NianbaoInputProblem(path: "applications.\(key)", message: "表三没有这一行，可用的行：\(known)"))
                continue
            }
            // （七）总计 is derived; a given one is only checked below.
            if row == .resultTotal { continue }
            for column in ApplicantColumn.applicants {
                figures.applications[row, column] = count(counts[column], "applications.\(key).\(column.id)")
            }
        }
        for (key, counts) in (applications ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let row = rowsByID[key] else { continue }
            for column in ApplicantColumn.allCases where column == .total || row == .resultTotal {
                if let given = counts[column], given != figures.applications[row, column] {
                    problems.append(NianbaoInputProblem(path: "applications.\(key).\(column.id)", message: "表三「\(row.displayName)」行「\(column.name)」列填了 \(given)，按各项计算应为 \(figures.applications[row, column])；合计由程序计算，可删去此项"))
                }
            }
        }
        for imbalance in figures.applications.imbalances {
            problems.append(NianbaoInputProblem(path: "applications.carried-forward.\(imbalance.column.id)", message: "表三「\(imbalance.column.name)」列不平衡：第一项加第二项之和为 \(imbalance.inflow)，第三项（七）总计加第四项之和为 \(imbalance.outflow)，请核对本年新收、上年结转、办理结果和结转下年度件数"))
        }
        let blocksByID = Dictionary(uniqueKeysWithValues: AppealBlock.allCases.map { ($0.id, $0) })
        for (key, counts) in (appeals ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let block = blocksByID[key] else {
                problems.append(NianbaoInputProblem(path: "appeals.\(key)", message: "表四没有这一栏，可用的栏：review, direct-suit, suit-after-review"))
                continue
            }
            let derived = AppealCounts(
                upheld: count(counts.upheld, "appeals.\(key).upheld"), corrected: count(counts.corrected, "appeals.\(key).corrected"),
                other: count(counts.other, "appeals.\(key).other"), pending: count(counts.pending, "appeals.\(key).pending"))
            figures.appeals[block] = derived
            if let given = counts.total, given != derived.total {
                problems.append(NianbaoInputProblem(path: "appeals.\(key).total", message: "表四「\(block.name)」总计填了 \(given)，按各项计算应为 \(derived.total)；总计由程序计算，可删去此项"))
            }
        }
        return (figures, problems)
    }
}
