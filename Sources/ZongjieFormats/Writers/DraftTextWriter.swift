import ZongjieCore

/// Writes a `Document` as Markdown or plain text, in the shape `zongjie new`
/// produces and the structure parser reads back.
///
/// Markdown: `# 标题`, `## 一、…`, `### （一）…`, `#### 1.…`, plain paragraphs,
/// a blank line between blocks. Plain text: one block per line, a blank line
/// after the title and before the signature, as real summaries are pasted.
public enum DraftTextWriter {
    /// The output forms.
    public enum Format: Sendable {
        case markdown
        case plainText
    }

    /// The format for a file extension (md/markdown → Markdown, txt → plain text), nil otherwise.
    public static func format(forExtension pathExtension: String) -> Format? {
        switch pathExtension.lowercased() {
        case "md", "markdown": .markdown
        case "txt", "text": .plainText
        default: nil
        }
    }

    /// The document as text in `format`, ending with a newline.
    public static func write(_ document: Document, format: Format) -> String {
        var blocks: [String] = []
        let markdown = format == .markdown
        if let title = document.title { blocks.append(markdown ? "# " + title.text : title.text) }
        var body: [String] = []
        if let addressee = document.addressee { body.append(addressee.text) }
        body.append(contentsOf: document.opening.map(\.text))
        func walk(_ sections: [Section]) {
            for section in sections {
                var line = section.marker.text + section.heading
                var paragraphs = section.paragraphs[...]
                if section.runsOn, let first = paragraphs.first {
                    line += first.text
                    paragraphs = paragraphs.dropFirst()
                }
                body.append(markdown ? String(repeating: "#", count: section.level + 1) + " " + line : line)
                body.append(contentsOf: paragraphs.map(\.text))
                walk(section.children)
            }
        }
        walk(document.sections)
        body.append(contentsOf: document.closing.map(\.text))
        var signature: [String] = []
        if let unit = document.signature?.unit { signature.append(unit.text) }
        if let date = document.signature?.date { signature.append(date.text) }
        if markdown {
            blocks.append(contentsOf: body)
            blocks.append(contentsOf: signature)
            return blocks.joined(separator: "\n\n") + "\n"
        }
        var parts = blocks
        if !body.isEmpty { parts.append(body.joined(separator: "\n")) }
        if !signature.isEmpty { parts.append(signature.joined(separator: "\n")) }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
