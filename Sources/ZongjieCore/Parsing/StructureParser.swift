import Foundation
/// Recovers a `Document` from plain text or Markdown.
///
/// STUB: title = first non-empty line, every other line an opening paragraph.
/// The real parser (sections, closing paragraphs, signature) replaces this.
public struct StructureParser: Sendable {
    public init() {}

    public func parse(_ source: SourceText) -> Document {
        var document = Document()
        for number in 1...source.lines.count {
            let text = source.line(number).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            let range = SourceRange(line: number, startColumn: 1, endColumn: text.unicodeScalars.count + 1)
            if document.title == nil {
                document.title = TextLine(text, range: range)
            } else {
                document.opening.append(Paragraph(text, range: range))
            }
        }
        return document
    }
}
