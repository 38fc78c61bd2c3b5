import Foundation
import ZongjieCore

/// A Word comment (批注) to anchor on a range of the accepted text.
public struct DocxReviewComment: Sendable, Hashable {
    /// Lines and columns as the reader numbers them (1-based, scalars of the accepted text).
    public var range: SourceRange
    /// Anchor on the whole paragraph of `range.start.line` (structure findings).
    public var wholeParagraph: Bool
    /// The comment's paragraphs, in order.
    public var paragraphs: [String]

    public init(range: SourceRange, wholeParagraph: Bool, paragraphs: [String]) {
        self.range = range
        self.wholeParagraph = wholeParagraph
        self.paragraphs = paragraphs
    }
}

/// A replacement to write as a tracked change (修订): the range's text deleted, `replacement` inserted.
public struct DocxReviewEdit: Sendable, Hashable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// What `DocxReview.annotate` made.
public struct DocxReviewResult: Sendable {
    /// The reviewed .docx.
    public var data: Data
    /// For each edit, in the order given, whether it was written (false: its text spans a
    /// field, a drawing, numbering or an earlier revision, so it was left for the user).
    public var appliedEdits: [Bool]
}

/// Writes a copy of a .docx with comments and tracked changes, the way a reviewer
/// returns a draft in Word: every other byte of every part stays as it was.
public enum DocxReview {
    /// `data` (a .docx; `path` for messages) with `edits` as tracked changes and
    /// `comments` as comments, by `author` with `initials`, dated `date`.
    public static func annotate(
        _ data: Data, path: String, comments: [DocxReviewComment], edits: [DocxReviewEdit],
        author: String = "zongjie", initials: String = "ZJ", date: Date = Date()
    ) throws(DocxError) -> DocxReviewResult {
        let content = try DocxReader().read(data, path: path)
        let package = try DocxPackage(data: data, path: path, limits: DocxReadLimits())
        var parts = PackagePartsEditor(package: package)
        let documentPart = try parts.documentPart(path: path)
        guard let documentData = try package.data(documentPart) else { throw DocxError.missingDocument(path: path) }
        let root: XMLNode
        do {
            root = try EditableXMLParser.parse(documentData)
        } catch {
            throw DocxError.malformedXML(path: path, part: documentPart, line: 1, column: 1, reason: "无法逐字保留地解析")
        }
        let stamp = Self.timestamp(date)
        let splitter = RunSplitter(root: root)
        var commentsPart = try CommentsPart(parts: &parts, documentPart: documentPart, path: path)
        for id in commentsPart.usedIDs { splitter.reserve(id) }
        let markup = ReviewMarkup(splitter: splitter, maps: content.lineMaps, author: author, date: stamp)
        markup.prepare(edits.map(\.range) + comments.filter { !$0.wholeParagraph }.map(\.range))
        let applied = edits.map { markup.applyEdit($0.range, replacement: $0.replacement) }
        for comment in comments {
            let id = splitter.newID()
            markup.addComment(id: id, range: comment.range, wholeParagraph: comment.wholeParagraph)
            commentsPart.add(id: id, author: author, initials: initials, date: stamp, paragraphs: comment.paragraphs)
        }
        if !comments.isEmpty {
            try commentsPart.write(into: &parts)
        }
        parts.replace(documentPart, with: Data(root.xml.utf8))
        return DocxReviewResult(data: try parts.archive(), appliedEdits: applied)
    }

    /// ISO 8601 in UTC without fractions, as Word writes w:date.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
