/// Builds the section tree line by line.
///
/// Nesting follows the markers as the author used them: a marker style already
/// open on the stack closes back to that level (a sibling); a style of higher
/// GB/T rank than everything open starts a new top-level section; any other
/// style nests under the innermost open section. So 一、→1.→（一） nests the way
/// it was written and the numbering rules can point at the reversed level.
struct SectionTreeBuilder {
    /// An open section and where its finished children go.
    private struct Open {
        var section: Section
    }

    private var opening: [Paragraph] = []
    private var roots: [Section] = []
    private var stack: [Open] = []
    private var closing: [Paragraph] = []
    private var inClosing = false
    /// The closing cues for the last `nextYear` asked about (one per document in practice).
    private var cues = ClosingCues.YearCues(nextYear: nil)

    private func yearCues(_ nextYear: Int?) -> ClosingCues.YearCues {
        cues.nextYear == nextYear ? cues : ClosingCues.YearCues(nextYear: nextYear)
    }

    /// A builder whose documents' year after the report year is `nextYear`.
    init(nextYear: Int? = nil) {
        cues = ClosingCues.YearCues(nextYear: nextYear)
    }

    mutating func add(_ line: ParsedLine, nextYear: Int?, isData: Bool = false) {
        // A table row ("四、结转下年度 | 0 | 0", Markdown "| a | b |") is data, not a heading.
        // The row test only matters for a line that opens with a marker; it walks the whole
        // line, so it runs second.
        let marker = isData ? nil : NumberingMarker.parse(Substring(line.text)).flatMap { TableRowText.mayBeTableRow(line.text) && TableRowText.isTableRow(line.text) ? nil : $0 }
        if let marker, marker.style.headingLevel != nil {
            if inClosing {
                // A numbered heading after the closing began: the closing was not one.
                reopenClosing()
            }
            openSection(marker, line)
            return
        }
        let paragraph = Paragraph(line.text, marker: marker, range: line.range)
        if stack.isEmpty && roots.isEmpty {
            opening.append(paragraph)
            return
        }
        if !inClosing, marker == nil, startsClosing(paragraph, nextYear: nextYear) {
            inClosing = true
        }
        if inClosing {
            closing.append(paragraph)
        } else {
            stack[stack.count - 1].section.paragraphs.append(paragraph)
        }
    }

    mutating func finish() -> (opening: [Paragraph], sections: [Section], closing: [Paragraph]) {
        closeAll()
        return (opening, roots, closing)
    }

    /// An unnumbered paragraph that looks ahead or states shortcomings, under a
    /// section whose heading is about something else, and not its first content.
    private func startsClosing(_ paragraph: Paragraph, nextYear: Int?) -> Bool {
        // Indexing rather than `stack.last` / `for open in stack`: those copy whole sections
        // (paragraph and children arrays retained and released) for every paragraph.
        guard !stack.isEmpty, !stack[stack.count - 1].section.isEmpty else { return false }
        let cues = yearCues(nextYear)
        let opensClosing = ClosingCues.opensClosing(paragraph.text, cues)
            || (ClosingCues.statesProblem(paragraph.text) && ClosingCues.statesPlans(paragraph.text, cues))
        guard opensClosing else { return false }
        for index in stack.indices {
            let heading = stack[index].section.heading
            if ClosingCues.planOrProblemHeadingWords.contains(where: { heading.containsUTF8($0) }) { return false }
            if let nextYear, heading.containsUTF8("\(nextYear)") { return false }
        }
        return true
    }

    /// Moves closing paragraphs back under the innermost section.
    private mutating func reopenClosing() {
        if !stack.isEmpty {
            stack[stack.count - 1].section.paragraphs.append(contentsOf: closing)
        }
        closing = []
        inClosing = false
    }

    private mutating func openSection(_ marker: NumberingMarker, _ line: ParsedLine) {
        let (section, runOn) = Self.makeSection(marker, line)
        var newSection = section
        if let runOn { newSection.paragraphs.append(runOn) }
        let level = marker.style.headingLevel ?? 0
        if let sameStyle = stack.lastIndex(where: { $0.section.marker.style == marker.style }) {
            close(downTo: sameStyle)
        } else if let highest = lowestOpenLevel(), level < highest {
            close(downTo: 0)
        }
        stack.append(Open(section: newSection))
    }

