import Foundation
import ZongjieCore

/// Turns a template's rendered text into paragraphs and subsections.
///
/// The rendered text is our own canonical form: one block per line; a line
/// opening with （一） / 1. / （1） (GB/T 9704 form) is a subsection heading,
/// every other non-empty line a paragraph of the innermost open section.
enum RenderedBlockParser {
    /// Joins the lines of a block that must stay one paragraph (a Markdown table) inside a
    /// template value, since every other line break starts a new paragraph; it becomes "\n".
    static let blockLineSeparator: Character = "\u{2028}"

    /// What a rendered section body holds.
    struct Body {
        var paragraphs: [Paragraph] = []
        var children: [Section] = []
        var isEmpty: Bool { paragraphs.isEmpty && children.isEmpty }
    }

    /// Parses `text` rendered for a section at `parentLevel` (1 for 一、, 0 for the opening).
    /// Throws when a heading skips a level (一、 directly holding 1.) or appears where none may.
    static func parse(_ text: String, parentLevel: Int, template: String) throws -> Body {
        var body = Body()
        // Open sections by depth; index 0 is the first level below the parent.
        var stack: [Section] = []
        func closeDeeper(than depth: Int) {
            while stack.count > depth {
                let done = stack.removeLast()
                if stack.isEmpty { body.children.append(done) } else { stack[stack.count - 1].children.append(done) }
            }
        }
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = String(rawLine).trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if let marker = NumberingMarker.parse(Substring(line)), let level = marker.style.headingLevel, marker.isCanonical {
                let depth = level - parentLevel // 1 = a direct child
                guard parentLevel > 0, depth >= 1, depth <= stack.count + 1 else {
                    throw DraftingError.levelSkipped(template: template, line: line, parentLevel: parentLevel)
                }
                closeDeeper(than: depth - 1)
                let heading = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(marker.scalarCount)))
                stack.append(Section(marker: marker, heading: TextPolish.heading(heading)))
                continue
            }
            if line.contains(blockLineSeparator) {
                let block = Paragraph(line.replacing(String(blockLineSeparator), with: "\n"))
                if stack.isEmpty { body.paragraphs.append(block) } else { stack[stack.count - 1].paragraphs.append(block) }
                continue
            }
            let marker = NumberingMarker.parse(Substring(line)).flatMap { $0.style.headingLevel == nil ? $0 : nil }
            let paragraph = Paragraph(line, marker: marker)
            if stack.isEmpty { body.paragraphs.append(paragraph) } else { stack[stack.count - 1].paragraphs.append(paragraph) }
        }
        closeDeeper(than: 0)
        return body
    }
}

/// A report type whose templates cannot produce a well-formed draft.
public enum DraftingError: Error, Sendable, CustomStringConvertible {
    case levelSkipped(template: String, line: String, parentLevel: Int)
    case templateSyntax(template: String, message: String)

    public var description: String {
        switch self {
        case .levelSkipped(let template, let line, let parentLevel):
            let expected = NumberingStyle.forHeadingLevel(parentLevel + 1).map { $0.canonicalMarker(1) } ?? "正文"
            return "\(template): 模板输出“\(line)”跳过了序号层级：此处下一级应为“\(expected)”。请按 一、→（一）→1.→（1） 逐级使用。"
        case .templateSyntax(let template, let message):
            return "\(template): 模板语法错误：\(message)"
        }
    }
}
