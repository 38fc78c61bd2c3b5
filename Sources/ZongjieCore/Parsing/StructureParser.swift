/// Recovers a `Document` from plain text or Markdown: title (possibly over two
/// lines), addressee, opening, numbered sections nested by marker, in-paragraph
/// enumerations (一是、一方面), closing paragraphs and the signature block.
///
/// It never fails and never drops text: every non-empty line ends up in exactly
/// one node, whatever the numbering looks like.
public struct StructureParser: Sendable {
    public init() {}

    /// Parses `source` into a document whose nodes carry their source ranges.
    public func parse(_ source: SourceText) -> Document {
        parse(lines: LineScanner.lines(of: source))
    }

    /// Parses already-scanned lines (see `LineScanner`). Lines numbered in `dataLines` (the
    /// table regions of a pasted 年报, whose row labels start with 一、/（一）/1.) are never headings.
    public func parse(lines: [ParsedLine], dataLines: Set<Int> = []) -> Document {
        var document = Document()
        var index = 0
        var end = lines.count
        guard !lines.isEmpty else { return document }

        index = parseTitle(lines, into: &document)
        if index < end, isAddressee(lines[index]) {
            document.addressee = TextLine(lines[index].text, range: lines[index].range)
            index += 1
        }
        end = BackMatter.start(of: lines, from: index)
        document.backMatter = lines[end...].map { TextLine($0.text, range: $0.range) }
        end = parseSignature(lines, from: index, to: end, into: &document)
        let noteStart = BackMatter.attachmentNoteStart(lines, from: index, to: end)
        document.attachmentNote = lines[noteStart..<end].map { TextLine($0.text, range: $0.range) }
        end = noteStart

        let nextYear = ReportYear.firstYear(in: document.title?.text ?? "").map { $0 + 1 }
        var builder = SectionTreeBuilder(nextYear: nextYear)
        for line in lines[index..<end] {
            builder.add(line, nextYear: nextYear, isData: !dataLines.isEmpty && dataLines.contains(line.number))
        }
        let body = builder.finish()
        document.opening = body.opening
        document.sections = body.sections
        document.closing = body.closing
        return document
    }

    /// Sets the title; returns the index of the first line after it.
    private func parseTitle(_ lines: [ParsedLine], into document: inout Document) -> Int {
        let first = lines[0]
        if NumberingMarker.parse(Substring(first.text))?.style.headingLevel != nil || first.length > 60 {
            return 0
        }
        if lines.count > 1 {
            let second = lines[1]
            if second.number == first.number + 1, isTitleContinuation(first: first, second: second) {
                let range = SourceRange(start: first.range.start, end: second.range.end)
                document.title = TextLine(first.text + second.text, range: range)
                return 2
            }
        }
        document.title = TextLine(first.text, range: first.range)
        return 1
    }

    /// A second title line: short, directly below, no sentence punctuation, no marker (回行 or ——副题).
    private func isTitleContinuation(first: ParsedLine, second: ParsedLine) -> Bool {
        if second.text.hasPrefix("——") { return true }
        guard first.length <= 30, second.length <= 30 else { return false }
        let sentencePunctuation: Set<Unicode.Scalar> = ["。", "，", "；", "：", ":", ",", "！", "？"]
        if first.text.unicodeScalars.contains(where: sentencePunctuation.contains) { return false }
        if second.text.unicodeScalars.contains(where: sentencePunctuation.contains) { return false }
        if NumberingMarker.parse(Substring(second.text)) != nil { return false }
        if DateLineParser.parse(second.text) != nil { return false }
        // A complete title already ends with its 文种; what follows is something else.
        if first.text.hasSuffix("总结") || first.text.hasSuffix("报告") { return false }
        return true
    }

    /// 主送机关: short, ends in a colon, names organs rather than opening a sentence.
    private func isAddressee(_ line: ParsedLine) -> Bool {
        guard line.length <= 40, line.text.hasSuffix("：") || line.text.hasSuffix(":") else { return false }
        if line.text.contains("，") || line.text.contains("。") || line.text.contains("如下") || line.text.contains("；") {
            return false
        }
        return NumberingMarker.parse(Substring(line.text)) == nil
    }

    /// Takes the signature (unit line + date line) off the end; returns the end of the body.
    /// The signature at the end of `lines[start..<end]`; returns where it starts. Takes the bound
    /// rather than a copy of the lines before it (a copy per document retained every line).
    private func parseSignature(_ lines: [ParsedLine], from start: Int, to end: Int, into document: inout Document) -> Int {
        var end = end
        guard end > start else { return end }
        var signature = Signature()
        if let date = DateLineParser.parse(lines[end - 1].text, range: lines[end - 1].range) {
            signature.date = date
            end -= 1
        } else if Self.isPlaceholder(lines[end - 1].text, naming: "日期") {
            // A skeleton's 【待填：成文日期】 stands where the date goes: the placeholder rule reports
            // it, and the block is still the signature (no missing-section, no body indent).
            signature.date = DateLine(text: lines[end - 1].text, year: nil, month: nil, day: nil, range: lines[end - 1].range)
            end -= 1
        }
        if end > start, signature.date != nil, isSignatureUnit(lines[end - 1]) {
            signature.unit = TextLine(lines[end - 1].text, range: lines[end - 1].range)
            end -= 1
        }
        if signature.date != nil || signature.unit != nil {
            document.signature = signature
        }
        return end
    }

    /// A line that is one placeholder (【待填：成文日期】) whose label holds `word`.
    static func isPlaceholder(_ text: String, naming word: String) -> Bool {
        var trimmed = Substring(text)
        while let first = trimmed.unicodeScalars.first, LineScanner.isSpace(first) { trimmed = trimmed.dropFirst() }
        while let last = trimmed.unicodeScalars.last, LineScanner.isSpace(last) { trimmed = trimmed.dropLast() }
        guard trimmed.hasPrefix("【待填"), trimmed.hasSuffix("】"), trimmed.count <= 30 else { return false }
        return trimmed.dropFirst().dropLast().firstIndex(of: "】") == nil && trimmed.contains(word)
    }

    /// A unit name line: short, no sentence punctuation, not numbered.
    private func isSignatureUnit(_ line: ParsedLine) -> Bool {
        guard line.length <= 40 else { return false }
        if Self.isPlaceholder(line.text, naming: "单位") { return true }
        let punctuation: Set<Unicode.Scalar> = ["。", "，", "；", "：", ":", ",", "！", "？", "、"]
        if line.text.unicodeScalars.contains(where: punctuation.contains) { return false }
        // "特此报告" closes the text; it does not sign it.
        if line.text.hasPrefix("特此") { return false }
        return NumberingMarker.parse(Substring(line.text)) == nil
    }
}
