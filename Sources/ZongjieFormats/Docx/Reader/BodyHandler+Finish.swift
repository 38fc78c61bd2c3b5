import ZongjieCore

/// Closing runs, paragraphs and rows: effective formatting, numbering markers,
/// and where a finished paragraph goes (document order, host paragraph, table cell).
extension BodyHandler {
    func finishRun() {
        guard let finished = run else { return }
        run = nil
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].pattern += finished.pattern
        guard !finished.text.isEmpty else { return }
        let offset = stack[stack.count - 1].scalarCount
        stack[stack.count - 1].segments += finished.segments.map { $0.shifted(by: offset) }
        stack[stack.count - 1].scalarCount += finished.scalarCount
        let format = runFormat(paragraphStyle: effectiveStyleID(stack[stack.count - 1].styleID), runStyle: finished.style,
                               direct: finished.direct, text: finished.text)
        if finished.isPageNumber, pageNumberRun == nil { pageNumberRun = format }
        stack[stack.count - 1].text += finished.text
        appendRun(format, to: &stack[stack.count - 1].runs)
    }

    func finishParagraph() {
        guard let builder = stack.popLast() else { return }
        // A field code never spans paragraphs; one left open (a damaged file) must not hide the rest.
        fields.removeAll { !$0.inResult }
        let styleID = effectiveStyleID(builder.styleID)
        let properties = styles.paragraphProperties(style: styleID).overlaid(with: builder.direct)
        var text = builder.text
        var pattern = builder.pattern
        var runs = builder.runs
        var map = DocxLineMap(segments: builder.segments, paragraphOrdinals: [builder.ordinal])
        var marker: String?
        if let numberingID = properties.numberingID,
           let generated = numbering.nextMarker(numberingID: numberingID, level: properties.numberingLevel ?? 0) {
            marker = generated
            text = generated + text
            pattern = generated + pattern
            let markerLength = generated.unicodeScalars.count
            map.segments = [DocxTextSegment(start: 0, length: markerLength, source: .generated)] + map.segments.map { $0.shifted(by: markerLength) }
            let format = runFormat(paragraphStyle: styleID, runStyle: nil, direct: RunProperties(), text: generated)
            runs.insert(format, at: 0)
        }
        let outline = properties.outlineLevel.flatMap { (0...8).contains($0) ? $0 : nil }
        let styleName = styleID.flatMap { styles.styles[$0]?.name }
        let format = ParagraphFormat(
            container: builder.container, styleID: styleID, styleName: styleName, outlineLevel: outline,
            alignment: properties.alignment ?? "left",
            firstLineChars: properties.firstLineChars, firstLineTwips: properties.firstLine,
            leftTwips: properties.left, leftChars: properties.leftChars,
            rightTwips: properties.right, rightChars: properties.rightChars,
            lineRule: properties.lineRule ?? (properties.line != nil ? "auto" : nil), lineValue: properties.line,
            snapToGrid: properties.snapToGrid ?? true, runs: runs
        )
        let info = DocxParagraph(text: text, container: builder.container, styleID: styleID, styleName: styleName,
                                 outlineLevel: outline, numberingMarker: marker)
        var paragraph = ReadParagraph(text: text, pattern: pattern, paragraph: info, format: format, map: map)
        if let pending = pendingDeletedMark {
            paragraph = pending.prepended(to: paragraph)
            pendingDeletedMark = nil
        }
        if builder.markDeleted {
            // Accepting the deletion of this paragraph mark joins it with the next paragraph.
            pendingDeletedMark = paragraph
            return
        }
        place([paragraph] + builder.deferred)
    }

    /// Sends finished paragraphs to their host (text boxes), the open table cell, or the output.
    private func place(_ finished: [ReadParagraph]) {
        if !stack.isEmpty {
            stack[stack.count - 1].deferred.append(contentsOf: finished)
        } else if !rows.isEmpty, rows[rows.count - 1].currentCell != nil {
            rows[rows.count - 1].currentCell?.append(contentsOf: finished)
        } else {
            paragraphs.append(contentsOf: finished)
        }
    }

    /// One line per table row: each cell's paragraphs joined by a space, cells by a tab;
    /// a cell spanning n grid columns is followed by n − 1 empty cells, as in a Markdown row.
    func finishRow() {
        guard !rows.isEmpty else { return }
        let cells = rows[rows.count - 1].cells
        let spans = rows[rows.count - 1].spans
        rows[rows.count - 1].cells = []
        rows[rows.count - 1].spans = []
        var cellLines: [ReadParagraph] = []
        var realSpans: [Int] = []
        for (index, cell) in cells.enumerated() {
            let line = ReadParagraph.joined(cell.filter { !$0.text.isEmpty }, separator: " ", container: .table)
                ?? cell.first.map { empty in
                    var blank = empty
                    blank.format.container = .table
                    return blank
                }
            guard let line else { continue }
            cellLines.append(line)
            let span = index < spans.count ? spans[index] : 1
            realSpans.append(span)
            if span > 1 {
                var blank = line
                blank.text = ""
                blank.pattern = ""
                blank.paragraph.text = ""
                blank.format.runs = []
                blank.map = DocxLineMap()
                cellLines += Array(repeating: blank, count: span - 1)
            }
        }
        guard var row = ReadParagraph.joined(cellLines, separator: "\t", container: .table) else { return }
        row.paragraph.cellSpans = realSpans
        if rows.count > 1, rows[rows.count - 2].currentCell != nil {
            rows[rows.count - 2].currentCell?.append(row)
        } else if !stack.isEmpty {
            stack[stack.count - 1].deferred.append(row)
        } else {
            paragraphs.append(row)
        }
    }

    func readSectionProperty(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "pgSz":
            var page = section?.page ?? emptyPage()
            page.widthTwips = intAttribute(attributes, "w") ?? page.widthTwips
            page.heightTwips = intAttribute(attributes, "h") ?? page.heightTwips
            section?.page = page
        case "pgMar":
            var page = section?.page ?? emptyPage()
            page.topTwips = abs(intAttribute(attributes, "top") ?? page.topTwips)
            page.bottomTwips = abs(intAttribute(attributes, "bottom") ?? page.bottomTwips)
            page.leftTwips = intAttribute(attributes, "left") ?? page.leftTwips
            page.rightTwips = intAttribute(attributes, "right") ?? page.rightTwips
            section?.page = page
        case "docGrid":
            var page = section?.page ?? emptyPage()
            page.gridType = attribute(attributes, "type") ?? "default"
            page.gridLinePitchTwips = intAttribute(attributes, "linePitch")
            page.gridCharSpace = intAttribute(attributes, "charSpace")
            section?.page = page
        case "footerReference":
            if let id = attributes["r:id"] ?? attribute(attributes, "id") {
                section?.footers[attribute(attributes, "type") ?? "default"] = id
            }
        default: break
        }
    }

    /// Word's defaults for a section that leaves page size or margins out (Letter, 1-inch margins).
    private func emptyPage() -> PageSetup {
        PageSetup(widthTwips: 12240, heightTwips: 15840, topTwips: 1440, bottomTwips: 1440, leftTwips: 1800, rightTwips: 1800)
    }

    private func effectiveStyleID(_ id: String?) -> String? {
        id ?? styles.defaultParagraphStyleID
    }

    private func runFormat(paragraphStyle: String?, runStyle: String?, direct: RunProperties, text: String) -> RunFormat {
        let properties = styles.runProperties(paragraphStyle: paragraphStyle, runStyle: runStyle, direct: direct)
        return RunFormat(
            eastAsiaFont: styles.fontName(properties.eastAsiaFont, theme: properties.eastAsiaTheme),
            asciiFont: styles.fontName(properties.asciiFont, theme: properties.asciiTheme),
            sizePoints: Double(properties.halfPoints ?? 20) / 2,
            bold: properties.bold ?? false,
            characterSpacingTwips: properties.spacing ?? 0,
            length: text.unicodeScalars.count,
            hasHan: text.unicodeScalars.contains(where: isHan)
        )
    }

    /// Appends a run, merging it into the previous one when formatted the same.
    private func appendRun(_ format: RunFormat, to runs: inout [RunFormat]) {
        if let last = runs.last, last.sameFormat(as: format) {
            runs[runs.count - 1].length += format.length
            runs[runs.count - 1].hasHan = last.hasHan || format.hasHan
        } else {
            runs.append(format)
        }
    }
}
