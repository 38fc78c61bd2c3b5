import Foundation

/// Reading one typed answer against its slot's type, and showing a value as a default.
extension InteractivePrompter {
    /// The value of an answer, or nil when it does not fit the slot's type.
    static func parse(_ answer: String, slot: SlotSpec) -> SlotValue? {
        switch slot.type {
        case .text, .paragraph: return .text(ChineseTextNormalizer.normalize(answer))
        case .date: return ScalarParsing.date(answer).map(SlotValue.date)
        case .count, .percent, .money, .year:
            guard let value = ScalarParsing.number(answer, allowPercentSign: slot.type == .percent) else { return nil }
            if slot.type == .count, value < 0 || value != value.rounded() { return nil }
            if slot.type == .year, !(1990...2100).contains(value) || value != value.rounded() { return nil }
            if slot.type == .money, value < 0 { return nil }
            var written = ScalarParsing.normalizedDigits(answer)
            if written.hasSuffix("%") { written.removeLast() }
            if slot.type == .count || slot.type == .year { written = String(Int(value)) }
            return .number(value, written: written)
        case .list, .table, .nianbaoTables: return nil
        }
    }

    static func expectation(_ slot: SlotSpec) -> String {
        switch slot.type {
        case .count: "非负整数，如 12"
        case .percent: "百分数，如 98.5"
        case .money: "金额数字，如 12.8"
        case .year: "四位年份，如 2024"
        case .date: "日期，如 2025-01-10 或 2025年1月10日"
        default: "文字"
        }
    }

    static func describe(_ value: SlotValue) -> String {
        switch value {
        case .text(let text): text
        case .number(_, let written): written
        case .date(let date): date.chinese
        case .list(let items): "\(items.count)条"
        case .table(let rows): "\(rows.count)行"
        case .nianbaoTables: "统计表"
        }
    }

    /// One list item on one line: heading, text and points.
    static func describe(_ item: ListItem) -> String {
        let body = ([item.text].compactMap { $0 } + item.points).joined(separator: "；")
        guard let title = item.title else { return body }
        return body.isEmpty ? title : "\(title)：\(body)"
    }
}
