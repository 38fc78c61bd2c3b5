import ZongjieCore

/// A paragraph as read: its text (one line), what it says about structure, and its format.
struct ReadParagraph {
    var text: String
    /// The text with the PAGE field's result shown as "#", for footers.
    var pattern: String
    var paragraph: DocxParagraph
    var format: ParagraphFormat
    /// Where each piece of `text` came from in document.xml.
    var map = DocxLineMap()
}

/// A paragraph being read: direct properties, runs so far, text boxes anchored in it.
struct ParagraphBuilder {
    var container: ParagraphFormat.Container
    var styleID: String?
    var direct = ParagraphProperties()
    /// Ordinal of this w:p in document.xml (see `DocxLineMap.paragraphOrdinals`).
    var ordinal = 0
    var text = ""
    var scalarCount = 0
    var segments: [DocxTextSegment] = []
    var pattern = ""
    var runs: [RunFormat] = []
    var markDeleted = false
    /// Paragraphs of text boxes anchored here, emitted after this one.
    var deferred: [ReadParagraph] = []
}

/// A run being read.
struct RunBuilder {
    var style: String?
    var direct = RunProperties()
    var text = ""
    var scalarCount = 0
    /// Pieces of `text`, offsets relative to the run's start.
    var segments: [DocxTextSegment] = []
    var pattern = ""
    var isPageNumber = false
}

/// A complex or simple field: its instruction and whether its result is being read.
struct FieldState {
    var instruction = ""
    var inResult = false

    var isPage: Bool {
        instruction.split(separator: " ").first.map { $0.uppercased() == "PAGE" } ?? false
    }
}

/// A table cell's paragraphs and a row's cells, to be joined into one line per row.
struct RowBuilder {
    var cells: [[ReadParagraph]] = []
    var currentCell: [ReadParagraph]?
    /// Grid columns each finished cell covers (w:gridSpan), so merged cells keep columns in place.
    var spans: [Int] = []
    var currentSpan = 1
}

/// Page setup facts of one w:sectPr.
struct SectionInfo {
    var page: PageSetup?
    var footers: [String: String] = [:]
}

extension ReadParagraph {
    /// Several paragraphs as one line: texts joined by `separator`, runs kept in step with the text.
    static func joined(_ parts: [ReadParagraph], separator: String, container: ParagraphFormat.Container) -> ReadParagraph? {
        guard var first = parts.first else { return nil }
        var text = ""
        var pattern = ""
        var runs: [RunFormat] = []
        var map = DocxLineMap()
        var length = 0
        for (index, part) in parts.enumerated() {
            if index > 0 {
                let separatorLength = separator.unicodeScalars.count
                map.segments.append(DocxTextSegment(start: length, length: separatorLength, source: .generated))
                length += separatorLength
                text += separator
                pattern += separator
                var gap = runs.last ?? RunFormat()
                gap.length = separator.unicodeScalars.count
                gap.hasHan = false
                if gap.length > 0 { runs.append(gap) }
            }
            map.segments += part.map.segments.map { $0.shifted(by: length) }
            map.paragraphOrdinals += part.map.paragraphOrdinals
            length += part.text.unicodeScalars.count
            text += part.text
            pattern += part.pattern
            runs.append(contentsOf: part.format.runs)
        }
        first.map = map
        first.text = text
        first.pattern = pattern
        first.paragraph.text = text
        first.paragraph.container = container
        first.format.container = container
        first.format.runs = runs
        return first
    }

    /// `self` with `other` appended to the same line (a deleted paragraph mark joins two paragraphs).
    func prepended(to other: ReadParagraph) -> ReadParagraph {
        var result = other
        result.text = text + other.text
        result.pattern = pattern + other.pattern
        result.paragraph.text = result.text
        result.format.runs = format.runs + other.format.runs
        let length = text.unicodeScalars.count
        result.map = DocxLineMap(
            segments: map.segments + other.map.segments.map { $0.shifted(by: length) },
            paragraphOrdinals: map.paragraphOrdinals + other.map.paragraphOrdinals
        )
        return result
    }
}

/// Whether a scalar is a Han character (CJK ideograph), whose font is the East Asian one.
func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
    default: false
    }
}
