/// The one model that drafting and linting share: a summary as a tree of
/// title, addressee, opening, numbered sections, closing and signature.
///
/// The drafter builds it; the structure parser recovers it from text. Ranges
/// are nil for nodes that were built rather than read.
public struct Document: Sendable, Hashable {
    /// The title, possibly spread over several lines in the source (回行), joined.
    public var title: TextLine?
    /// 主送机关, e.g. "市政务公开办：" (the trailing colon kept).
    public var addressee: TextLine?
    /// Paragraphs between the title block and the first numbered section.
    public var opening: [Paragraph]
    /// Top-level sections, usually 一、二、三、.
    public var sections: [Section]
    /// Unnumbered paragraphs after the last section and before the signature.
    public var closing: [Paragraph]
    /// 附件说明 (“附件：1.××” and the lines of its list) between the body and the 落款.
    public var attachmentNote: [TextLine] = []
    public var signature: Signature?
    /// What follows the 落款 and is not the body: 附注 （此件公开发布）, attachment pages
    /// (from a line “附件1”), and the 版记 (抄送, 印发机关和印发日期).
    public var backMatter: [TextLine] = []

    public init(
        title: TextLine? = nil,
        addressee: TextLine? = nil,
        opening: [Paragraph] = [],
        sections: [Section] = [],
        closing: [Paragraph] = [],
        signature: Signature? = nil
    ) {
        self.title = title
        self.addressee = addressee
        self.opening = opening
        self.sections = sections
        self.closing = closing
        self.signature = signature
    }

    /// Every section at every depth, parents before children.
    public var allSections: [Section] {
        var result: [Section] = []
        func walk(_ sections: [Section]) {
            for section in sections {
                result.append(section)
                walk(section.children)
            }
        }
        walk(sections)
        return result
    }

    /// Calls `body` on every section at every depth, parents before children (the order of
    /// `allSections`), without building that array: rules walk the tree on every document.
    public func forEachSection(_ body: (Section) throws -> Void) rethrows {
        // Read in place through the buffer: an array subscript hands out a copy of each
        // Section (a retain and release of every field), and a dozen rules walk every tree.
        func walk(_ sections: [Section]) throws {
            try sections.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    try body(buffer[index])
                    try walk(buffer[index].children)
                }
            }
        }
        try walk(sections)
    }

    /// Every paragraph of the body in reading order (opening, sections depth-first, closing).
    public var allParagraphs: [Paragraph] {
        var result = opening
        func walk(_ sections: [Section]) {
            for section in sections {
                result.append(contentsOf: section.paragraphs)
                walk(section.children)
            }
        }
        walk(sections)
        result.append(contentsOf: closing)
        return result
    }

    /// Calls `body` on every paragraph of the body in the order of `allParagraphs`, without
    /// building that array.
    public func forEachParagraph(_ body: (Paragraph) throws -> Void) rethrows {
        for index in opening.indices { try body(opening[index]) }
        func walk(_ sections: [Section]) throws {
            for index in sections.indices {
                let paragraphs = sections[index].paragraphs
                for paragraphIndex in paragraphs.indices { try body(paragraphs[paragraphIndex]) }
                try walk(sections[index].children)
            }
        }
        try walk(sections)
        for index in closing.indices { try body(closing[index]) }
    }

    /// The same document with every source range removed, for comparing content.
    public func withoutRanges() -> Document {
        var copy = self
        copy.title?.range = nil
        copy.addressee?.range = nil
        copy.opening = opening.map { $0.withoutRange() }
        copy.sections = sections.map { $0.withoutRanges() }
        copy.closing = closing.map { $0.withoutRange() }
        copy.signature?.unit?.range = nil
        copy.signature?.date?.range = nil
        copy.attachmentNote = attachmentNote.map { TextLine($0.text) }
        copy.backMatter = backMatter.map { TextLine($0.text) }
        return copy
    }
}

/// A line of text with where it came from.
public struct TextLine: Sendable, Hashable {
    public var text: String
    public var range: SourceRange?