    /// The smallest level among the open sections (the highest GB/T rank), nil when none is open.
    private func lowestOpenLevel() -> Int? {
        var lowest: Int?
        for index in stack.indices {
            let level = stack[index].section.level
            if lowest.map({ level < $0 }) ?? true { lowest = level }
        }
        return lowest
    }

    /// Closes open sections until only `count` remain.
    private mutating func close(downTo count: Int) {
        while stack.count > count {
            let finished = stack.removeLast().section
            if stack.isEmpty {
                roots.append(finished)
            } else {
                stack[stack.count - 1].section.children.append(finished)
            }
        }
    }

    private mutating func closeAll() { close(downTo: 0) }

    /// Splits "1.加强领导。坚持……" into the heading "加强领导" and the paragraph "坚持……".
    /// A heading ends at the first 。 or ：(also ！？); a trailing one is dropped.
    static func makeSection(_ marker: NumberingMarker, _ line: ParsedLine) -> (Section, Paragraph?) {
        // Walks the text's UTF-8 and counts columns as it goes: heading and run-on text are
        // sliced from the line, not rebuilt from decoded scalars.
        var text = line.text
        let cut = text.withUTF8 { bytes in Self.cut(bytes, markerScalars: marker.scalarCount) }
        let heading = line.text.sliceUTF8(cut.heading)
        let headingRange = SourceRange(line: line.number, startColumn: line.startColumn, endColumn: line.startColumn + cut.headingEndOffset)
        var runOn: Paragraph?
        var section = Section(marker: marker, heading: heading, headingRange: headingRange)
        if cut.heading.upperBound < cut.restStart {
            // The first scalar after the heading, decoded in place (a sliced String and its
            // scalar view cost more than the rest of the split).
            let terminator = text.withUTF8 { UTF8Scalars.decode($0, at: cut.heading.upperBound, end: cut.restStart).scalar }
            section.headingTerminator = String(Character(terminator))
        }
        if cut.restStart < cut.end {
            let text = line.text.sliceUTF8(cut.restStart..<cut.end)
            runOn = Paragraph(text, marker: NumberingMarker.parse(Substring(text)), range: line.range(fromScalar: cut.restOffset))
        }
        return (section, runOn)
    }

    /// Where a heading line splits: the heading's bytes and its end column offset, and where
    /// the run-on text starts (bytes, scalar offset). A heading ends at the first 。：:！？
    /// outside “”《》（）.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, markerScalars: Int)
        -> (heading: Range<Int>, headingEndOffset: Int, restStart: Int, restOffset: Int, end: Int) {
        let end = bytes.count
        var index = 0
        var offset = 0
        while offset < markerScalars, index < end {
            index += UTF8Scalars.decode(bytes, at: index, end: end).length
            offset += 1
        }
        while index < end {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: end)
            guard LineScanner.isSpace(scalar) else { break }
            index += length
            offset += 1
        }
        let headingStart = index
        var headingEnd = end
        var restStart = end
        var quoteDepth = 0
        var found = false
        var headingEndOffset = offset
        var restOffset = offset
        while index < end {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: end)
            if scalar == "“" || scalar == "《" || scalar == "（" { quoteDepth += 1 }
            if scalar == "”" || scalar == "》" || scalar == "）" { quoteDepth = max(0, quoteDepth - 1) }
            if quoteDepth == 0, scalar == "。" || scalar == "：" || scalar == ":" || scalar == "！" || scalar == "？" {
                headingEnd = index
                headingEndOffset = offset
                restStart = index + length
                restOffset = offset + 1
                found = true
                break
            }
            index += length
            offset += 1
        }
        if !found {
            headingEndOffset = offset
            restOffset = offset
        }
        while restStart < end {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: restStart, end: end)
            guard LineScanner.isSpace(scalar) else { break }
            restStart += length
            restOffset += 1
        }
        return (headingStart..<headingEnd, headingEndOffset, restStart, restOffset, end)
    }
}
