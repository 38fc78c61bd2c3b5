/// Run-in headings (“（一）组织保障有力。根据……” on one line) recovered from a parsed
/// document: the parser keeps the run-on text as the section's first paragraph on the
/// heading's line; this sets `Section.runsOn` so writers put them on one line again.
public enum RunInHeadings {
    /// `document` (parsed from `source`) with `runsOn` set on every section whose first
    /// paragraph starts on its heading's line, and each heading as written on its line (the
    /// 。/： closing it kept), so writing the document gives the clerk's lines back.
    public static func marked(_ document: Document, source: SourceText) -> Document {
        let lines = Dictionary(LineScanner.lines(of: source).map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
        var copy = document
        copy.sections = document.sections.map { marked($0, lines: lines) }
        return copy
    }

    private static func marked(_ section: Section, lines: [Int: String]) -> Section {
        var copy = section
        if let heading = section.headingRange, let first = section.paragraphs.first?.range, first.start.line == heading.start.line {
            copy.runsOn = true
        }
        if let line = section.headingRange.flatMap({ lines[$0.start.line] }) {
            let written = headingLine(of: copy, lineText: line)
            let scalars = written.unicodeScalars
            if scalars.count >= section.marker.scalarCount {
                copy.heading = String(String.UnicodeScalarView(scalars.dropFirst(section.marker.scalarCount)))
                    .trimmingLeadingSpaces()
                // The written heading already ends with its 。/：; writers must not add it again.
                copy.headingTerminator = nil
            }
        }
        copy.children = section.children.map { marked($0, lines: lines) }
        return copy
    }

    /// The heading as written on its line, marker and closing 。/： included, for a section
    /// read from `source`: the line's kept text without the run-on paragraph.
    public static func headingLine(of section: Section, lineText: String) -> String {
        guard section.runsOn, let first = section.paragraphs.first else { return lineText }
        var scalars = Array(lineText.unicodeScalars)
        let run = first.text.unicodeScalars.count
        guard run <= scalars.count else { return lineText }
        scalars.removeLast(run)
        while let last = scalars.last, last == " " || last == "\u{3000}" || last == "\t" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

private extension String {
    func trimmingLeadingSpaces() -> String {
        String(String.UnicodeScalarView(unicodeScalars.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }))
    }
}
