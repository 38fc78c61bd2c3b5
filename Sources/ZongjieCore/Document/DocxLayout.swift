/// Formatting facts read from a Word file, for checking it against GB/T 9704.
///
/// Filled in by the docx reader; nil for plain-text inputs. Lengths are in
/// twips (1/20 pt) and sizes in points, as Word stores them, so a rule can
/// name what it found in the units a user sees in Word.
public struct DocxLayout: Sendable, Hashable {
    /// Page size, margins and document grid of the body's (last) section; nil when the file has none.
    public var page: PageSetup?
    /// One entry per text line the reader produced, in the same order: entry `i` is line `i + 1`.
    public var paragraphs: [ParagraphFormat]
    /// How page numbers are set in the footers; nil when no footer holds a PAGE field.
    public var pageNumber: PageNumberFormat?
    /// Fonts named in word/fontTable.xml, with the alternative name Word falls back to (w:altName).
    public var declaredFonts: [String: String]
    /// Font size (pt) of the Normal style, which Word uses as the grid's base character size.
    public var normalFontSize: Double?
    /// Tracked changes not yet accepted or rejected (w:ins, w:del, moves, formatting changes).
    public var pendingRevisions = 0
    /// Comments (批注) still in the document.
    public var pendingComments = 0

    public init(
        page: PageSetup? = nil,
        paragraphs: [ParagraphFormat] = [],
        pageNumber: PageNumberFormat? = nil,
        declaredFonts: [String: String] = [:],
        normalFontSize: Double? = nil
    ) {
        self.page = page
        self.paragraphs = paragraphs
        self.pageNumber = pageNumber
        self.declaredFonts = declaredFonts
        self.normalFontSize = normalFontSize
    }

    /// The format of 1-based line `line`, if the reader produced that line.
    public func paragraph(line: Int) -> ParagraphFormat? {
        guard line >= 1, line <= paragraphs.count else { return nil }
        return paragraphs[line - 1]
    }
}

/// w:sectPr facts: page size, margins (twips) and the document grid.
public struct PageSetup: Sendable, Hashable {
    public var widthTwips: Int
    public var heightTwips: Int
    public var topTwips: Int
    public var bottomTwips: Int
    public var leftTwips: Int
    public var rightTwips: Int
    /// w:docGrid w:type: "default", "lines", "linesAndChars" or "snapToChars"; nil when absent.
    public var gridType: String?
    /// w:docGrid w:linePitch in twips.
    public var gridLinePitchTwips: Int?
    /// w:docGrid w:charSpace: (character pitch − base size) × 4096, in points.
    public var gridCharSpace: Int?
    /// Whether odd and even pages have separate headers and footers (w:evenAndOddHeaders in settings.xml).
    public var evenAndOddHeaders: Bool

    public init(
        widthTwips: Int, heightTwips: Int,
        topTwips: Int, bottomTwips: Int, leftTwips: Int, rightTwips: Int,
        gridType: String? = nil, gridLinePitchTwips: Int? = nil, gridCharSpace: Int? = nil,
        evenAndOddHeaders: Bool = false
    ) {
        self.widthTwips = widthTwips
        self.heightTwips = heightTwips
        self.topTwips = topTwips
        self.bottomTwips = bottomTwips
        self.leftTwips = leftTwips
        self.rightTwips = rightTwips
        self.gridType = gridType
        self.gridLinePitchTwips = gridLinePitchTwips
        self.gridCharSpace = gridCharSpace
        self.evenAndOddHeaders = evenAndOddHeaders
    }

    /// Width of the 版心 (text block) in twips.
    public var textWidthTwips: Int { widthTwips - leftTwips - rightTwips }
    /// Height of the 版心 in twips.
    public var textHeightTwips: Int { heightTwips - topTwips - bottomTwips }
}

/// Effective formatting of one paragraph (direct formatting over its style chain over document defaults).
public struct ParagraphFormat: Sendable, Hashable {
    /// Where the paragraph sits: body text, a table cell row, or a text box.
    public enum Container: String, Sendable, Hashable {
        case body, table, textBox
    }

    public var container: Container
    public var styleID: String?
    public var styleName: String?
    /// w:outlineLvl, 0-based (0 = 一级), from the paragraph or its style.
    public var outlineLevel: Int?
    /// w:jc: "left", "center", "right", "both", "distribute" … ("left" when unset).
    public var alignment: String
    /// First-line indent in hundredths of a character (w:firstLineChars), when given that way.
    public var firstLineChars: Int?
    /// First-line indent in twips (w:firstLine; negative for a hanging indent).
    public var firstLineTwips: Int?
    public var leftTwips: Int?
    public var leftChars: Int?
    public var rightTwips: Int?
    public var rightChars: Int?
    /// w:spacing w:lineRule: "auto", "exact" or "atLeast".
    public var lineRule: String?
    /// w:spacing w:line: twips for exact/atLeast, 240ths of a line for auto.
    public var lineValue: Int?
    /// Whether the paragraph snaps to the document grid (w:snapToGrid, default true).
    public var snapToGrid: Bool
    /// Runs of the paragraph's text with their effective character formatting, adjacent equal runs merged.
    public var runs: [RunFormat]

