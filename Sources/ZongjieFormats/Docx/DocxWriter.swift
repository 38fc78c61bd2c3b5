import Foundation
import ZongjieCore

/// Writes a `Document` as a GB/T 9704 .docx: our own WordprocessingML zipped
/// in memory with ZIPFoundation; no converter program is involved.
public enum DocxWriter {
    /// The .docx bytes for `document` with `metadata` as its properties.
    public static func write(_ document: Document, metadata: DocxMetadata) throws(DocxError) -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", PackageParts.contentTypes),
            ("_rels/.rels", PackageParts.packageRelationships),
            ("docProps/core.xml", PackageParts.core(metadata)),
            ("docProps/app.xml", PackageParts.app(metadata)),
            ("word/document.xml", DocumentPart.xml(for: document)),
            ("word/styles.xml", StylesPart.xml()),
            ("word/settings.xml", PackageParts.settings),
            ("word/fontTable.xml", FontTablePart.xml()),
            ("word/footer1.xml", FooterPart.xml(odd: true)),
            ("word/footer2.xml", FooterPart.xml(odd: false)),
            ("word/_rels/document.xml.rels", PackageParts.documentRelationships),
        ]
        return try ZipArchiveBuilder.archive(parts.map { ($0.0, Data($0.1.utf8)) }, date: metadata.created)
    }

    /// The .docx bytes for `document`, with properties taken from it (title, unit) and dated `created`.
    public static func write(_ document: Document, created: Date = Date()) throws(DocxError) -> Data {
        try write(document, metadata: DocxMetadata(document: document, created: created))
    }
}
