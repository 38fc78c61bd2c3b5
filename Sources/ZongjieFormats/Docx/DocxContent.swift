import ZongjieCore

/// What the reader gets out of a .docx: one line of text per paragraph (or
/// table row) in document order, what each says about structure, and the layout facts.
public struct DocxContent: Sendable {
    public var paragraphs: [DocxParagraph]
    /// Formatting for the `docx-layout` rule; `layout.paragraphs[i]` belongs to `paragraphs[i]`.
    public var layout: DocxLayout
    /// dc:title and dc:creator from docProps/core.xml, when present.
    public var propertiesTitle: String?
    public var propertiesCreator: String?
    /// Where each line's text came from in document.xml; `lineMaps[i]` belongs to `paragraphs[i]`.
    public var lineMaps: [DocxLineMap] = []

    public init(paragraphs: [DocxParagraph], layout: DocxLayout, propertiesTitle: String? = nil, propertiesCreator: String? = nil) {
        self.paragraphs = paragraphs
        self.layout = layout
        self.propertiesTitle = propertiesTitle
        self.propertiesCreator = propertiesCreator
    }

    /// The text to lint: paragraph texts joined by newlines, so line N is paragraph N.
    public var text: String {
        paragraphs.map(\.text).joined(separator: "\n")
    }
}

/// One paragraph (or table row, cells joined by tabs) as read.
public struct DocxParagraph: Sendable, Hashable {
    /// The accepted text: insertions kept, deletions dropped, field results kept,
    /// automatic numbering written out ("一、"), soft breaks removed.
    public var text: String
    public var container: ParagraphFormat.Container
    public var styleID: String?
    public var styleName: String?
    /// 0-based outline level (0 = 一级标题) from the paragraph or its style.
    public var outlineLevel: Int?
    /// The marker Word draws from w:numPr, which is not in the text runs (already prefixed to `text`).
    public var numberingMarker: String?
    /// For a table row: the grid columns each real cell covers (w:gridSpan), in order. `text`
    /// writes a cell covering n columns as the cell and n − 1 empty ones; empty for other lines.
    public var cellSpans: [Int] = []

    public init(text: String, container: ParagraphFormat.Container = .body, styleID: String? = nil, styleName: String? = nil, outlineLevel: Int? = nil, numberingMarker: String? = nil) {
        self.text = text
        self.container = container
        self.styleID = styleID
        self.styleName = styleName
        self.outlineLevel = outlineLevel
        self.numberingMarker = numberingMarker
    }

    /// The GB/T 9704 heading level (1…4) the paragraph's outline level or style name
    /// gives ("heading 2", "标题 2", "二级标题"), nil for body text. A hint for the
    /// structure parser, which also reads the numbering written in the text.
    public var headingLevel: Int? {
        if let outlineLevel, (0...3).contains(outlineLevel) { return outlineLevel + 1 }
        guard let name = styleName?.lowercased() else { return nil }
        for (level, words) in [(1, ["一级标题"]), (2, ["二级标题"]), (3, ["三级标题"]), (4, ["四级标题"])] where words.contains(name) {
            return level
        }
        for prefix in ["heading ", "标题 ", "标题"] where name.hasPrefix(prefix) {
            if let level = Int(name.dropFirst(prefix.count)), (1...4).contains(level) { return level }
        }
        return nil
    }
}
