/// One line of text split into table cells: leading label cells, then figure cells.
///
/// Handles what users paste: Markdown pipe rows (`| a | 1 |`), `a | 1 | 2`
/// rows with empty cells, tab- or space-separated rows, full-width digits,
/// spaces inside a number in a pipe cell ("1 259"), and '-' for an empty cell.
struct TableLine: Sendable {
    /// A cell before the first figure: a row label or part of one.
    struct Label: Sendable {
        var text: String
        var startColumn: Int
    }

    var lineNumber: Int
    var labels: [Label]
    /// Figure cells after the labels (numbers, decimals, blanks and dashes).
    var figures: [NianbaoCell]

    /// Whether at least one figure is a number (a line of blanks is no row).
    var hasNumber: Bool { figures.contains { !$0.isBlank } }

    /// The figures when the row has exactly `count` cells once empty cells beyond
    /// `count` are dropped, trailing ones first ("1 | 2 | … | 7 | " has a trailing empty cell).
    func figures(count: Int) -> [NianbaoCell]? {
        var cells = figures
        while cells.count > count, let last = cells.last, last.isBlank, last.text.isEmpty { cells.removeLast() }
        // An empty cell between the label and the figures is a merged label column ("| 一、… |  | 56 |").
        while cells.count > count, let first = cells.first, first.isBlank, first.text.isEmpty { cells.removeFirst() }
        return cells.count == count ? cells : nil
    }

    /// Splits line `lineNumber` with content `text`; nil for lines that cannot be table rows
    /// (prose with 。, Markdown separator rows, empty lines).
    static func parse(_ text: String, lineNumber: Int) -> TableLine? {
        let scalars = Array(text.unicodeScalars)
        if scalars.isEmpty || scalars.contains("。") { return nil }
        let raw = rawCells(scalars)
        if raw.isEmpty { return nil }
        if raw.allSatisfy({ isSeparatorCell($0.text) }) && raw.contains(where: { $0.text.contains("-") }) { return nil }
        var labels: [Label] = []
        var figures: [NianbaoCell] = []
        var index = 0
        // Empty cells before the first label are merged-cell artefacts.
        while index < raw.count, raw[index].text.isEmpty, raw[index...].contains(where: { classify($0.text) == .label }) { index += 1 }
        while index < raw.count, classify(raw[index].text) == .label {
            labels.append(Label(text: raw[index].text, startColumn: raw[index].start))
            index += 1
        }
        while index < raw.count {
            let cell = raw[index]
            let range = SourceRange(line: lineNumber, startColumn: cell.start, endColumn: cell.end)
            switch classify(cell.text) {
            case .label: return TableLine(lineNumber: lineNumber, labels: labels, figures: [])
            case let .number(value): figures.append(NianbaoCell(text: cell.text, value: value, isBlank: false, range: range))
            case .decimal: figures.append(NianbaoCell(text: normalizedDigits(cell.text), value: nil, isBlank: false, range: range))
            case .blank: figures.append(NianbaoCell(text: cell.text, value: 0, isBlank: true, range: range))
            }
            index += 1
        }
        return TableLine(lineNumber: lineNumber, labels: labels, figures: figures)
    }

    private struct RawCell {
        var text: String
        var start: Int
        var end: Int
    }

    /// Cells with 1-based scalar columns of their trimmed text.
    private static func rawCells(_ scalars: [Unicode.Scalar]) -> [RawCell] {
        let separator: Unicode.Scalar? = scalars.contains("|") ? "|" : (scalars.contains("\t") ? "\t" : nil)
        var cells: [RawCell] = []
        var current = String.UnicodeScalarView()
        var currentStart = 1
        var lastNonSpace = 0
        func flush(at column: Int) {
            let text = String(current)
            cells.append(RawCell(text: text, start: text.isEmpty ? column : currentStart, end: text.isEmpty ? column : lastNonSpace + 1))
            current = String.UnicodeScalarView()
        }
        for (offset, scalar) in scalars.enumerated() {
            let column = offset + 1
            let isSeparator = separator.map { scalar == $0 } ?? isSpace(scalar)
            if isSeparator {
                if separator != nil || !current.isEmpty { flush(at: column) }
                continue
            }
            if isSpace(scalar) {
                // Inside a pipe or tab cell a space may split a number ("1 259"): keep it, trim later.
                if !current.isEmpty { current.append(scalar) }
                continue
            }
            if current.isEmpty { currentStart = column }
            current.append(scalar)
            lastNonSpace = column
        }
        if separator != nil || !current.isEmpty { flush(at: scalars.count + 1) }
        cells = cells.map { cell in
            var trimmed = cell
            var view = Array(cell.text.unicodeScalars)
            while let last = view.last, isSpace(last) { view.removeLast() }
            trimmed.text = String(String.UnicodeScalarView(view))
            return trimmed
        }
        if separator == "|" {
            let trimmedLine = scalars.filter { !isSpace($0) }
            // Outer pipes only in Markdown rows (`| a | b |`); "a | 1 | " keeps its trailing empty cell.
            if trimmedLine.first == "|" {
                if cells.first?.text.isEmpty == true { cells.removeFirst() }
                if trimmedLine.last == "|", cells.last?.text.isEmpty == true { cells.removeLast() }
            }
        }
        return cells
    }

    private enum Kind: Equatable {
        case label
        case number(Int)
        case decimal
        case blank
    }

    private static let dashes: Set<String> = ["-", "--", "—", "——", "－", "–", "/", "／", "—-"]

    private static func classify(_ text: String) -> Kind {
        if text.isEmpty || dashes.contains(text) { return .blank }
        let digits = normalizedDigits(text)
        if digits.isEmpty { return .label }
        var sawDot = false
        var sawDigit = false
        for scalar in digits.unicodeScalars {
            if scalar >= "0" && scalar <= "9" {
                sawDigit = true
            } else if scalar == ".", !sawDot, sawDigit {
                sawDot = true
            } else {
                return .label
            }
        }
        if digits.unicodeScalars.last == "." { return .label }
        if sawDot { return .decimal }
        guard let value = Int(digits) else { return .label }
        return .number(value)
    }

    /// ASCII digits for full-width ones; spaces, thousands commas and Markdown bold marks removed.
    static func normalizedDigits(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0xFF10 && scalar.value <= 0xFF19, let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                result.append(ascii)
            } else if scalar == "．" {
                result.append(".")
            } else if isSpace(scalar) || scalar == "," || scalar == "*" {
                continue
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isSeparatorCell(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == "-" || $0 == ":" || isSpace($0) }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }
}
