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

    /// The drafts under `folder`, sorted by path. Walked with readdir, which reports each
    /// entry's type without a stat: a province's 100,000 submissions are listed before any
    /// worker can start, so this serial step must stay small.
    private func filesInFolder(_ folder: String) throws -> [String] {
        var files: [String] = []
        guard try Self.walk(folder, into: &files, isRoot: true) else {
            throw InputError.unreadable(path: folder, reason: "无法列出文件夹内容")
        }
        return files.sorted()
    }

    /// Appends the drafts under `folder` (paths joined to `folder`); false when it cannot be opened.
    private static func walk(_ folder: String, into files: inout [String], isRoot: Bool) throws -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(directory) {
            let (name, type) = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { (String(cString: $0), entry.pointee.d_type) }
            }
            // Hidden files and everything under hidden folders (.git, .build) are not drafts.
            if name.hasPrefix(".") { continue }
            let path = prefix + name
            var isFolder = Int32(type) == Int32(DT_DIR)
            if Int32(type) == Int32(DT_UNKNOWN) {
                // Some file systems do not fill d_type: ask once.
                var status = stat()
                isFolder = lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                // An unreadable subfolder is skipped, as the folder enumerator did.
                _ = try walk(path, into: &files, isRoot: false)
                continue
            }
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { continue }
            if folderExtensions.contains(name[name.index(after: dot)...].lowercased()) { files.append(path) }
        }
        return true
    }

    /// Reads one input (a path from `expand`, or "-" with `stdin`).
    public func read(_ path: String, stdin: (() -> Data)? = nil) throws -> ReadInput {
        let data: Data
        if path == "-" {
            // At most one byte past the limit: `yes | zongjie lint -` must not read forever.
            data = stdin?() ?? Self.standardInput(upTo: maxSize + 1)
            guard data.count <= maxSize else { throw InputError.tooLarge(path: path, size: data.count, limit: maxSize) }
        } else {
            // One stat, not attributesOfItem: that also looks up the owner's and group's
            // names, per file, which a batch of 100,000 submissions pays 100,000 times.
            var status = stat()
            guard stat(path, &status) == 0 else { throw InputError.notFound(path: path) }
            let size = Int(status.st_size)
            guard size <= maxSize else { throw InputError.tooLarge(path: path, size: size, limit: maxSize) }
            guard access(path, R_OK) == 0, let contents = FileManager.default.contents(atPath: path) else {
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