    public init(_ text: String, range: SourceRange? = nil) {
        self.text = text
        self.range = range
    }
}

/// A body paragraph. `marker` is set when it opens with an in-paragraph
/// enumeration (一是、一方面) or a numbered item that carries no heading of its own.
public struct Paragraph: Sendable, Hashable {
    public var text: String
    public var marker: NumberingMarker?
    public var range: SourceRange?

    public init(_ text: String, marker: NumberingMarker? = nil, range: SourceRange? = nil) {
        self.text = text
        self.marker = marker
        self.range = range
    }

    func withoutRange() -> Paragraph {
        var copy = self
        copy.range = nil
        return copy
    }
}

/// A numbered section: marker, heading and what it holds.
public struct Section: Sendable, Hashable {
    public var marker: NumberingMarker
    /// The heading text after the marker, e.g. "存在的问题". When the source line
    /// runs on after the heading ("1.加强领导。坚持……"), the run-on text is the first paragraph.
    public var heading: String
    /// From the marker's first character to the end of the heading text (run-on text and the
    /// 。/： ending the heading excluded), so findings about the marker start here.
    public var headingRange: SourceRange?
    /// The 。 or ： that ended the heading in the source ("（一）组织保障有力。根据……",
    /// "二、存在问题："); nil when it had none. Writers put it back, and a heading that ran on
    /// into its first paragraph on the same line (see `runsIn`) goes back into one paragraph.
    public var headingTerminator: String?
    public var paragraphs: [Paragraph]
    public var children: [Section]
    /// Whether the first paragraph continues the heading's line (a run-in heading:
    /// “（一）组织保障有力。根据……”), so writers put them on one line. Set by drafting from a
    /// clerk's own structure; the parser leaves it false and keeps the run-on text as the
    /// first paragraph (`RunInHeadings` tells from the ranges).
    public var runsOn: Bool

    public init(
        marker: NumberingMarker,
        heading: String,
        headingRange: SourceRange? = nil,
        paragraphs: [Paragraph] = [],
        children: [Section] = [],
        runsOn: Bool = false
    ) {
        self.marker = marker
        self.heading = heading
        self.headingRange = headingRange
        self.paragraphs = paragraphs
        self.children = children
        self.runsOn = runsOn
    }

    /// Whether the first paragraph ran on from the heading's own line in the source.
    public var runsIn: Bool {
        guard let heading = headingRange?.start.line, let first = paragraphs.first?.range?.start.line else { return false }
        return heading == first
    }

    /// GB/T 9704 level of this section's marker (1…4).
    public var level: Int { marker.style.headingLevel ?? 0 }

    /// Whether the section has no text and no subsections under its heading.
    public var isEmpty: Bool { paragraphs.isEmpty && children.isEmpty }

    /// All text under this section, headings of subsections included, joined by newlines.
    public var fullText: String {
        var parts = [heading]
        parts.append(contentsOf: paragraphs.map(\.text))
        for child in children {
            parts.append(child.marker.text + child.fullText)
        }
        return parts.joined(separator: "\n")
    }

    func withoutRanges() -> Section {
        var copy = self
        copy.headingRange = nil
        copy.paragraphs = paragraphs.map { $0.withoutRange() }
        copy.children = children.map { $0.withoutRanges() }
        return copy
    }
}

/// 落款: issuing unit and 成文日期.
public struct Signature: Sendable, Hashable {
    public var unit: TextLine?
    public var date: DateLine?

    public init(unit: TextLine? = nil, date: DateLine? = nil) {
        self.unit = unit
        self.date = date
    }
}

/// A 成文日期 line and its parsed parts. `year` is nil when written in Chinese numerals.
public struct DateLine: Sendable, Hashable {
    public var text: String
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var range: SourceRange?

    public init(text: String, year: Int?, month: Int?, day: Int?, range: SourceRange? = nil) {
        self.text = text
        self.year = year
        self.month = month
        self.day = day
        self.range = range
    }
}
