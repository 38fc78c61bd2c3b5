import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees a half-written one: the bytes go
/// to a temporary file in the target's folder, are flushed to disk, and the
/// temporary file is renamed over the target.
public enum AtomicFileWriter {
    /// Why a write was refused or failed, in words for the user.
    public enum WriteError: Error, CustomStringConvertible, Equatable {
        case exists(path: String)
        case failed(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path):
                "\(path): 文件已存在，未覆盖。如确需覆盖，请加 --force；或用 -o 指定新文件名。"
            case .failed(let path, let reason):
                "\(path): 写入失败：\(reason)"
            }
        }
    }

    /// Writes `data` to `path`; refuses to replace an existing file unless `overwrite`.
    public static func write(_ data: Data, to path: String, overwrite: Bool) throws {
        let url = URL(fileURLWithPath: path)
        if !overwrite && FileManager.default.fileExists(atPath: url.path) {
            throw WriteError.exists(path: path)
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).zongjie-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw WriteError.failed(path: path, reason: String(cString: strerror(errno)))
        }
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary.path) }
        }
        let written: Bool = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += result
            }
            return true
        }
        let synced = written && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard written, synced else { throw WriteError.failed(path: path, reason: reason) }
        // Keep the permissions of a file we replace.
        if overwrite, let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
           let permissions = attributes[.posixPermissions] as? NSNumber {
            chmod(temporary.path, mode_t(permissions.uint16Value))
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw WriteError.failed(path: path, reason: String(cString: strerror(errno)))
        }
        succeeded = true
    }

    /// Writes UTF-8 `text` to `path`.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws {
        try write(Data(text.utf8), to: path, overwrite: overwrite)
    }
}
