import ZongjieCore

/// The lines a plugin rule looks at: the whole document, or the lines of one
/// outline part (a numbered section from its heading to the next top-level
/// heading, or the paragraphs that stand for it, such as an unheaded closing).
struct PluginRuleScope {
    /// Line numbers in the scope, in order.
    var lines: [Int]
    /// The heading line of the part (not counted as its text for `length`).
    var headingLine: Int?
    /// Where a finding about the scope as a whole goes: the part's heading, else its first line.
    var anchor: SourceRange

    /// The scope of `key` in `context` (nil key: the whole document); nil when the part is absent,
    /// which is `missing-section`'s finding, not a plugin rule's.
    static func find(_ key: String?, in context: LintContext) -> PluginRuleScope? {
        let lineCount = context.source.lines.count
        guard let key else {
            let anchor = context.document.title?.range.map { SourceRange(start: $0.start, end: $0.start) } ?? .documentStart
            return PluginRuleScope(lines: Array(1...max(lineCount, 1)), headingLine: nil, anchor: anchor)
        }
        let match = context.outlineMatch
        let starts = match.sectionKeys.compactMap { $0.section.headingRange?.start.line }
        let signatureLine = context.document.signature?.unit?.range?.start.line ?? context.document.signature?.date?.range?.start.line
        var lines: [Int] = []
        var heading: SourceRange?
        for entry in match.sectionKeys where entry.keys.contains(key) {
            guard let range = entry.section.headingRange else { continue }
            let first = range.start.line
            var end = lineCount + 1
            if let signatureLine, signatureLine > first { end = signatureLine }
            let next = starts.first { $0 > first } ?? end
            lines += Array(first..<max(first + 1, next))
            if heading == nil { heading = range }
        }
        if let heading {
            return PluginRuleScope(lines: lines, headingLine: heading.start.line,
                                   anchor: SourceRange(start: heading.start, end: heading.start))
        }
        if key == "opening", !context.document.opening.isEmpty {
            let found = context.document.opening.compactMap { $0.range?.start.line }
            guard let first = found.first else { return nil }
            return PluginRuleScope(lines: found, headingLine: nil, anchor: SourceRange(line: first, startColumn: 1, endColumn: 1))
        }
        let ranges = (match.parts[key] ?? []).compactMap { $0 }
        guard let first = ranges.first else { return nil }
        let found = ranges.flatMap { Array($0.start.line...max($0.start.line, $0.end.line)) }
        return PluginRuleScope(lines: found, headingLine: nil, anchor: SourceRange(start: first.start, end: first.start))
    }
}

extension PluginRuleScope {
    /// The scope's lines as byte ranges of `source`, consecutive lines joined into one range
    /// (line breaks included): a term search covers a whole part in one pass.
    func byteRuns(in source: SourceText) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < lines.count {
            var last = index
            while last + 1 < lines.count && lines[last + 1] == lines[last] + 1 { last += 1 }
            let first = lines[index], final = lines[last]
            if first >= 1 && final <= source.lines.count {
                runs.append(source.lines[first - 1].start..<source.lines[final - 1].end)
            }
            index = last + 1
        }
        return runs
    }

}
