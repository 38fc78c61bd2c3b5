import Foundation
import ZongjieCore
import ZongjieFormats

/// Turns a drafted document into the bytes of the output file, by extension.
enum DraftOutput {
    /// The file contents for `path` (nil path: stdout, in `stdoutFormat`: md or txt).
    static func data(for document: Document, path: String?, stdoutFormat: String = "md") throws -> Data {
        guard let path else {
            guard let format = DraftTextWriter.format(forExtension: stdoutFormat) else {
                throw CLIError("--format \(stdoutFormat)：不支持的格式。请用 md 或 txt。")
            }
            return Data(DraftTextWriter.write(document, format: format).utf8)
        }
        try checkPath(path)
        let pathExtension = URL(fileURLWithPath: path).pathExtension
        if pathExtension.lowercased() == "docx" { return try docx(document, path: path) }
        guard let format = DraftTextWriter.format(forExtension: pathExtension) else {
            throw CLIError("\(path)：不支持的输出格式“.\(pathExtension)”。请用 .md（Markdown）或 .txt（纯文本）。")
        }
        return Data(DraftTextWriter.write(document, format: format).utf8)
    }

    /// Refuses an output name zongjie cannot write before any work is done; the old Word
    /// and WPS formats get a message naming .docx, which both open.
    static func checkPath(_ path: String?) throws {
        guard let path else { return }
        let url = URL(fileURLWithPath: path)
        let pathExtension = url.pathExtension.lowercased()
        if ["doc", "wps", "wpt", "dot"].contains(pathExtension) {
            let suggested = url.deletingPathExtension().lastPathComponent + ".docx"
            throw CLIError("\(path)：zongjie 不写 .\(pathExtension) 格式。Word 文件请用 .docx（Word 和 WPS 都能打开），如 -o \(suggested)。")
        }
        if pathExtension != "docx", DraftTextWriter.format(forExtension: url.pathExtension) == nil {
            throw CLIError("\(path)：不支持的输出格式“.\(url.pathExtension)”。请用 .md（Markdown）、.txt（纯文本）或 .docx（Word 文件）。")
        }
    }

    /// The GB/T 9704 Word file for a drafted document.
    private static func docx(_ document: Document, path: String) throws -> Data {
        do {
            return try DocxWriter.write(document, metadata: DocxMetadata(document: document))
        } catch {
            throw CLIError("\(path): \(error.description)")
        }
    }
}
