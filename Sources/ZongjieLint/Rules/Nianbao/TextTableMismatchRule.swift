import ZongjieCore

/// Finds counts and percentages quoted in the prose of a 政府信息公开工作年度报告
/// (共收到申请X件, 予以公开X件, 办结X件, 208件（17.46%）) that differ from table 三.
public struct TextTableMismatchRule: LintRule {
    public static let description = RuleDescription(
        id: "text-table-mismatch",
        name: "正文数字与表格不符",
        summary: "年报正文引用的申请件数、办理结果件数或百分比与表三不一致。",
        rationale: "审核时会把正文“共收到申请X件”“予以公开X件”等数字与统计表逐一核对，不一致的年报会被退回。",
        basis: "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）；正文数字应与表格一致",
        severity: .warning,
        triggering: TextTableMismatchRuleExamples.triggering,
        nonTriggering: TextTableMismatchRuleExamples.nonTriggering
    )

    public init() {}

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard NianbaoReport.applies(to: context) else { return [] }
        let tables = NianbaoTableReader.read(context.source)
        guard tables.foundApplicationTable else { return [] }
        var findings: [Diagnostic] = []
        for figure in ProseFigureScanner.figures(in: context.source) {
            if let expected = Self.tableValues(for: figure.subject, tables), !expected.values.contains(figure.value) {
                let shown = expected.values.map(String.init).joined(separator: "或")
                let message = "正文「\(figure.lead)\(figure.value)件」与表三不符：表三\(expected.name)为 \(shown) 件；请核对正文或表格"
                findings.append(diagnostic(figure.range, message, data: ["found": String(figure.value), "expected": shown]))
            }
            if let percentage = figure.percentage, let finding = check(percentage, of: figure, tables) { findings.append(finding) }
        }
        return findings
    }

    /// A percentage must be the count over one of the bases a report may use: 办结 (（七）总计),
    /// 本年新收, or 本年新收 plus 上年结转, rounded to the digits written.
    private func check(_ percentage: (value: Double, decimals: Int, range: SourceRange), of figure: ProseFigure, _ tables: NianbaoTables) -> Diagnostic? {
        let total = ApplicantColumn.total
        let bases = [
            tables.value(.application(.resultTotal, total)),
            tables.value(.application(.received, total)),
            tables.value(.application(.received, total)).flatMap { received in tables.value(.application(.carriedOver, total)).map { received + $0 } },
        ].compactMap { $0 }.filter { $0 > 0 }
        guard let firstBase = bases.first else { return nil }
        var unit = 0.5
        for _ in 0..<percentage.decimals { unit /= 10 }
        let matches = bases.contains { abs(100 * Double(figure.value) / Double($0) - percentage.value) <= unit + 1e-9 }
        if matches { return nil }
        let computed = 100 * Double(figure.value) / Double(firstBase)
        let rounded = (computed * 100).rounded() / 100
        let message = "正文「\(figure.lead)\(figure.value)件」后的百分比 \(Self.format(percentage.value, percentage.decimals))% 与表三不符：按办结总数 \(firstBase) 件计算应约为 \(Self.format(rounded, 2))%；请核对"
        return diagnostic(percentage.range, message, data: ["found": Self.format(percentage.value, percentage.decimals), "expected": Self.format(rounded, 2)])
    }

    private static func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard decimals > 0 else { return String(scaled) }
        let whole = scaled / Int(scale)
        var fraction = String(abs(scaled) % Int(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        return "\(whole).\(fraction)"
    }

    /// The table values a quoted count may equal, and how to name them; nil when a cell
    /// involved was not read or left blank (then nothing can be said).
    static func tableValues(for subject: ProseFigure.Subject, _ tables: NianbaoTables) -> (name: String, values: [Int])? {
        func cell(_ row: ApplicationRow, _ column: ApplicantColumn) -> Int? {
            guard let cell = tables.cells[.application(row, column)], !cell.isBlank else { return nil }
            return cell.value
        }
        func sum(_ rows: [ApplicationRow], _ columns: [ApplicantColumn] = [.total]) -> Int? {
            var total = 0
            for row in rows {
                for column in columns {
                    guard let value = cell(row, column) else { return nil }
                    total += value
                }
            }
            return total
        }
        func newOrAll(_ columns: [ApplicantColumn]) -> [Int]? {
            guard let received = sum([.received], columns), let carried = sum([.carriedOver], columns) else { return nil }
            return received == received + carried ? [received] : [received, received + carried]
        }
        let organisations = Array(ApplicantColumn.applicants.dropFirst())
        switch subject {
        case .received: return newOrAll([.total]).map { ("「一、本年新收」总计（或加上年结转）", $0) }
        case .carriedOver: return sum([.carriedOver]).map { ("「二、上年结转」总计", [$0]) }
        case .resultTotal: return sum([.resultTotal]).map { ("「（七）总计」", [$0]) }
        case .carriedForward: return sum([.carriedForward]).map { ("「四、结转下年度继续办理」总计", [$0]) }
        case .granted: return sum([.granted]).map { ("「（一）予以公开」总计", [$0]) }
        case .partlyGranted: return sum([.partlyGranted]).map { ("「（二）部分公开」总计", [$0]) }
        case .grantedOrPartly: return sum([.granted, .partlyGranted]).map { ("「（一）予以公开」与「（二）部分公开」之和", [$0]) }
        case let .group(group): return sum(group.rows).map { ("「\(group.label)」各项之和", [$0]) }
        case .naturalPersons: return newOrAll([.naturalPerson]).map { ("「自然人」本年新收（或加上年结转）", $0) }
        case .organisations: return newOrAll(organisations).map { ("法人或其他组织本年新收（或加上年结转）", $0) }
        }
    }
}
