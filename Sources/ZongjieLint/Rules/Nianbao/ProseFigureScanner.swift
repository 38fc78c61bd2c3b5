import ZongjieCore

/// One scalar of the prose with where it is in the source.
typealias ProseScalar = (scalar: Unicode.Scalar, position: SourcePosition)

/// Finds counts quoted in prose. PDF text is hard-wrapped mid-sentence, so lines
/// are joined into paragraphs (a blank line or a table row ends one) and each
/// scalar keeps its line and column.
///
/// Kept apart from the figure rules' `FigureScanner`, which reads one decoded line at a time,
/// knows 万/亿, Chinese numerals and dozens of units but no labels: a count broken across a
/// PDF line wrap would be lost or split there, and the 年报 rules pair each count with the
/// words before it (its label) and with 较上年 changes (`ProseChange`) on these positions.
enum ProseFigureScanner {
    private static let clauseBreaks: Set<Unicode.Scalar> = ["，", "。", "；", "：", "？", "！", ",", ";", "（", "(", "）", ")", "、"]

    static func figures(in source: SourceText) -> [ProseFigure] {
        var figures: [ProseFigure] = []
        for (index, paragraph) in paragraphs(in: source).enumerated() {
            figures += self.figures(inParagraph: paragraph, index: index)
        }
        return figures
    }

    /// The counts of one paragraph, numbered `index`.
    static func figures(inParagraph paragraph: [ProseScalar], index: Int) -> [ProseFigure] {
        scan(paragraph).map { figure in
            var figure = figure
            figure.paragraph = index
            return figure
        }
    }

    /// The prose as paragraphs of scalars: table rows, page footers and headings end one.
    static func paragraphs(in source: SourceText) -> [[ProseScalar]] {
        var paragraphs: [[ProseScalar]] = []
        var paragraph: [ProseScalar] = []
        func flush() {
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            paragraph.removeAll()
        }
        for number in 1...max(source.lines.count, 1) {
            let text = source.line(number)
            let isBlank = !text.unicodeScalars.contains { !isSpace($0) }
            if isBlank { flush(); continue }
            // Table rows are no prose; a page footer ("— 3 —") is skipped inside the paragraph it splits.
            if NianbaoTableReader.isFigureRow(text) {
                if NianbaoTableReader.isTableRow(text) { flush() }
                continue
            }
            // A heading ends the paragraph before it and is a clause of its own.
            let isHeading = NianbaoTableReader.isHeading(text)
            if isHeading { flush() }
            defer { if isHeading { flush() } }
            for (offset, scalar) in text.unicodeScalars.enumerated() {
                paragraph.append((scalar, SourcePosition(line: number, column: offset + 1)))
            }
        }
        flush()
        return paragraphs
    }

    private static func scan(_ text: [ProseScalar]) -> [ProseFigure] {
        var figures: [ProseFigure] = []
        var clauseStart = 0
        var sentenceScope: ProseFigure.AppealScope?
        var index = 0
        while index < text.count {
            let scalar = text[index].scalar
            if clauseBreaks.contains(scalar) {
                let clause = words(text[clauseStart..<index])
                if scalar == "。" { sentenceScope = nil } else if let scope = ProseFigure.AppealScope.named(in: clause) { sentenceScope = scope.joined(with: sentenceScope) }
                clauseStart = index + 1
                index += 1
                continue
            }
            guard let digit = digitValue(scalar) else { index += 1; continue }
            // A whole number: digits, then optional spaces, then 件 (decimals and 年/条/% are skipped).
            var value = digit
            var end = index + 1
            while end < text.count, let next = digitValue(text[end].scalar) {
                // Saturate: a pasted run of twenty digits overflowed Int (found by fuzzing).
                value = value > (Int.max - next) / 10 ? Int.max : value * 10 + next
                end += 1
            }
            let precededByDigitOrDot = index > 0 && (digitValue(text[index - 1].scalar) != nil || text[index - 1].scalar == ".")
            var after = end
            while after < text.count, isSpace(text[after].scalar) { after += 1 }
            guard !precededByDigitOrDot, after < text.count, text[after].scalar == "件" else { index = end; continue }
            let lead = words(text[clauseStart..<index])
            if let subject = ProseFigure.subject(of: lead, sentenceScope: sentenceScope) {
                let range = SourceRange(start: text[index].position, end: SourcePosition(line: text[end - 1].position.line, column: text[end - 1].position.column + 1))
                figures.append(ProseFigure(subject: subject, lead: lead, value: value, range: range, percentage: ProseShare.after(text, at: after + 1)))
            }
            if let scope = ProseFigure.AppealScope.named(in: lead) { sentenceScope = scope.joined(with: sentenceScope) }
            index = end
        }
        return figures
    }

    /// The clause's scalars without spaces (PDF text spaces digits out).
    static func words(_ text: ArraySlice<ProseScalar>) -> String {
        String(String.UnicodeScalarView(text.map(\.scalar).filter { !isSpace($0) }))
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        CJK.digitValue(scalar)
    }
}
