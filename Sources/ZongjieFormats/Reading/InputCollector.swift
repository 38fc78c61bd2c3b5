import Foundation

/// Turns the command line's paths into inputs: files as given, folders
/// searched recursively for .txt/.md/.docx (sorted), `-` for stdin.
public struct InputCollector: Sendable {
    /// Largest file read, in bytes (default 20 MB).
    public var maxSize: Int

    public init(maxSize: Int = 20 * 1024 * 1024) {
        self.maxSize = maxSize
    }

    /// Extensions picked up inside folders.
    public static let folderExtensions: Set<String> = ["txt", "md", "docx"]

    /// The files `arguments` name, in order; folders expanded. Throws for a missing path or an empty folder.
    public func expand(_ arguments: [String]) throws -> [String] {
        var result: [String] = []
        for argument in arguments {
            if argument == "-" {
                result.append(argument)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                throw InputError.notFound(path: argument)
            }
            if isFolder.boolValue {
                let files = try filesInFolder(argument)
                guard !files.isEmpty else { throw InputError.noInputs(path: argument) }
                result.append(contentsOf: files)
            } else {
                result.append(argument)
            }
        }
        return result
    }

    private func filesInFolder(_ folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw InputError.unreadable(path: folder, reason: "无法列出文件夹内容")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            // Hidden files and everything under hidden folders (.git, .build) are not drafts.
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let ext = (relative as NSString).pathExtension.lowercased()
            guard Self.folderExtensions.contains(ext) else { continue }
            files.append((folder as NSString).appendingPathComponent(relative))
        }
        return files.sorted()
    }

    /// Reads one input (a path from `expand`, or "-" with `stdin`).
    public func read(_ path: String, stdin: (() -> Data)? = nil) throws -> ReadInput {
        let data: Data
        if path == "-" {
            // At most one byte past the limit: `yes | zongjie lint -` must not read forever.
            data = stdin?() ?? Self.standardInput(upTo: maxSize + 1)
            guard data.count <= maxSize else { throw InputError.tooLarge(path: path, size: data.count, limit: maxSize) }
        } else {
            let attributes: [FileAttributeKey: Any]
            do {
                attributes = try FileManager.default.attributesOfItem(atPath: path)
            } catch {
                throw InputError.notFound(path: path)
            }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maxSize else { throw InputError.tooLarge(path: path, size: size, limit: maxSize) }
            guard FileManager.default.isReadableFile(atPath: path), let contents = FileManager.default.contents(atPath: path) else {
                throw InputError.unreadable(path: path, reason: "没有读取权限")
            }
            data = contents
        }
        guard !data.isEmpty else { throw InputError.empty(path: path) }
        let ext = path == "-" ? "txt" : (path as NSString).pathExtension
        return try DocumentReaders.reader(forExtension: ext).read(data, path: path)
    }

    /// Standard input up to `limit` bytes, read in chunks.
    static func standardInput(upTo limit: Int) -> Data {
        var data = Data()
        while data.count < limit {
            guard let chunk = try? FileHandle.standardInput.read(upToCount: min(1 << 16, limit - data.count)), !chunk.isEmpty else { break }
            data.append(chunk)
        }
        return data
    }
}
