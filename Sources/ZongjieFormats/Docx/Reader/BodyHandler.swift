import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZongjieCore

/// SAX handler for document.xml and footers: the accepted text of every
/// paragraph in order, with effective formatting and the section setup.
final class BodyHandler: WordXMLHandler {
    let styles: StyleSheet
    var numbering: NumberingDefinitions
    var paragraphs: [ReadParagraph] = []
    var sections: [SectionInfo] = []
    /// Format of the first run inside a PAGE field's result (for footers).
    var pageNumberRun: RunFormat?

    private static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// Subtrees whose text is not part of the accepted document or whose properties are history.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "delInstrText", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange",
        "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "sdtPr", "sdtEndPr", "fldData", "tabs",
    ]

    var skipDepth = 0
    var stack: [ParagraphBuilder] = []
    var run: RunBuilder?
    var rows: [RowBuilder] = []
    private var textBoxDepth = 0
    private var alternateContent: [Bool] = []
    var fields: [FieldState] = []
    private var inText = false
    private var inInstruction = false
    private var inParagraphProperties = false
    private var inRunProperties = false
    var section: SectionInfo?
    var pendingDeletedMark: ReadParagraph?
    /// w:t and w:p elements seen so far (all of them, skipped or not), for `DocxLineMap`.
    private var textElements = 0
    private var paragraphElements = 0
    /// The w:t being read and how many scalars of it are already in the run.
    private var currentText: (ordinal: Int, offset: Int)?
    /// Comment starts met between paragraphs, placed at the next paragraph's start.
    private var pendingCommentStarts: [String] = []
    /// Unaccepted tracked changes (w:ins, w:del, moves, property changes) and comments.
    private(set) var revisionCount = 0
    private(set) var commentCount = 0
    private static let revisionElements: Set<String> = ["ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange"]

    init(styles: StyleSheet, numbering: NumberingDefinitions) {
        self.styles = styles
        self.numbering = numbering
    }

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        if isWord(namespaceURI) { count(name) }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if namespaceURI == Self.markupCompatibility {
            startCompatibility(name)
            return
        }
        guard isWord(namespaceURI) else { return }
        if section != nil {
            readSectionProperty(name, attributes)
            return
        }
        if inParagraphProperties && inRunProperties {
            // The paragraph mark's own properties: only a deletion matters (it joins two paragraphs).
            if name == "del", !stack.isEmpty { stack[stack.count - 1].markDeleted = true }
            if name != "ins" && Self.skipped.contains(name) { skipDepth = 1 }
            return
        }
        if Self.skipped.contains(name) {
            skipDepth = 1
            return
        }
        if inRunProperties {
            if name == "rStyle" { run?.style = attribute(attributes, "val") } else if var current = run {
                readRunProperty(name, attributes, into: &current.direct)
                run = current
            }
            return
        }
        if inParagraphProperties {
            switch name {
            case "pStyle": if !stack.isEmpty { stack[stack.count - 1].styleID = attribute(attributes, "val") }
            case "rPr": inRunProperties = true
            case "sectPr": section = SectionInfo()
            default:
                if !stack.isEmpty { readParagraphProperty(name, attributes, into: &stack[stack.count - 1].direct) }
            }
            return
        }
        startContent(name, attributes)
    }

    /// Counts every w:t and w:p in document order (the annotator counts the same way) and the review marks.
    private func count(_ name: String) {
        switch name {
        case "t": textElements += 1
        case "p": paragraphElements += 1
        case "commentReference": commentCount += 1
        default: if Self.revisionElements.contains(name) { revisionCount += 1 }
        }
    }

    /// A zero-length comment mark at the current end of the paragraph being read.
    private func markComment(_ source: DocxTextSegment.Source, isStart: Bool, id: String) {
        if stack.isEmpty {
            if isStart { pendingCommentStarts.append(id) } else if !paragraphs.isEmpty {
                let end = paragraphs[paragraphs.count - 1].text.unicodeScalars.count
                paragraphs[paragraphs.count - 1].map.segments.append(DocxTextSegment(start: end, length: 0, source: source))
            }
            return
        }
        let top = stack.count - 1
        stack[top].segments.append(DocxTextSegment(start: stack[top].scalarCount, length: 0, source: source))
    }

    private func startCompatibility(_ name: String) {
        switch name {
        case "AlternateContent": alternateContent.append(false)
        case "Choice", "Fallback":
            // Read the first choice only; the others and the fallback repeat the same content.
            if alternateContent.last == true { skipDepth = 1 } else if !alternateContent.isEmpty {
                alternateContent[alternateContent.count - 1] = true
            }
        default: break
        }
    }

    private func startContent(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "p":
            let container: ParagraphFormat.Container = textBoxDepth > 0 ? .textBox : rows.isEmpty ? .body : .table
            var builder = ParagraphBuilder(container: container)
            builder.ordinal = paragraphElements - 1
            builder.segments = pendingCommentStarts.map { DocxTextSegment(start: 0, length: 0, source: .commentStart(id: $0)) }
            pendingCommentStarts = []
            stack.append(builder)
        case "commentRangeStart":
            if let id = attribute(attributes, "id") { markComment(.commentStart(id: id), isStart: true, id: id) }
        case "commentRangeEnd":
            if let id = attribute(attributes, "id") { markComment(.commentEnd(id: id), isStart: false, id: id) }
        case "pPr": inParagraphProperties = true
        case "r": run = RunBuilder(isPageNumber: fields.contains { $0.isPage && $0.inResult })
        case "rPr": if run != nil { inRunProperties = true }
        case "t":
            inText = true
            currentText = (textElements - 1, 0)
        case "instrText": inInstruction = true
        case "tab": appendText("\t", fromText: false)
        case "noBreakHyphen": appendText("-", fromText: false)
        case "fldChar":
            switch attribute(attributes, "fldCharType") {
            case "begin": fields.append(FieldState())
            case "separate":
                guard !fields.isEmpty else { break }
                fields[fields.count - 1].inResult = true
                if fields[fields.count - 1].isPage { appendPattern("#") }
            case "end": _ = fields.popLast()
            default: break
            }
        case "fldSimple":
            let field = FieldState(instruction: (attribute(attributes, "instr") ?? "").trimmingCharacters(in: .whitespaces), inResult: true)
            fields.append(field)
            if field.isPage { appendPattern("#") }
        case "txbxContent": textBoxDepth += 1
        case "tbl": rows.append(RowBuilder())
        case "tr": if !rows.isEmpty { rows[rows.count - 1].cells = []; rows[rows.count - 1].spans = [] }
        case "tc": if !rows.isEmpty { rows[rows.count - 1].currentCell = []; rows[rows.count - 1].currentSpan = 1 }
        case "gridSpan":
            if !rows.isEmpty, rows[rows.count - 1].currentCell != nil, let span = attribute(attributes, "val").flatMap({ Int($0) }) {
                rows[rows.count - 1].currentSpan = min(max(span, 1), 64)
            }
        case "sectPr": section = SectionInfo()
        default: break
        }
    }

    override func characters(_ string: String) {
        guard skipDepth == 0 else { return }
        if inInstruction, !fields.isEmpty {
            fields[fields.count - 1].instruction += string
            fields[fields.count - 1].instruction = fields[fields.count - 1].instruction.trimmingCharacters(in: .whitespaces)
        } else if inText {
            // Word shows a raw line break inside w:t as a space; keep one paragraph = one line.
            var cleaned = String.UnicodeScalarView()
            for scalar in string.unicodeScalars { cleaned.append(scalar == "\n" || scalar == "\r" ? " " : scalar) }
            appendText(String(cleaned), fromText: true)
        }
    }

    /// Adds visible text to the current run, unless it is a field's instruction part;
    /// `fromText`: it is the content of the w:t being read (else generated, like a tab).
    private func appendText(_ string: String, fromText: Bool) {
        guard run != nil, !inParagraphProperties, !fields.contains(where: { !$0.inResult }) else { return }
        let length = string.unicodeScalars.count
        let runOffset = run?.scalarCount ?? 0
        if fromText, let text = currentText {
            run?.segments.append(DocxTextSegment(start: runOffset, length: length, source: .text(ordinal: text.ordinal, offset: text.offset)))
            currentText = (text.ordinal, text.offset + length)
        } else {
            run?.segments.append(DocxTextSegment(start: runOffset, length: length, source: .generated))
        }
        run?.scalarCount += length
        run?.text += string
        if !(run?.isPageNumber ?? false) { run?.pattern += string }
    }

    private func appendPattern(_ string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].pattern += string
    }

    override func endElement(_ name: String, namespaceURI: String?) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if namespaceURI == Self.markupCompatibility {
            if name == "AlternateContent" { _ = alternateContent.popLast() }
            return
        }
        guard isWord(namespaceURI) else { return }
        if section != nil {
            if name == "sectPr", let finished = section {
                sections.append(finished)
                section = nil
            }
            return
        }
        switch name {
        case "rPr": inRunProperties = false
        case "pPr": inParagraphProperties = false
        case "t":
            inText = false
            currentText = nil
        case "instrText": inInstruction = false
        case "fldSimple": _ = fields.popLast()
        case "r": finishRun()
        case "p": finishParagraph()
        case "txbxContent": textBoxDepth = max(0, textBoxDepth - 1)
        case "tc":
            if !rows.isEmpty, let cell = rows[rows.count - 1].currentCell {
                rows[rows.count - 1].cells.append(cell)
                rows[rows.count - 1].spans.append(rows[rows.count - 1].currentSpan)
                rows[rows.count - 1].currentCell = nil
            }
        case "tr": finishRow()
        case "tbl": _ = rows.popLast()
        default: break
        }
    }
}
