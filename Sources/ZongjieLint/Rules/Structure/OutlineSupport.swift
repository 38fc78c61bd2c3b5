import ZongjieCore

extension LintContext {
    /// The document's parts matched against its report type's outline.
    var outlineMatch: OutlineMatcher.Match {
        // Two rules ask for it; match once per document.
        scans.outlineMatch(key: "\(reportType.id) \(reportYear ?? 0)") { OutlineMatcher(outline: reportType.outline, reportYear: reportYear).match(document) }
    }

    /// The last non-empty line of the document and its end column, for findings about something absent at the end.
    var endOfText: SourceRange {
        var number = source.lines.count
        while number > 1, source.line(number).unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { number -= 1 }
        let column = source.line(number).unicodeScalars.count + 1
        return SourceRange(line: number, startColumn: column, endColumn: column)
    }

    /// The end of the body: the last non-empty line before the signature (or of the text),
    /// where a missing problems or plans part belongs.
    var endOfBody: SourceRange {
        guard let signatureLine = document.signature?.unit?.range?.start.line ?? document.signature?.date?.range?.start.line else {
            return endOfText
        }
        var number = signatureLine - 1
        while number > 1, source.line(number).unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { number -= 1 }
        guard number >= 1 else { return endOfText }
        let column = source.line(number).unicodeScalars.count + 1
        return SourceRange(line: number, startColumn: column, endColumn: column)
    }

    /// The start of the first line after the title block.
    var startOfBody: SourceRange {
        let lines = scans.parsedLines()
        let titleEnd = document.addressee?.range?.end.line ?? document.title?.range?.end.line ?? 0
        if let first = lines.first(where: { $0.number > titleEnd }) {
            return SourceRange(line: first.number, startColumn: first.startColumn, endColumn: first.startColumn)
        }
        return endOfText
    }
}

extension Section {
    /// Where the marker sits (the start of the heading range).
    var markerRange: SourceRange {
        guard let heading = headingRange else { return .documentStart }
        return SourceRange(line: heading.start.line, startColumn: heading.start.column, endColumn: heading.start.column + marker.scalarCount)
    }
}

extension Paragraph {
    /// Where the paragraph's marker sits, if it has one.
    var markerRange: SourceRange? {
        guard let marker, let range else { return nil }
        return SourceRange(line: range.start.line, startColumn: range.start.column, endColumn: range.start.column + marker.scalarCount)
    }
}
