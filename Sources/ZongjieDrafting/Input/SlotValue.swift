import ZongjieCore

/// A validated fact from an input file, typed by its slot.
public enum SlotValue: Sendable, Hashable {
    case text(String)
    /// count, percent, money and year; `written` keeps the user's digits for display.
    case number(Double, written: String)
    case date(CalendarDate)
    case list([ListItem])
    case table([TableRow])
    /// The counts of the 政府信息公开工作年度报告 tables as given; totals are derived when drafting.
    case nianbaoTables(NianbaoInput)
}

/// A 成文日期 as year, month and day.
public struct CalendarDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// GB/T 9704 form: 2025年1月10日 (no leading zeros).
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// ISO form used in input files: 2025-01-10.
    public var iso: String {
        let month = month < 10 ? "0\(month)" : "\(month)"
        let day = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(month)-\(day)"
    }
}

/// One item of a list slot: a heading (for （一） items), a paragraph, and sub-points (一是/二是).
public struct ListItem: Sendable, Hashable {
    public var title: String?
    public var text: String?
    public var points: [String]

    public init(title: String? = nil, text: String? = nil, points: [String] = []) {
        self.title = title
        self.text = text
        self.points = points
    }
}

/// One row of a table slot.
public struct TableRow: Sendable, Hashable {
    public var name: String
    public var count: Double
    public var written: String

    public init(name: String, count: Double, written: String) {
        self.name = name
        self.count = count
        self.written = written
    }
}

/// The facts for one draft, by slot key.
public struct DraftInput: Sendable, Hashable {
    public var values: [String: SlotValue]
    /// The report's own structure (`structure:`, from `zongjie import`); nil: the type's templates.
    public var structure: FreeformStructure?
    /// Last year's plans to report on (`previous_plans:`).
    public var previousPlans: [PlanCheck]
    /// Where each slot's value was written in the material (line and column), so a problem
    /// found in the figures can point the user at it; empty for input built in code.
    public var locations: [String: InputLocation] = [:]

    public init(values: [String: SlotValue] = [:], structure: FreeformStructure? = nil, previousPlans: [PlanCheck] = []) {
        self.values = values
        self.structure = structure
        self.previousPlans = previousPlans
    }

    /// Equal facts are equal inputs wherever in a file they were written.
    public static func == (lhs: DraftInput, rhs: DraftInput) -> Bool {
        lhs.values == rhs.values && lhs.structure == rhs.structure && lhs.previousPlans == rhs.previousPlans
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(values)
        hasher.combine(structure)
        hasher.combine(previousPlans)
    }

    /// The number in slot `key`, if it holds one.
    public func number(_ key: String) -> Double? {
        if case .number(let value, _) = values[key] { return value }
        return nil
    }

    /// The text in slot `key`, if it holds one.
    public func text(_ key: String) -> String? {
        if case .text(let value) = values[key] { return value }
        return nil
    }
}

/// A 1-based line and column (in Unicode scalars) in a material file; for a Word material
/// form also the table row the value was typed in (表5第2行), which is what the clerk sees.
public struct InputLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int
    /// The form's table row; nil for YAML and JSON material.
    public var place: String?

    public init(line: Int, column: Int, place: String? = nil) {
        self.line = line
        self.column = column
        self.place = place
    }
}

extension DraftInput {
    /// A problem with slot `key`'s value at its place in `file` (file:line:column, or the form's
    /// 表5第2行, worded without key names); the whole file when the value's place is unknown.
    public func sourceProblem(at key: String, file: String, message: String) -> SourceProblem {
        let location = locations[key]
        guard let place = location?.place else { return SourceProblem(file: file, line: location?.line, column: location?.column, message: message) }
        return SourceProblem(file: file, line: location?.line, message: FormProblemWording.forClerk(message), place: place)
    }
}
