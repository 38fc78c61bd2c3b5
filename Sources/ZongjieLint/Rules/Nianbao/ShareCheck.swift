import ZongjieCore

/// A share (占X%) must be the count over a base the reader can find in table 三 — 办结
/// (（七）总计), 本年新收, or 新收 plus 上年结转 — rounded to the digits written: 35 of 805 is
/// 4.35 %, so 4.34 % is a finding with the right figure.
enum ShareCheck {
    struct Finding {
        var range: SourceRange
        var message: String
        var data: [String: String]
    }

    private struct Base {
        var kind: ProseFigure.Base
        var name: String
        var value: Int
    }

    static func finding(_ share: (value: Double, decimals: Int, range: SourceRange, base: ProseFigure.Base?), of figure: ProseFigure, count: Int, _ tables: NianbaoTables) -> Finding? {
        if case .appeals = figure.subject { return nil }
        guard tables.foundApplicationTable else { return nil }
        let total = ApplicantColumn.total
        var bases: [Base] = []
        if let handled = tables.resolved(.application(.resultTotal, total)), handled > 0 { bases.append(Base(kind: .handled, name: "办结", value: handled)) }
        if let received = tables.resolved(.application(.received, total)), received > 0 {
            bases.append(Base(kind: .received, name: "本年新收", value: received))
            if let carried = tables.resolved(.application(.carriedOver, total)), carried > 0 {
                bases.append(Base(kind: .received, name: "新收与上年结转之和", value: received + carried))
            }
        }
        guard !bases.isEmpty else { return nil }
        // The share of the count as written, when the count itself differs from the table,
        // shows the count is the slip (already reported): the share says nothing new.
        if count != figure.value, bases.contains(where: { format(100 * Double(figure.value) / Double($0.value), share.decimals) == format(share.value, share.decimals) }) { return nil }
        let stated = format(share.value, share.decimals)
        func rounded(_ base: Base) -> String { format(100 * Double(count) / Double(base.value), share.decimals) }
        let matching = bases.filter { rounded($0) == stated }
        let lead = "正文「\(figure.lead)\(figure.value)件」的占比 \(stated)% "
        if let named = share.base, !matching.isEmpty, !matching.contains(where: { $0.kind == named }) {
            // Reproduced by a base, but not the one the words name.
            guard let right = bases.first(where: { $0.kind == named }), let used = matching.first else { return nil }
            let message = "\(lead)是按\(used.name) \(used.value) 件算出的，而正文说的是占\(right.name)；按\(right.name) \(right.value) 件应为 \(rounded(right))%，请核对"
            return Finding(range: share.range, message: message, data: ["found": stated, "expected": rounded(right), "base": used.name])
        }
        guard matching.isEmpty else { return nil }
        let ordered = share.base.map { named in bases.filter { $0.kind == named } + bases.filter { $0.kind != named } } ?? bases
        guard let first = ordered.first else { return nil }
        let others = ordered.dropFirst().map { "按\($0.name) \($0.value) 件为 \(rounded($0))%" }
        let also = others.isEmpty ? "" : "（\(others.joined(separator: "，"))）"
        let message = "\(lead)与表三不符，任何基数都算不出：按\(first.name) \(first.value) 件计算应为 \(rounded(first))%\(also)；请核对"
        return Finding(range: share.range, message: message, data: ["found": stated, "expected": rounded(first), "base": first.name])
    }

    /// `value` rounded half up to `decimals` digits, as written in reports ("4.35").
    static func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale + 1e-9).rounded(.toNearestOrAwayFromZero))
        guard decimals > 0 else { return String(scaled) }
        let whole = scaled / Int(scale)
        var fraction = String(abs(scaled) % Int(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        return "\(whole).\(fraction)"
    }
}
