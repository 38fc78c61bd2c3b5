/// A fill-in form as a Word file holds it: paragraphs and tables in document
/// order, each table cell a list of lines (its paragraphs and line breaks).
/// The material form (`input-template --format docx`) is built as one and read back as one.
public struct FormDocument: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        case paragraph(String, style: ParagraphStyle)
        case table(FormTable)
    }

    /// How a form paragraph looks; reading gives `.body` for every paragraph.
    public enum ParagraphStyle: Sendable, Hashable {
        case title, body, caption
    }

    public var blocks: [Block]

    public init(blocks: [Block] = []) {
        self.blocks = blocks
    }

    /// The tables in order, each with the paragraph just before it (its caption), if any.
    public var tables: [(caption: String?, table: FormTable)] {
        var result: [(caption: String?, table: FormTable)] = []
        var last: String?
        for block in blocks {
            switch block {
            case .paragraph(let text, _):
                let trimmed = FormCell.trimmed(text)
                if !trimmed.isEmpty { last = trimmed }
            case .table(let table):
                result.append((last, table))
                last = nil
            }
        }
        return result
    }

    /// The texts of the paragraphs outside tables.
    public var paragraphs: [String] {
        blocks.compactMap { block in
            if case .paragraph(let text, _) = block { return text }
            return nil
        }
    }
}

/// One table of a form: rows of cells; the first `headerRows` rows are column headings.
public struct FormTable: Sendable, Hashable {
    public var rows: [[FormCell]]
    public var headerRows: Int
    /// Relative column widths (any unit); empty: equal columns.
    public var columnWeights: [Int]

    public init(rows: [[FormCell]], headerRows: Int = 1, columnWeights: [Int] = []) {
        self.rows = rows
        self.headerRows = headerRows
        self.columnWeights = columnWeights
    }
}

/// One cell: its lines (each paragraph, and each line break inside one, is a line).
public struct FormCell: Sendable, Hashable {
    public var lines: [String]
    /// A cell the writer of the form fills in (shaded grey: not for the clerk to change).
    public var isGuide: Bool

    public init(_ lines: [String] = [], isGuide: Bool = false) {
        self.lines = lines
        self.isGuide = isGuide
    }

    /// A one-line cell.
    public init(text: String, isGuide: Bool = false) {
        self.init(text.isEmpty ? [] : [text], isGuide: isGuide)
    }

    /// The lines joined by newlines, trimmed; empty lines dropped.
    public var text: String {
        lines.map(Self.trimmed).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// `text` without leading and trailing spaces (ASCII, full-width, no-break) and tabs.
    public static func trimmed(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func blank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\r"
        }
        guard let first = scalars.firstIndex(where: { !blank($0) }), let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
