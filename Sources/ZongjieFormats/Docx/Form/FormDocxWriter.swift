import Foundation
import ZongjieCore

/// Writes a `FormDocument` as a plain .docx a clerk fills in Word or WPS: A4,
/// tables with borders as wide as the page's text, guide cells shaded grey,
/// header rows repeated on each page. Not a 公文: no GB/T 9704 layout.
public enum FormDocxWriter {
    /// Text width between 2.5 cm margins on A4, in twips.
    static let textWidth = 11906 - 2 * 1418

    /// The .docx bytes for `form`, with `metadata` as its properties.
    public static func write(_ form: FormDocument, metadata: DocxMetadata) throws(DocxError) -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", PackageParts.packageRelationships),
            ("docProps/core.xml", PackageParts.core(metadata)),
            ("docProps/app.xml", PackageParts.app(metadata)),
            ("word/document.xml", document(form)),
            ("word/styles.xml", styles),
            ("word/_rels/document.xml.rels", relationships),
        ]
        return try ZipArchiveBuilder.archive(parts.map { ($0.0, Data($0.1.utf8)) }, date: metadata.created)
    }

    static func document(_ form: FormDocument) -> String {
        var xml = XMLText.declaration
        xml += "<w:document xmlns:w=\"\(XMLText.wordNamespace)\" xmlns:r=\"\(XMLText.relationshipNamespace)\"><w:body>"
        for block in form.blocks {
            switch block {
            case .paragraph(let text, let style):
                let styleID = switch style {
                case .title: "FormTitle"
                case .caption: "FormCaption"
                case .body: "FormNote"
                }
                xml += paragraph([text], style: styleID)
            case .table(let table):
                xml += tableXML(table)
                // Word needs a paragraph between two tables, or it joins them into one.
                xml += "<w:p><w:pPr><w:pStyle w:val=\"FormNote\"/></w:pPr></w:p>"
            }
        }
        xml += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        xml += "<w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
        xml += "</w:sectPr></w:body></w:document>"
        return xml
    }

    /// One paragraph per line; a cell with no line still needs one empty paragraph.
    private static func paragraph(_ lines: [String], style: String, bold: Bool = false) -> String {
        let lines = lines.isEmpty ? [""] : lines
        return lines.map { line in
            var xml = "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>"
            if !line.isEmpty {
                xml += "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">\(XMLText.escape(line))</w:t></w:r>"
            }
            return xml + "</w:p>"
        }.joined()
    }

    private static func tableXML(_ table: FormTable) -> String {
        let columns = table.rows.map(\.count).max() ?? 1
        let weights = table.columnWeights.count == columns ? table.columnWeights : Array(repeating: 1, count: columns)
        let total = max(weights.reduce(0, +), 1)
        let widths = weights.map { textWidth * $0 / total }
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in table.rows.enumerated() {
            let header = index < table.headerRows
            xml += "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for (column, cell) in row.enumerated() {
                // A short row's last cell spans the columns it lacks.
                let span = column == row.count - 1 ? columns - row.count + 1 : 1
                let width = widths[column..<min(column + span, widths.count)].reduce(0, +)
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
                if header || cell.isGuide { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(header ? "D9D9D9" : "F2F2F2")\"/>" }
                xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
                xml += paragraph(cell.lines, style: "FormCell", bold: header)
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private static let contentTypes = PackageParts.contentTypes(overriding: [
        ("/word/document.xml", PackageParts.ContentType.document),
        ("/word/styles.xml", PackageParts.ContentType.styles),
        ("/docProps/core.xml", PackageParts.ContentType.core),
        ("/docProps/app.xml", PackageParts.ContentType.app),
    ])

    private static let relationships = PackageParts.documentRelationships([("rIdStyles", "styles", "styles.xml")])

    /// 仿宋 for text (with its Windows and Latin fallbacks), 黑体 for the title; 小四 in tables.
    private static let styles: String = {
        func font(_ eastAsia: String) -> String {
            "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"\(eastAsia)\" w:cs=\"Times New Roman\"/>"
        }
        var xml = XMLText.declaration
        xml += "<w:styles xmlns:w=\"\(XMLText.wordNamespace)\">"
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>\(font("仿宋"))<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
        xml += "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"FormNote\"><w:name w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr></w:style>"
        xml += "<w:style w:type=\"paragraph\" w:styleId=\"FormTitle\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"FormNote\"/>"
        xml += "<w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/></w:pPr><w:rPr>\(font("黑体"))<w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>"
        xml += "<w:style w:type=\"paragraph\" w:styleId=\"FormCaption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"FormNote\"/>"
        xml += "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/></w:pPr><w:rPr>\(font("黑体"))<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
        xml += "<w:style w:type=\"paragraph\" w:styleId=\"FormCell\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"FormNote\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:style>"
        return xml + "</w:styles>"
    }()
}
