import Foundation
import ZongjieCore

/// The 政府信息公开工作年度报告 tables in a Word material form: 表二, 表三 and
/// 表四 as grids a clerk fills cell by cell (totals are derived, so no total
/// column), and back as the YAML lines `NianbaoTablesReader` validates.
enum NianbaoFormTables {
    /// The three sub-tables, each named in its caption after the slot's label.
    enum Part: CaseIterable {
        case active, applications, appeals

        var caption: String {
            switch self {
            case .active: "主动公开政府信息情况（表二）"
            case .applications: "收到和处理政府信息公开申请情况（表三）"
            case .appeals: "政府信息公开行政复议、行政诉讼情况（表四）"
            }
        }
    }

    static let documentRows: [(id: String, name: String)] = [("regulations", "规章"), ("normative-documents", "行政规范性文件")]
    static let documentColumns: [(id: String, name: String)] = [("issued", "本年制发"), ("repealed", "本年废止"), ("in-force", "现行有效")]
    static let singleRows: [(id: String, name: String)] = [
        ("licensing", "行政许可（处理决定数）"), ("penalties", "行政处罚（处理决定数）"),
        ("enforcement", "行政强制（处理决定数）"), ("fees", "行政事业性收费（万元）"),
    ]
    static let applicationRows = ApplicationRow.allCases.filter { $0 != .resultTotal }
    static let applicantColumns = ApplicantColumn.allCases.filter { $0 != .total }
    static let outcomes = AppealOutcome.parts

    /// The grid of `part`, filled from `value` (nil cells stay empty).
    static func table(_ part: Part, value: NianbaoInput?) -> FormTable {
        func cell(_ number: Int?) -> FormCell { FormCell(text: number.map(String.init) ?? "") }
        func guide(_ text: String) -> FormCell { FormCell(text: text, isGuide: true) }
        switch part {
        case .active:
            var rows = [[guide("项目")] + documentColumns.map { guide($0.name) }]
            for row in documentRows {
                let counts = row.id == "regulations" ? value?.active?.regulations : value?.active?.normativeDocuments
                rows.append([guide(row.name), cell(counts?.issued), cell(counts?.repealed), cell(counts?.inForce)])
            }
            let active = value?.active
            for (row, number) in zip(singleRows.prefix(3), [active?.licensing, active?.penalties, active?.enforcement]) {
                rows.append([guide(row.name), cell(number)])
            }
            rows.append([guide(singleRows[3].name), FormCell(text: active?.fees?.text ?? "")])
            return FormTable(rows: rows, headerRows: 1, columnWeights: [4, 2, 2, 2])
        case .applications:
            var rows = [[guide("申请情况")] + applicantColumns.map { guide($0.name) }]
            for row in applicationRows {
                let counts = value?.applications?[row.id]
                rows.append([guide(row.displayName)] + applicantColumns.map { cell(counts?[$0]) })
            }
            return FormTable(rows: rows, headerRows: 1, columnWeights: [6, 2, 2, 2, 2, 2, 2])
        case .appeals:
            var rows = [[guide("类别")] + outcomes.map { guide($0.name) }]
            for block in AppealBlock.allCases {
                let counts = value?.appeals?[block.id]
                rows.append([guide(block.name), cell(counts?.upheld), cell(counts?.corrected), cell(counts?.other), cell(counts?.pending)])
            }
            return FormTable(rows: rows, headerRows: 1, columnWeights: [5, 2, 2, 2, 2])
        }
    }

    /// YAML lines (indented under the slot key) for the grid of `part`; `place` names a row for errors.
    static func yaml(_ part: Part, table: FormTable, place: (Int) -> String, problems: inout [(String, String)]) -> [(line: String, place: String)] {
        var lines: [(line: String, place: String)] = []
        func value(_ cell: FormCell?) -> String? {
            let text = cell?.text.replacingOccurrences(of: "\n", with: "") ?? ""
            return text.isEmpty ? nil : QuotedString.json(text)
        }
        func mapping(_ ids: [String], _ cells: ArraySlice<FormCell>) -> String? {
            let pairs = zip(ids, cells).compactMap { id, cell in value(cell).map { "\(id): \($0)" } }
            return pairs.isEmpty ? nil : "{" + pairs.joined(separator: ", ") + "}"
        }
        let names: [String]
        switch part {
        case .active: names = documentRows.map(\.name) + singleRows.map(\.name)
        case .applications: names = applicationRows.map(\.displayName)
        case .appeals: names = AppealBlock.allCases.map(\.name)
        }
        for (index, row) in table.rows.enumerated() where index > 0 {
            let label = row.first?.text ?? ""
            guard let position = names.firstIndex(of: label) ?? (label.isEmpty ? nil : names.firstIndex { $0.hasPrefix(label) }) else {
                if row.dropFirst().contains(where: { !$0.text.isEmpty }) {
                    problems.append((place(index), "第一列“\(label)”不是这张表的项目，请不要改动第一列。"))
                }
                continue
            }
            let cells = row.dropFirst()
            switch part {
            case .active:
                if position < documentRows.count {
                    if let flow = mapping(documentColumns.map(\.id), cells) { lines.append(("    \(documentRows[position].id): \(flow)", place(index))) }
                } else if let number = value(cells.first) {
                    lines.append(("    \(singleRows[position - documentRows.count].id): \(number)", place(index)))
                }
            case .applications:
                if let flow = mapping(applicantColumns.map(\.id), cells) { lines.append(("    \(applicationRows[position].id): \(flow)", place(index))) }
            case .appeals:
                if let flow = mapping(outcomes.map(\.id), cells) { lines.append(("    \(AppealBlock.allCases[position].id): \(flow)", place(index))) }
            }
        }
        guard let first = lines.first else { return [] }
        let key = switch part {
        case .active: "active"
        case .applications: "applications"
        case .appeals: "appeals"
        }
        return [("  \(key):", first.place)] + lines
    }
}
