import ZongjieCore

/// What each line of a docx is, as the structure parser recognised it: the
/// link between the Document and the per-paragraph formats of `DocxLayout`.
enum DocxParagraphRole: Hashable {
    case title, addressee, body, signature, date
    case heading(level: Int)

    /// The Chinese name used in findings.
    var label: String {
        switch self {
        case .title: "标题"
        case .addressee: "主送机关"
        case .body: "正文"
        case .signature: "署名"
        case .date: "成文日期"
        case .heading(let level): ["一级标题（一、）", "二级标题（（一））", "三级标题（1.）", "四级标题（（1））"][min(max(level, 1), 4) - 1]
        }
    }

    /// For each line: its role and, for headings, how many scalars the marker and heading take.
    static func roles(in document: Document) -> [Int: (role: DocxParagraphRole, length: Int?)] {
        var roles: [Int: (role: DocxParagraphRole, length: Int?)] = [:]
        func mark(_ range: SourceRange?, _ role: DocxParagraphRole, length: Int? = nil) {
            guard let line = range?.start.line else { return }
            roles[line] = (role, length)
        }
        for paragraph in document.allParagraphs { mark(paragraph.range, .body) }
        // Headings after paragraphs: a run-on line ("1.加强领导。坚持……") is checked as a heading for its first part.
        for section in document.allSections where section.level >= 1 {
            mark(section.headingRange, .heading(level: section.level),
                 length: section.marker.scalarCount + section.heading.unicodeScalars.count)
        }
        mark(document.title?.range, .title)
        mark(document.addressee?.range, .addressee)
        mark(document.signature?.unit?.range, .signature)
        mark(document.signature?.date?.range, .date)
        return roles
    }
}
