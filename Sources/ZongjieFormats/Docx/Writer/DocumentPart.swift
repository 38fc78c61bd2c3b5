import ZongjieCore

/// word/document.xml: the Document's parts as styled paragraphs, one Word
/// paragraph per text line a reader gives back (a paragraph of Markdown pipe table
/// lines becomes a Word table, see `TableXML`), then the GB/T 9704 section setup.
struct DocumentPart {
    private var xml = ""
    /// Whether the last thing written was a table: Word joins two tables that touch.
    private var endsWithTable = false
    /// The last paragraph written (where it starts in `xml`, how to write it again), so the
    /// closing lines can be tied to the signature after the fact.
    private var lastParagraph: (start: Int, style: DocxStyleID, lines: [String], rightIndent: Int?)?

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
            // GB/T 9704 7.3.5: the 落款 never stands alone on a page. The last body lines are kept
            // with the signature (and the signature with its date), so a page break moves them together.
            if !endsWithTable, let last = lastParagraph {
                xml.removeSubrange(xml.utf8.index(xml.utf8.startIndex, offsetBy: last.start)...)
                appendParagraph(style: last.style, lines: last.lines, rightIndent: last.rightIndent, keep: .lastBodyLines)
            }
            appendEmptyParagraph(keepWithNext: true) // 7.3.5.2: 正文下空一行.
            let offsets = SignaturePlacement.rightOffsets(unit: signature.unit?.text, date: signature.date?.text)
            if let unit = signature.unit {
                appendParagraph(style: .signature, lines: [unit.text], rightIndent: offsets.unit, keep: signature.date == nil ? .whole : .wholeAndNext)
            }
            if let date = signature.date {
                appendParagraph(style: .date, lines: [date.text], rightIndent: offsets.date, keep: .whole)
            }
        }
    }

    private mutating func appendSection(_ section: Section) {
        let level = max(1, section.level)
        let terminator = section.headingTerminator ?? ""
        // A parsed heading that ran on (its 。/： kept apart) or a drafted one marked `runsOn`
        // (its 。/： inside the heading text) stays one paragraph, as the clerk wrote it.
        let runsIn = (section.runsIn && !terminator.isEmpty) || section.runsOn
        if runsIn, let first = section.paragraphs.first, !first.text.contains("\n") {
            // "（一）组织保障有力。根据……": the heading part in its level's font, the sentence in 仿宋.
            appendRunInParagraph(heading: section.marker.text + section.heading + terminator, level: level, text: first.text)
            appendBodyParagraphs(Array(section.paragraphs.dropFirst()))
        } else {
            appendParagraph(style: .heading(level: level), lines: [section.marker.text + section.heading + terminator])
            appendBodyParagraphs(section.paragraphs)
        }
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

    private mutating func appendEmptyParagraph(keepWithNext: Bool = false) {
        endsWithTable = false
        lastParagraph = nil
        xml += "<w:p><w:pPr>\(keepWithNext ? "<w:keepNext/>" : "")<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr></w:p>"
    }

    /// How a paragraph holds to its page: the closing lines of the body and the 落款.
    private enum Keep {
        case none
        /// The last body paragraph: its last lines go with the signature (widow control on, keep with next).
        case lastBodyLines
        /// Never split (keep lines together).
        case whole
        /// Never split, and on the page of the next paragraph.
        case wholeAndNext
    }

    /// One paragraph; `lines` after the first follow soft breaks; `rightIndent` in hundredths of a character.
    private mutating func appendParagraph(style: DocxStyleID, lines: [String], rightIndent: Int? = nil, keep: Keep = .none) {
        endsWithTable = false
        lastParagraph = (xml.utf8.count, style, lines, rightIndent)
        xml += "<w:p>"
        if style != .normal || rightIndent != nil || keep != .none {
            xml += "<w:pPr>"
            if style != .normal { xml += "<w:pStyle w:val=\"\(style.rawValue)\"/>" }
            switch keep {
            case .none: break
            case .lastBodyLines: xml += "<w:keepNext/><w:widowControl/>"
            case .whole: xml += "<w:keepLines/>"
            case .wholeAndNext: xml += "<w:keepNext/><w:keepLines/>"
            }
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

    /// Punctuation both Latin and CJK fonts carry, which Word gives the Latin font without `w:hint="eastAsia"`.
    static func isSharedPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00B0, 0x00B7, 0x00D7, 0x00F7, 0x2010...0x2027, 0x2030...0x2033, 0x2103, 0x2116, 0x2160...0x217F, 0x2236: true
        default: false
        }
    }

    /// A body paragraph that opens with a run-in heading set in the heading level's character style.
    private mutating func appendRunInParagraph(heading: String, level: Int, text: String) {
        endsWithTable = false
        lastParagraph = nil
        let hint = heading.unicodeScalars.contains(where: Self.isSharedPunctuation) ? "<w:rFonts w:hint=\"eastAsia\"/>" : ""
        xml += "<w:p><w:r><w:rPr><w:rStyle w:val=\"\(StylesPart.runInStyleID(level: level))\"/>\(hint)</w:rPr>"
        xml += "<w:t xml:space=\"preserve\">\(XMLText.escape(heading))</w:t></w:r>"
        appendRuns(text)
        xml += "</w:p>"
    }

    /// Text runs; a tab becomes `<w:tab/>` and a stray line break a soft break.
    private mutating func appendRuns(_ text: String) {
        guard !text.isEmpty else { return }
        var pending = String.UnicodeScalarView()
        func flush(_ xml: inout String) {
            guard !pending.isEmpty else { return }
            // Curly quotes, dashes, ellipses, ‰ and ℃ are shared by Latin and CJK fonts: Word draws them in
            // the Latin font (Times New Roman, half width beside digits) unless told they are East Asian.
            let hint = pending.contains(where: Self.isSharedPunctuation) ? "<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>" : ""
            xml += "<w:r>\(hint)<w:t xml:space=\"preserve\">\(XMLText.escape(String(pending)))</w:t></w:r>"
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
