import Foundation
import ZIPFoundation
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
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: metadata.created, compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw DocxError.writeFailed(reason: "压缩包为空") }
            return data
        } catch let error as DocxError {
            throw error
        } catch {
            throw DocxError.writeFailed(reason: "\(error)")
        }
    }

    /// The .docx bytes for `document`, with properties taken from it (title, unit) and dated `created`.
    public static func write(_ document: Document, created: Date = Date()) throws(DocxError) -> Data {
        try write(document, metadata: DocxMetadata(document: document, created: created))
    }
}
