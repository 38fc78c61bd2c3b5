import Foundation
import ZongjieCore
import ZongjieFormats

/// Turning drafts into GB/T 9704 .docx files, shared by `zongjie export` and
/// `zongjie new -o x.docx` (which calls `DocxExport.write(_:to:overwrite:)`).
enum DocxExport {
    /// Why an export failed, in words for the user.
    enum ExportError: UserFacingError, Equatable {
        case unreadable(path: String, reason: String)
        case notUTF8(path: String)
        case folderMissing(path: String)
        case failed(String)

        var description: String {
            switch self {
            case .unreadable(let path, let reason):
                "\(path): 无法读取（\(reason)）。请检查路径。"
            case .notUTF8(let path):
                "\(path): 不是 UTF-8 编码的文本。请用编辑器另存为 UTF-8 后再导出。"
            case .folderMissing(let path):
                "\(path): 输出目录不存在。请先创建该目录，或换用已有目录。"
            case .failed(let message):
                message
            }
        }
    }

    /// Writes `document` as a .docx at `path` (atomically; refuses to replace a file unless `overwrite`).
    static func write(_ document: Document, to path: String, overwrite: Bool, created: Date = Date()) throws {
        let data: Data
        do {
            data = try DocxWriter.write(document, metadata: DocxMetadata(document: document, created: created))
        } catch {
            throw ExportError.failed("\(path): \(error.description)")
        }
        do {
            try AtomicFileWriter.write(data, to: path, overwrite: overwrite)
        } catch let error as AtomicFileWriter.WriteError {
            throw ExportError.failed(error.description)
        }
    }

    /// Reads a .md/.txt draft (or a .docx to re-typeset) and recognises its structure.
    static func document(fromDraftAt path: String) throws -> Document {
        if path.lowercased().hasSuffix(".docx") || path.lowercased().hasSuffix(".doc") {
            // A bad Word file throws DocxError, which the CLI prints as is (exit 2).
            let content = try DocxReader().read(contentsOf: path)
            return StructureParser().parse(SourceText(content.textWithPipeTables))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let missing = !FileManager.default.fileExists(atPath: path)
            throw ExportError.unreadable(path: path, reason: missing ? "文件不存在" : (error as NSError).localizedDescription)
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: Data(bytes), encoding: .utf8) else { throw ExportError.notUTF8(path: path) }
        return StructureParser().parse(SourceText(text))
    }

    /// Where a draft goes: `-o` when given, else DIR/<name>.docx with --out-dir, else beside the draft.
    static func target(for input: String, output: String?, outDir: String?) -> String {
        if let output { return output }
        let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + ".docx"
        if let outDir { return URL(fileURLWithPath: outDir).appendingPathComponent(name).path }
        return URL(fileURLWithPath: input).deletingPathExtension().appendingPathExtension("docx").path
    }
}
