import Foundation

/// The small fixed parts of a .docx package: content types, relationships,
/// settings and document properties.
enum PackageParts {
    static let contentTypes: String = {
        let main = "application/vnd.openxmlformats-officedocument"
        var xml = XMLText.declaration
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        let overrides = [
            ("/word/document.xml", "\(main).wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "\(main).wordprocessingml.styles+xml"),
            ("/word/settings.xml", "\(main).wordprocessingml.settings+xml"),
            ("/word/fontTable.xml", "\(main).wordprocessingml.fontTable+xml"),
            ("/word/footer1.xml", "\(main).wordprocessingml.footer+xml"),
            ("/word/footer2.xml", "\(main).wordprocessingml.footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "\(main).extended-properties+xml"),
        ]
        for (part, type) in overrides {
            xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
        }
        xml += "</Types>"
        return xml
    }()

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

    static let documentRelationships: String = {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var xml = XMLText.declaration
        xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        xml += "<Relationship Id=\"rIdStyles\" Type=\"\(base)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rIdSettings\" Type=\"\(base)/settings\" Target=\"settings.xml\"/>"
        xml += "<Relationship Id=\"rIdFonts\" Type=\"\(base)/fontTable\" Target=\"fontTable.xml\"/>"
        xml += "<Relationship Id=\"\(oddFooterID)\" Type=\"\(base)/footer\" Target=\"footer1.xml\"/>"
        xml += "<Relationship Id=\"\(evenFooterID)\" Type=\"\(base)/footer\" Target=\"footer2.xml\"/>"
        xml += "</Relationships>"
        return xml
    }()

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
