/// Formatting facts read from a Word file, for checking it against GB/T 9704.
///
/// STUB: filled in by the docx reader; nil for plain-text inputs.
public struct DocxLayout: Sendable, Hashable {
    public init() {}
}
