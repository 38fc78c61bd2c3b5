import ZongjieCore

// With last year's 年报 (`lint --previous`): this year's 上年结转 must equal last year's
// 结转下年度继续办理 in every column, and a change stated over last year (较上年增长X%,
// 同比减少X件) must follow from last year's table and this year's.
extension PreviousFiguresRule {
    /// The 年报 side of `previous-figures`: carried-over counts and stated changes against
    /// both years' tables (the prose-only comparison would miss the tables).
    func nianbaoFindings(_ context: LintContext, previous: PreviousReport) -> [Diagnostic] {
        let last = NianbaoTableReader.read(previous.source)
        guard last.foundApplicationTable else { return [] }
        let tables = NianbaoReport.tables(of: context)
        let lastName = previous.reportYear.map { "\($0)年年报" } ?? "上年年报"
        var findings: [Diagnostic] = []
        if tables.foundApplicationTable {
            for mismatch in NianbaoCarryOver.mismatches(current: tables, previous: last) {
                let message = "表三「二、上年结转」行「\(mismatch.column.name)」列为 \(mismatch.carriedOver)，\(lastName)「四、结转下年度继续办理」该列为 \(mismatch.lastCarriedForward)；上年结转的就是上年结转下年度的申请，两者应相等"
                let range = mismatch.cell?.range ?? tables.cells[.application(.carriedOver, .total)]?.range ?? .documentStart
                findings.append(diagnostic(range, message, data: ["column": mismatch.column.name, "found": String(mismatch.carriedOver), "expected": String(mismatch.lastCarriedForward)]))
            }
        }
        for (index, paragraph) in ProseFigureScanner.paragraphs(in: context.source).enumerated() {
            let figures = ProseFigureScanner.figures(inParagraph: paragraph, index: index)
            for change in ProseChange.changes(in: paragraph, figures: figures) {
                if let finding = nianbaoCheck(change, tables, last, lastName) { findings.append(finding) }
            }
        }
        return findings
    }

    private func nianbaoCheck(_ change: ProseChange, _ tables: NianbaoTables, _ last: NianbaoTables, _ lastName: String) -> Diagnostic? {
        guard let before = ProseTableValues.expected(for: change.figure.subject, last), let previous = before.values.first else { return nil }
        // This year's count as the table has it (a wrong prose count is text-table-mismatch's finding).
        let now = ProseTableValues.expected(for: change.figure.subject, tables)?.values.first ?? change.figure.value
        let stated = Double(change.sign) * change.value
        let right: String
        if change.isPercent {
            guard previous > 0 else { return nil }
            let actual = 100 * Double(now - previous) / Double(previous)
            guard ShareCheck.format(actual, change.decimals) != ShareCheck.format(stated, change.decimals) else { return nil }
            right = "\(actual >= 0 ? "增长" : "下降") \(ShareCheck.format(abs(actual), change.decimals))%"
        } else {
            guard now - previous != Int(stated) else { return nil }
            right = "\(now >= previous ? "增加" : "减少") \(abs(now - previous)) 件"
        }
        let message = "正文「\(change.figure.lead)\(change.figure.value)件，\(change.words)」与两年的表格不符：\(lastName)\(before.name)为 \(previous) 件，今年为 \(now) 件，应为\(right)；请核对"
        return diagnostic(change.range, message, data: ["found": change.words, "expected": right, "previous": String(previous)])
    }
}
