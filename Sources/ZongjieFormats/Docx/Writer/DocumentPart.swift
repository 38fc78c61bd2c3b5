import ZongjieCore

/// word/document.xml: the Document's parts as styled paragraphs, one Word
/// paragraph per text line a reader gives back (a paragraph of Markdown pipe table
/// lines becomes a Word table, see `TableXML`), then the GB/T 9704 section setup.
struct DocumentPart {
    private var xml = ""
    /// Whether the last thing written was a table: Word joins two tables that touch.
    private var endsWithTable = false

    /// The body XML for `document`.
    static func xml(for document: Document) -> String {
        var part = DocumentPart()
        part.xml.reserveCapacity(4096 + document.allParagraphs.reduce(0) { $0 + $1.text.utf8.count * 2 })
        part.xml += XMLText.declaration
        part.xml += "<w:document xmlns:w=\"\(XMLText.wordNamespace)\" xmlns:r=\"\(XMLText.relationshipNamespace)\"><w:body>"
        part.appendBody(document)
        if part.endsWithTable { part.appendEmptyParagraph() } // Word expects the body to end with a paragraph.
        part.appendSectionProperties()
        part.xml += "</w:body></w:document>"
        return part.xml
    }

    private mutating func appendBody(_ document: Document) {
        if let title = document.title {
            // A long title breaks by meaning with soft breaks, so it stays one paragraph (one line when read back).
            appendParagraph(style: .title, lines: TitleLines.split(title.text))
            appendEmptyParagraph() // 7.3.2: 主送机关 one line below the title.
        }
        if let addressee = document.addressee {
            appendParagraph(style: .addressee, lines: [addressee.text])
        }
        appendBodyParagraphs(document.opening)
        for section in document.sections {
            appendSection(section)
        }
        appendBodyParagraphs(document.closing)
        if let signature = document.signature, signature.unit != nil || signature.date != nil {
            appendEmptyParagraph() // 7.3.5.2: 正文下空一行.
            let offsets = SignaturePlacement.rightOffsets(unit: signature.unit?.text, date: signature.date?.text)
            if let unit = signature.unit {
                appendParagraph(style: .signature, lines: [unit.text], rightIndent: offsets.unit)
            }
            if let date = signature.date {
                appendParagraph(style: .date, lines: [date.text], rightIndent: offsets.date)
            }
        }
    }

    private mutating func appendSection(_ section: Section) {
        let level = max(1, section.level)
        var paragraphs = section.paragraphs[...]
        var line = section.marker.text + section.heading
        if section.runsOn, let first = paragraphs.first {
            // A run-in heading stays one paragraph, as the clerk wrote it.
            line += first.text
            paragraphs = paragraphs.dropFirst()
        }
        appendParagraph(style: .heading(level: level), lines: [line])
        appendBodyParagraphs(Array(paragraphs))
        for child in section.children {
            appendSection(child)
        }
    }

    /// Body paragraphs; Markdown pipe tables become Word tables. A table is one paragraph
    /// of "\n"-joined lines in a drafted Document, but one paragraph per line in a Document
    /// read from .md, so consecutive one-line pipe rows are gathered first.
    private mutating func appendBodyParagraphs(_ paragraphs: [Paragraph]) {
        var index = paragraphs.startIndex
        while index < paragraphs.endIndex {
            var end = index
            while end < paragraphs.endIndex, PipeTable.isPipeLine(paragraphs[end].text) { end += 1 }
            if end > index + 1, let table = PipeTable.parse(paragraphs[index..<end].map(\.text).joined(separator: "\n")) {
                appendTables(table)
                index = end
                continue
            }
            appendBodyParagraph(paragraphs[index].text)
            index += 1
        }
    }

    /// A body paragraph, or Word tables when its text is Markdown pipe table lines.
    private mutating func appendBodyParagraph(_ text: String) {
        guard text.contains("\n"), let table = PipeTable.parse(text) else {
            appendParagraph(style: .normal, lines: [text])
            return
        }
        appendTables(table)
    }

    private mutating func appendTables(_ table: PipeTable) {
        for part in table.wordTables() {
            if endsWithTable { appendEmptyParagraph() }
            xml += TableXML.xml(part)
            endsWithTable = true
        }
    }

    private mutating func appendEmptyParagraph() {
        endsWithTable = false
        xml += "<w:p><w:pPr><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr></w:p>"
    }

    /// One paragraph; `lines` after the first follow soft breaks; `rightIndent` in hundredths of a character.
    private mutating func appendParagraph(style: DocxStyleID, lines: [String], rightIndent: Int? = nil) {
        endsWithTable = false
        xml += "<w:p>"
        if style != .normal || rightIndent != nil {
            xml += "<w:pPr>"
            if style != .normal { xml += "<w:pStyle w:val=\"\(style.rawValue)\"/>" }
            if let rightIndent {
                xml += "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\" w:rightChars=\"\(rightIndent)\" w:right=\"\(SignaturePlacement.twips(hundredths: rightIndent))\"/>"
            }
            xml += "</w:pPr>"
        }
        for (index, line) in lines.enumerated() {
            if index > 0 { xml += "<w:r><w:br/></w:r>" }
            appendRuns(line)
        }
        xml += "</w:p>"
    }

    /// Text runs; a tab becomes `<w:tab/>` and a stray line break a soft break.
    private mutating func appendRuns(_ text: String) {
        guard !text.isEmpty else { return }
        var pending = String.UnicodeScalarView()
        func flush(_ xml: inout String) {
            guard !pending.isEmpty else { return }
            xml += "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(String(pending)))</w:t></w:r>"
            pending.removeAll()
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t":
                flush(&xml)
                xml += "<w:r><w:tab/></w:r>"
            case "\n", "\r":
                flush(&xml)
                xml += "<w:r><w:br/></w:r>"
            default:
                pending.append(scalar)
            }
        }
        flush(&xml)
    }

    private mutating func appendSectionProperties() {
        xml += "<w:sectPr>"
        xml += "<w:footerReference w:type=\"default\" r:id=\"\(PackageParts.oddFooterID)\"/>"
        xml += "<w:footerReference w:type=\"even\" r:id=\"\(PackageParts.evenFooterID)\"/>"
        xml += "<w:pgSz w:w=\"\(GBT9704.pageWidthTwips)\" w:h=\"\(GBT9704.pageHeightTwips)\"/>"
        // Footer distance puts the page number's 一字线 about 7 mm below the 版心 (7.5).
        xml += "<w:pgMar w:top=\"\(GBT9704.topMarginTwips)\" w:right=\"\(GBT9704.rightMarginTwips)\" w:bottom=\"\(GBT9704.bottomMarginTwips)\""
        xml += " w:left=\"\(GBT9704.leftMarginTwips)\" w:header=\"851\" w:footer=\"1446\" w:gutter=\"0\"/>"
        xml += "<w:pgNumType w:start=\"1\"/><w:cols w:space=\"425\"/>"
        // Line grid at the 28.95 pt pitch; 28 characters per line come from character spacing (see GBT9704).
        xml += "<w:docGrid w:type=\"lines\" w:linePitch=\"\(GBT9704.linePitchTwips)\"/>"
        xml += "</w:sectPr>"
    }
}
