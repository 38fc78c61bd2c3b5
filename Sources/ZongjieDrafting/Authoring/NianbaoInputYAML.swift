import ZongjieCore

/// The YAML form of a `nianbao-tables` value: for `--save-input` (rows in the
/// format's order, zeros and totals left out) and for `input-template`.
enum NianbaoInputYAML {
    /// `tables` as YAML lines, not indented.
    static func lines(_ tables: NianbaoInput) -> [String] {
        var lines: [String] = []
        if let active = tables.active {
            lines.append("active:")
            func documents(_ key: String, _ counts: DocumentCountsInput?) {
                guard let counts else { return }
                let parts = [("issued", counts.issued), ("repealed", counts.repealed), ("in-force", counts.inForce)]
                lines.append("  \(key): {" + parts.compactMap { name, value in value.map { "\(name): \($0)" } }.joined(separator: ", ") + "}")
            }
            documents("regulations", active.regulations)
            documents("normative-documents", active.normativeDocuments)
            for (key, value) in [("licensing", active.licensing), ("penalties", active.penalties), ("enforcement", active.enforcement)] {
                if let value { lines.append("  \(key): \(value)") }
            }
            if let fees = active.fees { lines.append("  fees: \(fees.text)") }
        }
        if let applications = tables.applications, !applications.isEmpty {
            lines.append("applications:")
            let order = ApplicationRow.allCases.map(\.id)
            for key in applications.keys.sorted(by: { (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count) }) {
                guard let counts = applications[key] else { continue }
                let cells = ApplicantColumn.allCases.compactMap { column in counts[column].map { "\(column.id): \($0)" } }
                lines.append("  \(key): {\(cells.joined(separator: ", "))}")
            }
        }
        if let appeals = tables.appeals, !appeals.isEmpty {
            lines.append("appeals:")
            for block in AppealBlock.allCases {
                guard let counts = appeals[block.id] else { continue }
                let parts = [("upheld", counts.upheld), ("corrected", counts.corrected), ("other", counts.other), ("pending", counts.pending), ("total", counts.total)]
                lines.append("  \(block.id): {" + parts.compactMap { name, value in value.map { "\(name): \($0)" } }.joined(separator: ", ") + "}")
            }
        }
        return lines
    }

    /// Commented lines showing every row and column id, for `input-template`.
    static let templateLines: [String] = {
        var lines = [
            "# 表二 主动公开：规章、行政规范性文件（本年制发 issued / 本年废止 repealed / 现行有效 in-force），",
            "# 行政许可 licensing、行政处罚 penalties、行政强制 enforcement（处理决定数），行政事业性收费 fees（万元）。",
            "#  active:",
            "#    regulations: {issued: 0, repealed: 0, in-force: 0}",
            "#    normative-documents: {issued: 0, repealed: 0, in-force: 0}",
            "#    licensing: 0",
            "#    penalties: 0",
            "#    enforcement: 0",
            "#    fees: 0",
            "# 表三 收到和处理申请：行 → 列（natural 自然人、business 商业企业、research 科研机构、",
            "# nonprofit 社会公益组织、legal 法律服务机构、other 其他）。总计由程序计算，不用填；填了只作核对。",
            "#  applications:",
        ]
        for row in ApplicationRow.allCases where row != .resultTotal {
            lines.append("#    \(row.id): {natural: 0}        # \(row.displayName)")
        }
        lines += [
            "# 表四 行政复议、行政诉讼：review 行政复议、direct-suit 未经复议直接起诉、suit-after-review 复议后起诉；",
            "# upheld 结果维持、corrected 结果纠正、other 其他结果、pending 尚未审结。总计由程序计算。",
            "#  appeals:",
            "#    review: {upheld: 0, corrected: 0, other: 0, pending: 0}",
        ]
        return lines
    }()
}
