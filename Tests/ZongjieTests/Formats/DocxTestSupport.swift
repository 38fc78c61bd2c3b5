import Foundation
import ZongjieCore
import ZongjieFormats

/// Documents and hand-made .docx fixtures shared by the docx tests (our own sample text).
enum DocxFixtures {
    static let created = Date(timeIntervalSince1970: 1_734_652_800) // 2024-12-20

    /// A summary with every part the writer handles: title, addressee, opening, four heading levels, closing, signature.
    static func sampleDocument() -> Document {
        func marker(_ style: NumberingStyle, _ ordinal: Int) -> NumberingMarker {
            NumberingMarker(style: style, ordinal: ordinal, text: style.canonicalMarker(ordinal))
        }
        let detail = Section(marker: marker(.arabicParen, 1), heading: "细化清单管理", paragraphs: [Paragraph("逐项明确责任人和完成时限。")])
        let measure = Section(marker: marker(.arabicDot, 1), heading: "健全工作机制", paragraphs: [Paragraph("制定年度工作要点，按季度调度推进。")], children: [detail])
        let first = Section(
            marker: marker(.chineseComma, 1), heading: "主要工作及成效",
            children: [
                Section(marker: marker(.chineseParen, 1), heading: "加强组织领导", paragraphs: [Paragraph("一是成立工作专班；二是召开专题会议4次，研究解决问题12个。")], children: [measure]),
                Section(marker: marker(.chineseParen, 2), heading: "推进信息公开", paragraphs: [Paragraph("全年主动公开政府信息356条，办理依申请公开<12>件 & 答复率100%。")]),
            ]
        )
        let second = Section(marker: marker(.chineseComma, 2), heading: "存在的问题", paragraphs: [Paragraph("公开内容的深度和广度仍需拓展。")])
        let third = Section(marker: marker(.chineseComma, 3), heading: "下一步工作打算", paragraphs: [Paragraph("持续优化公开平台，提升服务水平。")])
        return Document(
            title: TextLine("示范县数据管理局2024年度政务公开工作总结"),
            addressee: TextLine("县政务公开办："),
            opening: [Paragraph("2024年，我局认真贯彻落实上级部署，扎实推进政务公开工作。现将有关情况总结如下：")],
            sections: [first, second, third],
            closing: [Paragraph("特此报告。")],
            signature: Signature(unit: TextLine("示范县数据管理局"), date: DateLine(text: "2024年12月20日", year: 2024, month: 12, day: 20))
        )
    }

    /// The text lines a reader should give back for `document` as our writer lays it out.
    static func expectedLines(_ document: Document) -> [String] {
        var lines: [String] = []
        if let title = document.title { lines += [title.text, ""] }
        if let addressee = document.addressee { lines.append(addressee.text) }
        lines += document.opening.map(\.text)
        func walk(_ sections: [Section]) {
            for section in sections {
                lines.append(section.marker.text + section.heading)
                lines += section.paragraphs.map(\.text)
                walk(section.children)
            }
        }
        walk(document.sections)
        lines += document.closing.map(\.text)
        if let signature = document.signature {
            lines.append("")
            if let unit = signature.unit { lines.append(unit.text) }
            if let date = signature.date { lines.append(date.text) }
        }
        return lines
    }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A minimal .docx whose document.xml body is `body`, plus optional extra parts (path → XML).
    static func docx(body: String, extraParts: [String: String] = [:], sectionProperties: String = "") throws -> Data {
        var parts: [(path: String, data: Data)] = [
            ("[Content_Types].xml", Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>".utf8)),
            ("word/document.xml", Data(documentXML(body: body + sectionProperties).utf8)),
        ]
        for (path, xml) in extraParts.sorted(by: { $0.key < $1.key }) {
            parts.append((path, Data(xml.utf8)))
        }
        return try ZipArchiveBuilder.archive(parts, date: created)
    }

    static func documentXML(body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(wordNamespace)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>\(body)</w:body></w:document>"
    }

    /// A paragraph with one run of `text`, optional pPr and rPr contents.
    static func paragraph(_ text: String, pPr: String = "", rPr: String = "") -> String {
        "<w:p>\(pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")<w:r>\(rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// Reads the zip entry `path` of `docx` as text.
    static func part(_ path: String, of docx: Data) throws -> String {
        try ZipArchiveBuilder.text(of: path, in: docx)
    }
}
