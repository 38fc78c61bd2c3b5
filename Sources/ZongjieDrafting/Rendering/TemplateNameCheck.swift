import Foundation

/// The `{{…}}` tags of a template with their positions (see `TemplateScopeCheck` for
/// what the names must be in each place).
enum TemplateNameCheck {
    struct Tag {
        var sigil: Unicode.Scalar?
        var name: String
        var line: Int
        var column: Int
        /// No `}}` before the next `{{` or the end: the rest of the template cannot be read as tags.
        var unfinished = false
    }

    /// The `{{…}}` tags of a template with their positions; comments and pragmas are skipped.
    static func tags(in source: String) -> [Tag] {
        let scalars = Array(source.unicodeScalars)
        var tags: [Tag] = []
        var index = 0
        var line = 1
        var column = 1
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                let startLine = line
                let startColumn = column
                var end = index + 2
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                let isComment = index + 2 < scalars.count && scalars[index + 2] == "!"
                let reopens = scalars[(index + 2)..<min(end, scalars.count)].indices.contains { offset in
                    offset + 1 < scalars.count && scalars[offset] == "{" && scalars[offset + 1] == "{"
                }
                if end + 1 >= scalars.count || (reopens && !isComment) {
                    let text = String(String.UnicodeScalarView(scalars[(index + 2)..<min(index + 22, scalars.count)].prefix { $0 != "\n" }))
                    tags.append(Tag(sigil: nil, name: text, line: startLine, column: startColumn, unfinished: true))
                    return tags
                }
                var inner = String(String.UnicodeScalarView(scalars[(index + 2)..<min(end, scalars.count)]))
                    .trimmingCharacters(in: .whitespaces)
                var sigil: Unicode.Scalar?
                if let first = inner.unicodeScalars.first, "#^/&{>!%=$<".unicodeScalars.contains(first) {
                    sigil = first
                    inner = String(inner.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                if inner.hasSuffix("}") { inner.removeLast() }
                if sigil != "!" && sigil != "%" && sigil != "=" && !inner.isEmpty && inner != "." {
                    tags.append(Tag(sigil: sigil, name: inner, line: startLine, column: startColumn))
                }
                // Advance position over the tag, counting lines inside it (comments may span lines).
                while index < min(end + 2, scalars.count) {
                    if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                    index += 1
                }
                continue
            }
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return tags
    }
}
