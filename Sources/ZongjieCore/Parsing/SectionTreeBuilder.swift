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

    mutating func add(_ line: ParsedLine, nextYear: Int?) {
        // A table row ("四、结转下年度 | 0 | 0", Markdown "| a | b |") is data, not a heading.
        let marker = Self.isTableRow(line.text) ? nil : NumberingMarker.parse(Substring(line.text))
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

    static func isTableRow(_ text: String) -> Bool {
        text.hasPrefix("|") || text.contains(" | ") || text.hasSuffix(" |") || isTabbedRow(text)
    }

    /// A Word table row as the .docx reader gives it (cells joined by tabs): two tabs or more,
    /// or one tab before a figure. "一、\t总体情况" (a tab after the marker) stays a heading.
    private static func isTabbedRow(_ text: String) -> Bool {
        var tabs = 0
        var afterLastTab = Substring.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                tabs += 1
                afterLastTab = Substring.UnicodeScalarView()
            } else if tabs > 0 {
                afterLastTab.append(scalar)
            }
        }
        if tabs >= 2 { return true }
        let last = afterLastTab.filter { $0 != " " }
        return tabs == 1 && !last.isEmpty && last.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "%" }
    }

    mutating func finish() -> (opening: [Paragraph], sections: [Section], closing: [Paragraph]) {
        closeAll()
        return (opening, roots, closing)
    }

    /// An unnumbered paragraph that looks ahead or states shortcomings, under a
    /// section whose heading is about something else, and not its first content.
    private func startsClosing(_ paragraph: Paragraph, nextYear: Int?) -> Bool {
        guard let innermost = stack.last, !innermost.section.isEmpty else { return false }
        let opensClosing = ClosingCues.opensClosing(paragraph.text, nextYear: nextYear)
            || (ClosingCues.statesProblem(paragraph.text) && ClosingCues.statesPlans(paragraph.text, nextYear: nextYear))
        guard opensClosing else { return false }
        for open in stack {
            let heading = open.section.heading
            if ClosingCues.planOrProblemHeadingWords.contains(where: { heading.contains($0) }) { return false }
            if let nextYear, heading.contains("\(nextYear)") { return false }
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
        } else if let highest = stack.map({ $0.section.level }).min(), level < highest {
            close(downTo: 0)
        }
        stack.append(Open(section: newSection))
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
        let scalars = Array(line.text.unicodeScalars)
        var start = marker.scalarCount
        while start < scalars.count, LineScanner.isSpace(scalars[start]) { start += 1 }
        var headingEnd = scalars.count
        var restStart = scalars.count
        let stops: Set<Unicode.Scalar> = ["。", "：", ":", "！", "？"]
        var quoteDepth = 0
        var position = start
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "“" || scalar == "《" || scalar == "（" { quoteDepth += 1 }
            if scalar == "”" || scalar == "》" || scalar == "）" { quoteDepth = max(0, quoteDepth - 1) }
            if quoteDepth == 0, stops.contains(scalar) {
                headingEnd = position
                restStart = position + 1
                break
            }
            position += 1
        }
        while restStart < scalars.count, LineScanner.isSpace(scalars[restStart]) { restStart += 1 }
        let heading = String(String.UnicodeScalarView(scalars[start..<headingEnd]))
        let headingRange = SourceRange(line: line.number, startColumn: line.startColumn, endColumn: line.startColumn + headingEnd)
        var runOn: Paragraph?
        if restStart < scalars.count {
            let text = String(String.UnicodeScalarView(scalars[restStart...]))
            runOn = Paragraph(text, marker: NumberingMarker.parse(Substring(text)), range: line.range(fromScalar: restStart))
        }
        return (Section(marker: marker, heading: heading, headingRange: headingRange), runOn)
    }
}
