import ZongjieCore

/// Finds table cells of a 政府信息公开工作年度报告 that break the format's
/// arithmetic (§2.6): 一 + 二 = （七）总计 + 四 per column, （七）总计 = its parts,
/// 总计 = the applicant columns per row, each table-四 block's 总计 = its outcomes.
public struct TableIdentityRule: LintRule {
    public static let description = RuleDescription(
        id: "table-identity",
        name: "年报表格勾稽关系",
        summary: "政府信息公开工作年度报告表三、表四的数字不平衡（合计与分项不符）。",
        rationale: "表三注明“第一项加第二项之和，等于第三项加第四项之和”，各行总计、（七）总计和表四各栏总计也须等于分项之和；数字不平衡的年报会被退回。",
        basis: "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）表三说明：第一项加第二项之和，等于第三项加第四项之和",
        severity: .error,
        triggering: TableIdentityRuleExamples.triggering,
        nonTriggering: TableIdentityRuleExamples.nonTriggering
    )

    public init() {}

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard NianbaoReport.applies(to: context) else { return [] }
        let tables = NianbaoReport.tables(of: context)
        var findings: [Diagnostic] = []
        for imbalance in NianbaoIdentityCheck.imbalances(tables) {
            guard let cell = tables.cells[imbalance.cell] else { continue }
            findings.append(finding(imbalance, cell))
        }
        // Say what could not be read of the checked tables, so silence is not taken for a pass.
        for note in tables.notes where !note.message.hasPrefix("表二") {
            let range = SourceRange(line: note.line, startColumn: 1, endColumn: 1)
            findings.append(Diagnostic(ruleID: Self.id, severity: .info, range: range, message: "\(note.message)；相关勾稽关系未核对"))
        }
        return findings
    }

    private func finding(_ imbalance: NianbaoImbalance, _ cell: NianbaoCell) -> Diagnostic {
        let expected = imbalance.expected.map(String.init) ?? "?"
        let statements = imbalance.identities.map(\.statement).joined(separator: "；")
        let data = ["cell": imbalance.cell.displayName, "found": String(imbalance.found), "expected": expected]
        if cell.isBlank {
            let message = "\(imbalance.cell.displayName)为空（按 0 计），按表内勾稽关系应为 \(expected)（\(statements)）；请填写数字，没有的填 0"
            return Diagnostic(ruleID: Self.id, severity: .info, range: cell.range, message: message, data: data)
        }
        let message: String
        if imbalance.isLocated {
            message = "\(imbalance.cell.displayName)填 \(imbalance.found)，按表内勾稽关系应为 \(expected)（\(statements)）；请核对该单元格"
        } else {
            message = "\(imbalance.cell.displayName)填 \(imbalance.found)，按分项计算应为 \(expected)：\(statements)；请核对该行、该列各单元格"
        }
        return diagnostic(cell.range, message, data: data)
    }
}
