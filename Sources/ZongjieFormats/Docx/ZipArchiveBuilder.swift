import Foundation
import ZIPFoundation

/// Builds a zip archive in memory (deflated entries). The docx writer uses it,
/// and tests use it to build .docx fixtures by hand.
public enum ZipArchiveBuilder {
    /// A zip holding `entries` (path, bytes) in order, each dated `date`.
    public static func archive(_ entries: [(path: String, data: Data)], date: Date = Date()) throws(DocxError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in entries {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: date, compressionMethod: .deflate
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
}

extension ZipArchiveBuilder {
    /// The UTF-8 text of entry `path` in zip `data` (for tests and diagnostics; no size limits).
    public static func text(of path: String, in data: Data) throws(DocxError) -> String {
        let package = try DocxPackage(data: data, path: path, limits: DocxReadLimits())
        guard let bytes = try package.data(path) else { throw DocxError.missingDocument(path: path) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
