import ZongjieCore

/// A top-level part of the body (一、…) as a run of source lines.
struct TopLevelBlock: Sendable {
    var heading: String
    /// 1-based line of the heading.
    var headingLine: Int
    /// 1-based lines from the heading to the line before the next top-level heading.
    var lines: ClosedRange<Int>
}

enum TopLevelBlocks {
    /// The document's top-level sections as line blocks. Uses `document.sections`
    /// when the parser found them (with ranges); otherwise finds 一、 headings by
    /// scanning the lines, so rules also work when the parser recognised no sections.
    static func blocks(in context: LintContext) -> [TopLevelBlock] {
        let lineCount = context.source.lines.count
        let fromSections = context.document.sections.compactMap { section -> (String, Int)? in
            guard let line = section.headingRange?.start.line else { return nil }
            return (section.heading, line)
        }
        var starts: [(heading: String, line: Int)] = fromSections.map { ($0.0, $0.1) }
        if starts.isEmpty {
            for number in 1...max(1, lineCount) where startsWithNumeral(context.source, line: number) {
                let text = context.source.line(number).drop { $0 == " " || $0 == "\u{3000}" || $0 == "#" }
                guard let marker = NumberingMarker.parse(text), marker.style.headingLevel == 1 else { continue }
                starts.append((String(text.unicodeScalars.dropFirst(marker.scalarCount)), number))
            }
        }
        var end = max(1, lineCount)
        if let signatureLine = context.document.signature?.unit?.range?.start.line ?? context.document.signature?.date?.range?.start.line {
            end = max(1, signatureLine - 1)
        }
        var blocks: [TopLevelBlock] = []
        for (index, start) in starts.enumerated() {
            let last = index + 1 < starts.count ? starts[index + 1].line - 1 : max(start.line, end)
            blocks.append(TopLevelBlock(heading: start.heading, headingLine: start.line, lines: start.line...max(start.line, last)))
        }
        return blocks
    }

    /// Whether the line's first scalar after spaces and `#` is a Chinese numeral (cheap test before parsing).
    private static func startsWithNumeral(_ source: SourceText, line number: Int) -> Bool {
        let first = LineText.firstScalar(source, line: number) { $0 == " " || $0 == "#" || $0 == "\u{3000}" }
        return first.map(ChineseNumerals.isNumeralScalar) ?? false
    }
}
