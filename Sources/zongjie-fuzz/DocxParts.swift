import Foundation
import ZIPFoundation

/// Unpacks a (trusted, self-made) zip into its entries, so mutations can target
/// the XML inside a .docx rather than bytes the zip checksum rejects at once.
enum DocxParts {
    /// Every file entry of `zip`, in archive order; empty when it cannot be opened.
    static func entries(of zip: Data) -> [(path: String, data: Data)] {
        let archive: Archive
        do {
            archive = try Archive(data: zip, accessMode: .read)
        } catch {
            return []
        }
        var result: [(path: String, data: Data)] = []
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try? archive.extract(entry) { data.append($0) }
            result.append((entry.path, data))
        }
        return result
    }
}
