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
        let pathExtension = URL(fileURLWithPath: path).pathExtension
        if pathExtension.lowercased() == "docx" { return try docx(document, path: path) }
        guard let format = DraftTextWriter.format(forExtension: pathExtension) else {
            throw CLIError("\(path)：不支持的输出格式“.\(pathExtension)”。请用 .md（Markdown）或 .txt（纯文本）。")
        }
        return Data(DraftTextWriter.write(document, format: format).utf8)
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
