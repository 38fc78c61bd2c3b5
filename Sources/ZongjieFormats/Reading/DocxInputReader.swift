import Foundation

/// The .docx seam for `zongjie lint`: the docx helper replaces the body of
/// `read` with real extraction (text + `DocxLayout`). Until then .docx is
/// reported as not yet supported.
public struct DocxInputReader: DocumentReader {
    public init() {}
    public var extensions: [String] { ["docx"] }

    public func read(_ data: Data, path: String) throws -> ReadInput {
        throw InputError.unsupported(path: path, format: ".docx")
    }
}
