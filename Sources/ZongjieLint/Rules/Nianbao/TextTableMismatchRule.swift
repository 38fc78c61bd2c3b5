import ZongjieCore

/// Checks what the prose of a 政府信息公开工作年度报告 says about its tables: each count
/// (共收到申请X件, 予以公开及部分公开X件, 办结X件, 行政复议X件), each share (占X%) against the count
/// over 办结 or 新收 at the precision written, the sum of the results it lists against the
/// total it states, and the outcome words (均获维持, 无纠错) against table 四. Blank totals
/// count as the sums of their parts.
public struct TextTableMismatchRule: LintRule {
    public static let description = RuleDescription(
        id: "text-table-mismatch",
        name: "正文数字与表格不符",
        summary: "年报正文引用的申请件数、办理结果件数、百分比、各项之和或复议诉讼结果与表三、表四不一致。",
        rationale: "审核时会把正文“共收到申请X件”“予以公开X件”“占X%”“均获维持”等表述与统计表逐一核对，不一致的年报会被退回。",
        basis: "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）；正文数字应与表格一致",
        severity: .warning,
        triggering: TextTableMismatchRuleExamples.triggering,
        nonTriggering: TextTableMismatchRuleExamples.nonTriggering
    )

    public init() {}

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard NianbaoReport.applies(to: context) else { return [] }
        let tables = NianbaoReport.tables(of: context)
        let paragraphs = ProseFigureScanner.paragraphs(in: context.source)
        var figures: [ProseFigure] = []
        for (index, paragraph) in paragraphs.enumerated() {
            figures += ProseFigureScanner.figures(inParagraph: paragraph, index: index)
        }
        var findings: [Diagnostic] = []
        // Figures that differ from the table, with the table's value when there is one.
        var flagged: [Int: Int?] = [:]
        for (index, figure) in figures.enumerated() {
            // A share after a wrong count is checked with the table's count: one slip, one finding.
            var count = figure.value
            if let expected = ProseTableValues.expected(for: figure.subject, tables), !expected.values.contains(figure.value) {
                let shown = expected.values.map(String.init).joined(separator: "或")
                let message = "正文「\(figure.lead)\(figure.value)件」与表格不符：\(expected.name)为 \(shown) 件；请核对正文或表格"
                findings.append(diagnostic(figure.range, message, data: ["found": String(figure.value), "expected": shown]))
                flagged[index] = expected.values.count == 1 ? expected.values.first : nil
                if expected.values.count == 1, let value = expected.values.first { count = value }
            }
            if let share = figure.percentage, let finding = ShareCheck.finding(share, of: figure, count: count, tables) {
                findings.append(diagnostic(finding.range, finding.message, data: finding.data))
            }
        }
        findings += sumFindings(figures, flagged: flagged, tables)
        if tables.foundAppealTable {
            for claim in ProseAppealClaim.claims(in: paragraphs) {
                guard let message = claim.contradiction(tables) else { continue }
                findings.append(diagnostic(claim.range, message, data: ["found": claim.words]))
            }
        }
        return findings
    }

    /// "办结 805 件，其中予以公开…" whose listed results do not add up to the total it states.
    /// Only when the list is complete (results left out are 0 in table 三, or every group is
    /// named), and not when the table's values of the results found to differ would make it
    /// add up (those findings already say it).
    private func sumFindings(_ figures: [ProseFigure], flagged: [Int: Int?], _ tables: NianbaoTables) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (totalIndex, total) in figures.enumerated() where total.subject == .resultTotal {
            var parts: [Int] = []
            for index in (totalIndex + 1)..<figures.count {
                let figure = figures[index]
                guard figure.paragraph == total.paragraph, figure.subject != .resultTotal else { break }
                if figure.subject.isResult { parts.append(index) }
            }
            let subjects = parts.map { figures[$0].subject }
            let overlapping = subjects.contains(.grantedOrPartly) && (subjects.contains(.granted) || subjects.contains(.partlyGranted))
            guard parts.count >= 2, !overlapping, flagged[totalIndex] == nil else { continue }
            let named = Set(subjects.flatMap(ProseTableValues.rows))
            let complete = ApplicationRow.resultParts.allSatisfy { row in
                if named.contains(row) { return true }
                guard tables.foundApplicationTable else { return false }
                return tables.resolved(.application(row, .total)) == 0
            }
            let sum = parts.reduce(0) { $0 + figures[$1].value }
            guard sum != total.value, complete || sum > total.value else { continue }
            var corrected = 0
            for index in parts {
                guard let table = flagged[index] else { corrected += figures[index].value; continue }
                guard let table else { corrected = -1; break }
                corrected += table
            }
            // With the table's values the list adds up: the count findings say all there is.
            guard corrected >= 0, corrected != total.value else { continue }
            let listed = parts.map { "\(figures[$0].value)" }.joined(separator: "+")
            let message = "正文所列各项办理结果之和为 \(listed)=\(sum) 件，与所述「\(total.lead)\(total.value)件」不符；请核对各项件数或总数"
            findings.append(diagnostic(total.range, message, data: ["found": String(total.value), "expected": String(sum)]))
        }
        return findings
    }
}
