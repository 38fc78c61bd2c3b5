/// The kinds of fact a report type asks for. Each has a YAML spelling used in
/// `plugin.yaml` (`type: count`) and a Chinese name shown to the writer.
public enum SlotType: String, Sendable, Hashable, CaseIterable {
    /// One line of text: a unit name, an addressee.
    case text
    /// A paragraph of prose.
    case paragraph
    /// Items, each a string or `{title, text, points}`; points become 一是/二是.
    case list
    /// A whole number with a unit (条/件/个/人次 …).
    case count
    /// A percentage, written without the % sign.
    case percent
    /// An amount of money in the slot's unit (元/万元).
    case money
    /// A calendar date: 2025-01-10 or 2025年1月10日.
    case date
    /// A four-digit year.
    case year
    /// Rows of name + count.
    case table
    /// The three statistical tables of a 政府信息公开工作年度报告 (`NianbaoInput`), totals derived.
    case nianbaoTables = "nianbao-tables"

    /// What a writer sees in prompts and templates.
    public var chineseName: String {
        switch self {
        case .text: "文字"
        case .paragraph: "段落"
        case .list: "条目列表"
        case .count: "数量"
        case .percent: "百分比"
        case .money: "金额"
        case .date: "日期"
        case .year: "年份"
        case .table: "名称与数量表"
        case .nianbaoTables: "年报统计表"
        }
    }

    /// Whether the value is a single number (count, percent, money, year).
    public var isNumeric: Bool {
        switch self {
        case .count, .percent, .money, .year: true
        default: false
        }
    }
}

/// One fact a report type asks for: its key in the input file, type, label and hint.
public struct SlotSpec: Sendable, Hashable {
    /// Input key, snake_case ASCII (e.g. `applications_received`).
    public var key: String
    public var type: SlotType
    /// Chinese label, also the placeholder text (【待填：label】).
    public var label: String
    /// One line telling the writer what to give.
    public var hint: String
    public var required: Bool
    /// Unit written after the number (条, 件, 万元); for tables, the unit of the counts.
    public var unit: String?
    /// A value offered in interactive mode and the input template.
    public var example: String?
    /// For lists: items carry a heading (`title`) and points, and become （一） subsections.
    public var titled: Bool
    /// For figures: words written just before the figure in real reports (主动公开政府信息),
    /// so `zongjie import` fills the slot from last year's text.
    public var cues: [String] = []

    public init(key: String, type: SlotType, label: String, hint: String = "", required: Bool = false, unit: String? = nil, example: String? = nil, titled: Bool = false) {
        self.key = key
        self.type = type
        self.label = label
        self.hint = hint
        self.required = required
        self.unit = unit
        self.example = example
        self.titled = titled
    }
}
