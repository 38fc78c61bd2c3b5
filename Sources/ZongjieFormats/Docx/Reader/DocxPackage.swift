import Foundation
import ZIPFoundation

/// Size limits that keep reading a hostile or broken file bounded in memory.
public struct DocxReadLimits: Sendable, Hashable {
    /// Total bytes unpacked from all parts we read.
    public var maxTotalBytes: Int
    /// Bytes unpacked from any one part.
    public var maxPartBytes: Int
    /// Entries in the zip's central directory.
    public var maxEntries: Int

    /// Defaults: 200 MB in all, 100 MB per part, 10 000 entries — far above any real summary.
    public init(maxTotalBytes: Int = 200 * 1_048_576, maxPartBytes: Int = 100 * 1_048_576, maxEntries: Int = 10_000) {
        self.maxTotalBytes = maxTotalBytes
        self.maxPartBytes = maxPartBytes
        self.maxEntries = maxEntries
    }
}

/// The zip container of a .docx, opened with the checks a file from anywhere
/// needs: a zip signature (not OLE, RTF, HTML), bounded entry count, and
/// parts unpacked only up to the size limits, whatever sizes the zip declares.
final class DocxPackage {
    private let archive: Archive
    private let entries: [String: Entry]
    /// The file entries' paths as written, in archive order (to rewrite the package).
    let partPaths: [String]
    private let path: String
    private let limits: DocxReadLimits
    private var unpackedBytes = 0

    private struct LimitExceeded: Error {}

    init(data: Data, path: String, limits: DocxReadLimits) throws(DocxError) {
        self.path = path
        self.limits = limits
        try Self.checkSignature(data, path: path)
        try ZipBounds.check([UInt8](data), path: path)
        let archive = try Self.openArchive(data, path: path)
        var entries: [String: Entry] = [:]
        var count = 0
        var partPaths: [String] = []
        for entry in archive {
            count += 1
            if count > limits.maxEntries {
                throw DocxError.tooManyEntries(path: path, count: count, limit: limits.maxEntries)
            }
            // Zip paths are case-sensitive but Word matches parts case-insensitively.
            entries[entry.path.lowercased()] = entry
            if entry.type == .file { partPaths.append(entry.path) }
        }
        self.partPaths = partPaths
        self.archive = archive
        self.entries = entries
    }

    /// Opens the zip from a private temporary file, not from memory: ZIPFoundation's
    /// in-memory archive traps when a damaged zip points past the end of its data
    /// (found by fuzzing), while a file-backed one just reads nothing there.
    private static func openArchive(_ data: Data, path: String) throws(DocxError) -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zongjie-docx-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: url.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw DocxError.unreadable(path: path, reason: "无法写入临时文件 \(url.path)")
        }
        // The archive keeps the file open, so it can be removed at once.
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw DocxError.damagedZip(path: path, reason: "找不到 zip 目录")
        }
    }

    /// Refuses what is plainly not a zip, naming what it looks like instead.
    private static func checkSignature(_ data: Data, path: String) throws(DocxError) {
        let head = [UInt8](data.prefix(8))
        guard head.count >= 4 else { throw DocxError.notZip(path: path, found: "文件为空或过短") }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw DocxError.encryptedOrLegacy(path: path) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return }
        let text = String(decoding: data.prefix(64), as: UTF8.self).lowercased()
        let found: String
        if text.hasPrefix("{\\rtf") {
            found = "这是 RTF 文件"
        } else if text.hasPrefix("%pdf") {
            found = "这是 PDF 文件"
        } else if text.contains("<html") || text.contains("<?xml") || text.contains("mime-version") {
            found = "这是网页或 XML 文件，可能是另存为网页的“伪 Word”文件"
        } else {
            found = "文件开头没有 zip 签名"
        }
        throw DocxError.notZip(path: path, found: found)
    }

    /// Whether the package holds `part` (a path inside the zip, e.g. "word/document.xml").
    func contains(_ part: String) -> Bool {
        entries[part.lowercased()] != nil
    }

    /// The bytes of `part`, nil when absent; throws when unpacking it would pass a limit.
    func data(_ part: String) throws(DocxError) -> Data? {
        guard let entry = entries[part.lowercased()], entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        let remaining = max(0, min(limits.maxPartBytes, limits.maxTotalBytes - unpackedBytes))
        if declared > UInt64(remaining) {
            throw DocxError.tooLarge(path: path, part: part, limitBytes: min(limits.maxPartBytes, limits.maxTotalBytes))
        }
        var data = Data()
        data.reserveCapacity(Int(min(declared, 16 * 1_048_576)))
        let partLimit = remaining
        do {
            // Count what is really inflated: declared sizes can lie.
            _ = try archive.extract(entry, bufferSize: 64 * 1024) { chunk in
                if data.count + chunk.count > partLimit { throw LimitExceeded() }
                data.append(chunk)
            }
        } catch is LimitExceeded {
            throw DocxError.tooLarge(path: path, part: part, limitBytes: min(limits.maxPartBytes, limits.maxTotalBytes))
        } catch {
            throw DocxError.damagedZip(path: path, reason: "\(part) 无法解压：\(error)")
        }
        unpackedBytes += data.count
        return data
    }
}
