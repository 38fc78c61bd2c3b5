/// Renders the three national tables as Markdown pipe tables, in the format's
/// row order and wording, with every total derived from the parts and zeros shown as 0.
public enum NianbaoMarkdownRenderer {
    /// Table 二 (主动公开政府信息情况) as four small tables, one per 第二十条 item.
    public static func disclosureTable(_ figures: DisclosureFigures) -> String {
        var lines: [String] = []
        func table(_ item: String, _ header: [String], _ rows: [[String]]) {
            lines.append("| \(item) |" + String(repeating: "  |", count: header.count - 1))
            lines.append("|" + String(repeating: " --- |", count: header.count))
            lines.append(row(header))
            lines.append(contentsOf: rows.map(row))
            lines.append("")
        }
        let documents = [DisclosureColumn.issued, .repealed, .inForce].map(\.name)
        table("第二十条第（一）项", ["信息内容"] + documents, [
            [DisclosureRow.regulations.label, "\(figures.regulations.issued)", "\(figures.regulations.repealed)", "\(figures.regulations.inForce)"],
            [DisclosureRow.normativeDocuments.label, "\(figures.normativeDocuments.issued)", "\(figures.normativeDocuments.repealed)", "\(figures.normativeDocuments.inForce)"],
        ])
        table("第二十条第（五）项", ["信息内容", DisclosureColumn.decisions.name], [[DisclosureRow.licensing.label, "\(figures.licensing)"]])
        table("第二十条第（六）项", ["信息内容", DisclosureColumn.decisions.name], [
            [DisclosureRow.penalties.label, "\(figures.penalties)"],
            [DisclosureRow.enforcement.label, "\(figures.enforcement)"],
        ])
        let fee = figures.feeAmount.isEmpty ? "0" : figures.feeAmount
        table("第二十条第（八）项", ["信息内容", DisclosureColumn.feeAmount.name], [[DisclosureRow.fees.label, fee]])
        lines.removeLast()
        return lines.joined(separator: "\n") + "\n"
    }

    /// Table 三 (收到和处理政府信息公开申请情况): 25 rows × 7 columns, the 总计
    /// column and the （七）总计 row derived.
    public static func applicationTable(_ figures: ApplicationFigures) -> String {
        var lines: [String] = []
        lines.append(row(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", ""]))
        lines.append("|" + String(repeating: " --- |", count: 8))
        lines.append(row(["", "自然人", "法人或其他组织", "", "", "", "", "总计"]))
        lines.append(row([""] + ApplicantColumn.allCases.map { $0 == .naturalPerson || $0 == .total ? "" : $0.name }))
        for applicationRow in ApplicationRow.allCases {
            let values = ApplicantColumn.allCases.map { "\(figures[applicationRow, $0])" }
            lines.append(row([rowLabel(applicationRow)] + values))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Table 四 (政府信息公开行政复议、行政诉讼情况): 15 cells, each 总计 derived.
    public static func appealTable(_ figures: NianbaoFigures) -> String {
        let outcomes = AppealOutcome.allCases.map(\.name)
        let empty4 = Array(repeating: "", count: 4)
        var lines: [String] = []
        lines.append(row(["行政复议"] + empty4 + ["行政诉讼"] + empty4 + [""] + empty4))
        lines.append("|" + String(repeating: " --- |", count: 15))
        lines.append(row(Array(repeating: "", count: 5) + ["未经复议直接起诉"] + empty4 + ["复议后起诉"] + empty4))
        lines.append(row(outcomes + outcomes + outcomes))
        let values = AppealBlock.allCases.flatMap { block in AppealOutcome.allCases.map { "\(figures.appeal(block)[$0])" } }
        lines.append(row(values))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The label in the first column: group headings are written before their first sub-row,
    /// as the merged cells of the official form read from left to right, parted by a 全角空格
    /// (an ASCII space between 公开 and 1. is what `cjk-spacing` reports in 公文).
    static func rowLabel(_ row: ApplicationRow) -> String {
        if row == .granted { return "三、本年度办理结果\u{3000}\(row.label)" }
        if let group = row.group, group != .direct, group.rows.first == row { return "\(group.label)\u{3000}\(row.label)" }
        return row.label
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