    public init(
        container: Container = .body, styleID: String? = nil, styleName: String? = nil, outlineLevel: Int? = nil,
        alignment: String = "left", firstLineChars: Int? = nil, firstLineTwips: Int? = nil,
        leftTwips: Int? = nil, leftChars: Int? = nil, rightTwips: Int? = nil, rightChars: Int? = nil,
        lineRule: String? = nil, lineValue: Int? = nil, snapToGrid: Bool = true, runs: [RunFormat] = []
    ) {
        self.container = container
        self.styleID = styleID
        self.styleName = styleName
        self.outlineLevel = outlineLevel
        self.alignment = alignment
        self.firstLineChars = firstLineChars
        self.firstLineTwips = firstLineTwips
        self.leftTwips = leftTwips
        self.leftChars = leftChars
        self.rightTwips = rightTwips
        self.rightChars = rightChars
        self.lineRule = lineRule
        self.lineValue = lineValue
        self.snapToGrid = snapToGrid
        self.runs = runs
    }

    /// The run that carries most of the paragraph's text (ties: the first), nil for an empty paragraph.
    public var dominantRun: RunFormat? {
        runs.max { $0.length < $1.length }.flatMap { best in runs.first { $0.length == best.length } }
    }

    /// The formatting of the text from scalar `start` for `length` scalars: the run covering most of it.
    public func dominantRun(from start: Int, length: Int) -> RunFormat? {
        var offset = 0
        var best: (run: RunFormat, overlap: Int)?
        for run in runs {
            let overlap = min(offset + run.length, start + length) - max(offset, start)
            if overlap > 0, overlap > (best?.overlap ?? 0) { best = (run, overlap) }
            offset += run.length
        }
        return best?.run
    }
}

/// Effective character formatting of a stretch of text.
public struct RunFormat: Sendable, Hashable {
    /// Font for Chinese characters (w:rFonts w:eastAsia).
    public var eastAsiaFont: String?
    /// Font for Latin letters and digits (w:rFonts w:ascii).
    public var asciiFont: String?
    /// Size in points (w:sz / 2).
    public var sizePoints: Double?
    public var bold: Bool
    /// Extra space after each character in twips (w:spacing inside w:rPr; negative condenses).
    public var characterSpacingTwips: Int
    /// How many Unicode scalars of text the run holds.
    public var length: Int
    /// Whether the run's text holds any Han character, so its East Asian font is what a reader sees.
    public var hasHan: Bool

    public init(eastAsiaFont: String? = nil, asciiFont: String? = nil, sizePoints: Double? = nil, bold: Bool = false, characterSpacingTwips: Int = 0, length: Int = 0, hasHan: Bool = true) {
        self.eastAsiaFont = eastAsiaFont
        self.asciiFont = asciiFont
        self.sizePoints = sizePoints
        self.bold = bold
        self.characterSpacingTwips = characterSpacingTwips
        self.length = length
        self.hasHan = hasHan
    }

    /// Whether two runs format text the same way (length aside).
    public func sameFormat(as other: RunFormat) -> Bool {
        eastAsiaFont == other.eastAsiaFont && asciiFont == other.asciiFont && sizePoints == other.sizePoints && bold == other.bold
            && characterSpacingTwips == other.characterSpacingTwips
    }
}

/// How page numbers are set: the footer text around the PAGE field and where it sits.
public struct PageNumberFormat: Sendable, Hashable {
    /// Footer text with the PAGE field shown as "#", e.g. "— # —".
    public var pattern: String
    /// Font of the page number itself (the field result run): ascii font, e.g. "宋体".
    public var font: String?
    public var sizePoints: Double?
    /// Alignment of the odd-page (default) footer paragraph holding the number.
    public var oddAlignment: String
    /// Alignment of the even-page footer paragraph, nil when there is no even footer.
    public var evenAlignment: String?
    /// Right indent of the odd footer (twips), left indent of the even footer (twips).
    public var oddRightIndentTwips: Int?
    public var evenLeftIndentTwips: Int?

    public init(pattern: String, font: String? = nil, sizePoints: Double? = nil, oddAlignment: String = "left", evenAlignment: String? = nil, oddRightIndentTwips: Int? = nil, evenLeftIndentTwips: Int? = nil) {
        self.pattern = pattern
        self.font = font
        self.sizePoints = sizePoints
        self.oddAlignment = oddAlignment
        self.evenAlignment = evenAlignment
        self.oddRightIndentTwips = oddRightIndentTwips
        self.evenLeftIndentTwips = evenLeftIndentTwips
    }
}
