import ZongjieCore

/// The table values a count quoted in the prose may equal, read with blank totals taken
/// as the sums of their parts (many real reports leave the 总计 column blank).
enum ProseTableValues {
    /// The values and how to name them; nil when a cell involved was not read.
    static func expected(for subject: ProseFigure.Subject, _ tables: NianbaoTables) -> (name: String, values: [Int])? {
        func sum(_ rows: [ApplicationRow], _ columns: [ApplicantColumn] = [.total]) -> Int? {
            guard tables.foundApplicationTable else { return nil }
            var total = 0
            for row in rows {
                for column in columns {
                    guard let value = tables.resolved(.application(row, column)) else { return nil }
                    total += value
                }
            }
            return total
        }
        func newOrAll(_ columns: [ApplicantColumn]) -> [Int]? {
            guard let received = sum([.received], columns), let carried = sum([.carriedOver], columns) else { return nil }
            return carried == 0 ? [received] : [received, received + carried]
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
        case let .appeals(scope, outcome):
            guard tables.foundAppealTable else { return nil }
            var total = 0
            for block in scope.blocks {
                guard let value = tables.resolved(.appeal(block, outcome ?? .total)) else { return nil }
                total += value
            }
            var values = [total]
            // "复议和诉讼 N 件" often leaves out the suits that followed a review (the same case).
            if scope == .all, let review = tables.resolved(.appeal(.review, outcome ?? .total)), let direct = tables.resolved(.appeal(.directSuit, outcome ?? .total)) {
                values.append(review + direct)
            }
            return ("表四「\(scope.name)」\(outcome.map { "「\($0.name)」" } ?? "总计")", values)
        }
    }

    /// The table-三 result rows a subject covers, for telling whether a list of results is complete.
    static func rows(of subject: ProseFigure.Subject) -> [ApplicationRow] {
        switch subject {
        case .granted: [.granted]
        case .partlyGranted: [.partlyGranted]
        case .grantedOrPartly: [.granted, .partlyGranted]
        case let .group(group): group.rows
        default: []
        }
    }
}
