import Foundation

/// The small fixed parts of a .docx package: content types, relationships,
/// settings and document properties.
enum PackageParts {
    static let contentTypes = contentTypes(overriding: [
        ("/word/document.xml", ContentType.document),
        ("/word/styles.xml", ContentType.styles),
        ("/word/settings.xml", "\(ContentType.officeDocument).wordprocessingml.settings+xml"),
        ("/word/fontTable.xml", "\(ContentType.officeDocument).wordprocessingml.fontTable+xml"),
        ("/word/footer1.xml", "\(ContentType.officeDocument).wordprocessingml.footer+xml"),
        ("/word/footer2.xml", "\(ContentType.officeDocument).wordprocessingml.footer+xml"),
        ("/docProps/core.xml", ContentType.core),
        ("/docProps/app.xml", ContentType.app),
    ])

    /// Content types every package of ours names.
    enum ContentType {
        static let officeDocument = "application/vnd.openxmlformats-officedocument"
        static let document = "\(officeDocument).wordprocessingml.document.main+xml"
        static let styles = "\(officeDocument).wordprocessingml.styles+xml"
        static let core = "application/vnd.openxmlformats-package.core-properties+xml"
        static let app = "\(officeDocument).extended-properties+xml"
    }

    /// `[Content_Types].xml`: the defaults for .rels and .xml, then one override per part.
    static func contentTypes(overriding parts: [(part: String, type: String)]) -> String {
        var xml = XMLText.declaration
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for (part, type) in parts {
            xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
        }
        xml += "</Types>"
        return xml
    }

    static let packageRelationships: String = {
        let base = "http://schemas.openxmlformats.org"
        var xml = XMLText.declaration
        xml += "<Relationships xmlns=\"\(base)/package/2006/relationships\">"
        xml += "<Relationship Id=\"rId1\" Type=\"\(base)/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        xml += "<Relationship Id=\"rId2\" Type=\"\(base)/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        xml += "<Relationship Id=\"rId3\" Type=\"\(base)/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        xml += "</Relationships>"
        return xml
    }()

    /// Relationship ids document.xml uses for its footers.
    static let oddFooterID = "rIdFooterOdd"
    static let evenFooterID = "rIdFooterEven"

    static let documentRelationships = documentRelationships([
        ("rIdStyles", "styles", "styles.xml"),
        ("rIdSettings", "settings", "settings.xml"),
        ("rIdFonts", "fontTable", "fontTable.xml"),
        (oddFooterID, "footer", "footer1.xml"),
        (evenFooterID, "footer", "footer2.xml"),
    ])

    /// `word/_rels/document.xml.rels` with one relationship per (id, officeDocument relationship kind, target).
    static func documentRelationships(_ entries: [(id: String, kind: String, target: String)]) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var xml = XMLText.declaration
        xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (id, kind, target) in entries {
            xml += "<Relationship Id=\"\(id)\" Type=\"\(base)/\(kind)\" Target=\"\(target)\"/>"
        }
        xml += "</Relationships>"
        return xml
    }

    /// Settings: odd/even footers (7.5 puts page numbers on the outer side), no punctuation
    /// compression (each mark takes a full character, GB/T 15834), Word 2013+ layout.
    static let settings: String = {
        var xml = XMLText.declaration
        xml += "<w:settings xmlns:w=\"\(XMLText.wordNamespace)\">"
        xml += "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>"
        xml += "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        xml += "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        xml += "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
        xml += "</w:settings>"
        return xml
    }()

    static func core(_ metadata: DocxMetadata) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let date = formatter.string(from: metadata.created)
        var xml = XMLText.declaration
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        xml += "<dc:title>\(XMLText.escape(metadata.title))</dc:title>"
        xml += "<dc:creator>\(XMLText.escape(metadata.creator))</dc:creator>"
        xml += "<cp:lastModifiedBy>\(XMLText.escape(metadata.creator))</cp:lastModifiedBy>"
        xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:created>"
        xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:modified>"
        xml += "</cp:coreProperties>"
        return xml
    }

    static func app(_ metadata: DocxMetadata) -> String {
        var xml = XMLText.declaration
        xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        xml += "<Application>zongjie</Application><Company>\(XMLText.escape(metadata.creator))</Company>"
        xml += "</Properties>"
        return xml
    }
}
