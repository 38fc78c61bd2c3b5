import Foundation

/// Reads a .docx for `zongjie lint`: the accepted text, one line per paragraph
/// (so findings say paragraph:column), and the layout for `docx-layout`.
public struct DocxInputReader: DocumentReader {
    public init() {}
    public var extensions: [String] { ["docx"] }

    public func read(_ data: Data, path: String) throws -> ReadInput {
        let content: DocxContent
        do {
            content = try DocxReader().read(data, path: path)
        } catch {
            throw InputError.badDocx(error)
        }
        guard content.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw InputError.empty(path: path)
        }
        return ReadInput(path: path, text: content.text, encoding: nil, docxLayout: content.layout)
    }
}
