import ZongjieCore

/// Empty cells in the tables of a 政府信息公开工作年度报告, once per table: the format asks for
/// 0 where there is nothing, and a blank 总计 leaves the reader to add it up.
public struct TableBlankCellRule: LintRule {
    public static let description = RuleDescription(
        id: "table-blank-cell",
        name: "年报表格空格",
        summary: "政府信息公开工作年度报告表二、表三、表四中有空着的单元格（没有的应填 0，总计应填写），每张表报告一次。",
        rationale: "年度报告格式要求各栏如实填写，没有的填 0；总计空着时读者须自行相加，审核时也会要求补齐。正文与表格的核对仍按分项之和进行。",
        basis: "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）的统计表各栏须填写",
        severity: .info,
        triggering: [
            // A blank 总计 (here “-”) is read as the sum of its row, and reported once.
            RuleExample(NianbaoExampleReport.text(changes: [.received: [6: "↓-"], .granted: [6: "-"]])),
        ],
        nonTriggering: [
            RuleExample(NianbaoExampleReport.text()),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard NianbaoReport.applies(to: context) else { return [] }
        let tables = NianbaoReport.tables(of: context)
        let totals = tables.blankTotals
        var findings: [Diagnostic] = []
        for table in [2, 3, 4] {
            let blanks = tables.cells.filter { Self.table(of: $0.key) == table && $0.value.isBlank }.map(\.value).sorted { $0.range.start < $1.range.start }
            guard let first = blanks.first else { continue }
            let name = table == 2 ? "表二" : table == 3 ? "表三" : "表四"
            var message = "\(name)有 \(blanks.count) 个单元格空着（读作 0）；年度报告格式要求没有的填 0"
            var data = ["count": String(blanks.count)]
            let tableTotals = totals.filter { Self.table(of: $0.key) == table }
            if !tableTotals.isEmpty {
                let shown = tableTotals.prefix(3).map { "\($0.key.displayName)按分项应为 \($0.sum)" }.joined(separator: "，")
                message += "；其中总计空着而分项不为 0：\(shown)\(tableTotals.count > 3 ? " 等 \(tableTotals.count) 处" : "")，请填写"
                data["expected"] = String(tableTotals[0].sum)
                data["cell"] = tableTotals[0].key.displayName
            }
            let at = tableTotals.first?.cell ?? first
            findings.append(diagnostic(at.range, message + "。", data: data))
        }
        return findings
    }

    private static func table(of key: NianbaoCellKey) -> Int {
        switch key {
        case .disclosure: 2
        case .application: 3
        case .appeal: 4
        }
    }
}
