import ZongjieCore

/// Builds the short annual reports the two table rules use as examples: a title,
/// table 三 as one row per line and table 四, with figures that balance unless
/// an example overrides a cell (writing "↓7" marks where the finding must start).
enum NianbaoExampleReport {
    static let title = "某某区司法局2024年政府信息公开工作年度报告"

    /// Table 三 figures that balance: 13 new + 1 carried over = 13 handled + 1 carried forward.
    static let balancedApplications: [ApplicationRow: [String]] = {
        var rows: [ApplicationRow: [String]] = [:]
        for row in ApplicationRow.allCases { rows[row] = ["0", "0", "0", "0", "0", "0", "0"] }
        rows[.received] = ["10", "2", "0", "0", "1", "0", "13"]
        rows[.carriedOver] = ["1", "0", "0", "0", "0", "0", "1"]
        rows[.granted] = ["6", "1", "0", "0", "1", "0", "8"]
        rows[.partlyGranted] = ["1", "0", "0", "0", "0", "0", "1"]
        rows[.withheldThirdParty] = ["1", "0", "0", "0", "0", "0", "1"]
        rows[.unavailableNotHeld] = ["2", "1", "0", "0", "0", "0", "3"]
        rows[.resultTotal] = ["10", "2", "0", "0", "1", "0", "13"]
        rows[.carriedForward] = ["1", "0", "0", "0", "0", "0", "1"]
        return rows
    }()

    static let balancedAppeals: [[String]] = [["1", "0", "0", "1", "2"], ["0", "0", "0", "0", "0"], ["0", "0", "0", "0", "0"]]

    /// The report text; `changes` replaces cells of table 三, `appealChanges` cells of table 四.
    static func text(
        title: String = title,
        prose: String = "全年共收到政府信息公开申请13件，上年结转1件；办结13件，其中予以公开8件，结转下年度继续办理1件。",
        changes: [ApplicationRow: [Int: String]] = [:],
        appealChanges: [AppealBlock: [Int: String]] = [:],
        pipesWithBlankZeros: Bool = false
    ) -> String {
        var lines = [title, "一、总体情况", prose, "三、收到和处理政府信息公开申请情况"]
        for row in ApplicationRow.allCases {
            var cells = balancedApplications[row] ?? []
            for (index, value) in changes[row] ?? [:] { cells[index] = value }
            if pipesWithBlankZeros {
                // As saved web pages have them: `label | 5 |  |  | … | 5`, legal-person zeros left blank.
                let shown = cells.enumerated().map { $0.offset >= 1 && $0.offset <= 5 && $0.element == "0" ? " " : $0.element }
                lines.append(([row.label] + shown).joined(separator: " | "))
            } else {
                lines.append(([row.label] + cells).joined(separator: " "))
            }
        }
        lines.append("四、政府信息公开行政复议、行政诉讼情况")
        for block in AppealBlock.allCases {
            var cells = balancedAppeals[block.rawValue]
            for (index, value) in appealChanges[block] ?? [:] { cells[index] = value }
            lines.append(([block.name] + cells).joined(separator: " "))
        }
        lines.append("五、存在的主要问题及改进情况")
        return lines.joined(separator: "\n") + "\n"
    }
}
