import Foundation
import ZongjieCore

/// One input after reading: the text the linter sees and how to write it back.
public struct ReadInput: Sendable {
    /// The path as the user gave it ("-" for stdin).
    public var path: String
    public var text: String
    /// nil for .docx (its text is extracted, not written back by `--fix`).
    public var encoding: TextEncoding?
    /// Page and paragraph formatting for .docx inputs.
    public var docxLayout: DocxLayout?

    public init(path: String, text: String, encoding: TextEncoding?, docxLayout: DocxLayout? = nil) {
        self.path = path
        self.text = text
        self.encoding = encoding
        self.docxLayout = docxLayout
    }
}

/// Reads one kind of file into text. The seam for formats other than plain text:
/// `DocumentReaders.reader(forExtension:)` picks one by file extension.
public protocol DocumentReader: Sendable {
    /// Lower-case extensions (no dot) this reader handles.
    var extensions: [String] { get }
    /// The text of `data`, read from `path`.
    func read(_ data: Data, path: String) throws -> ReadInput
}

/// Plain text and Markdown in any supported encoding.
public struct PlainTextReader: DocumentReader {
    public init() {}
    public var extensions: [String] { ["txt", "md", "markdown", "text"] }

    public func read(_ data: Data, path: String) throws -> ReadInput {
        let (text, encoding) = try TextDecoder.decode(data, path: path)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw InputError.empty(path: path)
        }
        return ReadInput(path: path, text: text, encoding: encoding)
    }
}

/// The readers known to zongjie, by extension.
public enum DocumentReaders {
    /// Every reader; the .docx one comes from `DocxInputReader`.
    public static let all: [any DocumentReader] = [PlainTextReader(), DocxInputReader()]

    /// The reader for a file's extension; plain text for anything unknown.
    public static func reader(forExtension pathExtension: String) -> any DocumentReader {
        let lower = pathExtension.lowercased()
        return all.first { $0.extensions.contains(lower) } ?? PlainTextReader()
    }
}
