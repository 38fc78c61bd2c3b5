import Foundation
import ZongjieCore

/// Reads the paragraphs and tables of a .docx as a `FormDocument`, keeping
/// what the text reader flattens: each table cell's lines (paragraphs and line
/// breaks), so a clerk's filled-in form reads back cell by cell. Tracked
/// changes count as accepted; the same size and XML limits as `DocxReader`.
public enum FormDocxReader {
    /// The form in `data`; `path` names the file in errors.
    public static func read(_ data: Data, path: String, limits: DocxReadLimits = DocxReadLimits()) throws(DocxError) -> FormDocument {
        let package = try DocxPackage(data: data, path: path, limits: limits)
        let relationships = RelationshipsHandler()
        if let rels = try package.data("_rels/.rels") {
            try SafeXMLParser.parse(rels, part: "_rels/.rels", path: path, handler: relationships)
        }
        let documentPart = relationships.targetsByType["officeDocument"].map { RelationshipsHandler.resolve($0, from: "") } ?? "word/document.xml"
        guard let document = try package.data(documentPart) else { throw DocxError.missingDocument(path: path) }
        let handler = FormBodyHandler()
        try SafeXMLParser.parse(document, part: "document.xml", path: path, handler: handler)
        return FormDocument(blocks: handler.blocks)
    }
}

/// SAX handler collecting body paragraphs and table cells line by line.
final class FormBodyHandler: WordXMLHandler {
    private(set) var blocks: [FormDocument.Block] = []
    /// Deleted or duplicate content (tracked deletions, moved-from text, compatibility fallbacks).
    private static let skipped: Set<String> = ["del", "moveFrom", "Fallback", "pPrChange", "rPrChange"]
    private var skipDepth = 0
    private var inText = false
    /// The lines of the paragraph being read (a line break starts a new one).
    private var paragraph: [String]?
    private var tables: [(rows: [[FormCell]], row: [FormCell]?, cell: [String]?)] = []

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        if skipDepth > 0 || Self.skipped.contains(name) {
            skipDepth += 1
            return
        }
        guard isWord(namespaceURI) else { return }
        switch name {
        case "p": paragraph = [""]
        case "t": inText = true
        case "tab": append("\t")
        case "br", "cr": paragraph?.append("")
        case "tbl": tables.append(([], nil, nil))
        case "tr": if !tables.isEmpty { tables[tables.count - 1].row = [] }
        case "tc": if !tables.isEmpty { tables[tables.count - 1].cell = [] }
        default: break
        }
    }

    override func characters(_ string: String) {
        guard skipDepth == 0, inText else { return }
        append(string)
    }

    private func append(_ text: String) {
        guard var lines = paragraph, !lines.isEmpty, skipDepth == 0 else { return }
        lines[lines.count - 1] += text
        paragraph = lines
    }

    override func endElement(_ name: String, namespaceURI: String?) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard isWord(namespaceURI) else { return }
        switch name {
        case "t": inText = false
        case "p":
            guard let lines = paragraph else { return }
            paragraph = nil
            if !tables.isEmpty, tables[tables.count - 1].cell != nil {
                tables[tables.count - 1].cell?.append(contentsOf: lines)
            } else if tables.isEmpty {
                blocks.append(.paragraph(lines.joined(separator: " "), style: .body))
            }
        case "tc":
            guard !tables.isEmpty, let cell = tables[tables.count - 1].cell else { return }
            tables[tables.count - 1].row?.append(FormCell(cell))
            tables[tables.count - 1].cell = nil
        case "tr":
            guard !tables.isEmpty, let row = tables[tables.count - 1].row else { return }
            tables[tables.count - 1].rows.append(row)
            tables[tables.count - 1].row = nil
        case "tbl":
            guard let finished = tables.popLast() else { return }
            if tables.isEmpty {
                blocks.append(.table(FormTable(rows: finished.rows, headerRows: 0)))
            } else if tables[tables.count - 1].cell != nil {
                // A table inside a cell: each of its rows is one line of the cell.
                let lines = finished.rows.map { $0.map(\.text).joined(separator: "\t") }
                tables[tables.count - 1].cell?.append(contentsOf: lines)
            }
        default: break
        }
    }
}
