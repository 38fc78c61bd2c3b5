import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// Comments and tracked changes in the parts of a user's file our own writer never
/// makes: automatic numbering, a field's result, a hyperlink, a table row, a comment already there.
@Suite struct DocxReviewEdgeTests {
    typealias W = DocxFixtures

    static let numbering = "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"\(W.wordNamespace)\">"
        + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    static let comments = "<?xml version=\"1.0\"?><w:comments xmlns:w=\"\(W.wordNamespace)\"><w:comment w:id=\"0\" w:author=\"张三\" w:initials=\"ZS\"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment></w:comments>"
    static let relationships = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/></Relationships>"

    static func userDocx() throws -> Data {
        let numbered = W.paragraph("主要工作", pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
        let field = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">见第 </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> 页，按装设备</w:t></w:r></w:p>"
        let link = "<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>门户网站</w:t></w:r></w:hyperlink><w:r><w:t>专栏,更新</w:t></w:r></w:p>"
        let commented = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>原有批注文字</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
        let table = "<w:tbl><w:tr><w:tc>\(W.paragraph("办理件数"))</w:tc><w:tc>\(W.paragraph("12,件"))</w:tc></w:tr></w:tbl>"
        return try W.docx(body: numbered + field + link + commented + table, extraParts: [
            "word/numbering.xml": numbering, "word/comments.xml": comments, "word/_rels/document.xml.rels": relationships,
        ])
    }

    @Test func anchorsOnUserStructures() throws {
        let docx = try Self.userDocx()
        let content = try DocxReader().read(docx, path: "user.docx")
        #expect(content.paragraphs.map(\.text) == ["一、主要工作", "见第 3 页，按装设备", "门户网站专栏,更新", "原有批注文字", "办理件数\t12,件"])
        #expect(content.layout.pendingComments == 1)
        let wanted = [
            SourceRange(line: 1, startColumn: 3, endColumn: 5), // 主要, after the generated 一、
            SourceRange(line: 2, startColumn: 2, endColumn: 7), // 第 3 页, across the field
            SourceRange(line: 3, startColumn: 3, endColumn: 7), // 网站专栏, across the hyperlink
            SourceRange(line: 5, startColumn: 6, endColumn: 8), // 12 in the second cell
        ]
        let comments = wanted.map { DocxReviewComment(range: $0, wholeParagraph: false, paragraphs: ["意见"]) }
            + [DocxReviewComment(range: SourceRange(line: 1, startColumn: 1, endColumn: 3), wholeParagraph: false, paragraphs: ["序号"])]
        let edits = [
            DocxReviewEdit(range: SourceRange(line: 2, startColumn: 8, endColumn: 10), replacement: "安装"),
            DocxReviewEdit(range: SourceRange(line: 3, startColumn: 7, endColumn: 8), replacement: "，"),
            DocxReviewEdit(range: SourceRange(line: 5, startColumn: 8, endColumn: 9), replacement: "，"),
            DocxReviewEdit(range: SourceRange(line: 1, startColumn: 1, endColumn: 3), replacement: "二、"),
        ]
        let review = try DocxReview.annotate(docx, path: "user.docx", comments: comments, edits: edits, date: DocxFixtures.created)
        // Generated numbering has no text to delete: that edit is left to the user.
        #expect(review.appliedEdits == [true, true, true, false])

        let annotated = try DocxReader().read(review.data, path: "out.docx")
        #expect(annotated.paragraphs.map(\.text) == ["一、主要工作", "见第 3 页，安装设备", "门户网站专栏，更新", "原有批注文字", "办理件数\t12，件"])
        let ranges = annotated.commentRanges
        #expect(ranges["0"] == SourceRange(line: 4, startColumn: 1, endColumn: 7))
        let ours = ranges.filter { $0.key != "0" }.sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map(\.value)
        #expect(Array(ours.prefix(4)) == wanted)
        // A comment on the numbering itself covers the whole paragraph.
        #expect(ours.last == SourceRange(line: 1, startColumn: 3, endColumn: 7))
        let commentsXML = try DocxFixtures.part("word/comments.xml", of: review.data)
        #expect(commentsXML.contains("w:author=\"张三\"") && commentsXML.components(separatedBy: "<w:comment ").count == 7)
        let documentXML = try DocxFixtures.part("word/document.xml", of: review.data)
        #expect(documentXML.contains("<w:instrText xml:space=\"preserve\"> PAGEREF _Toc1 \\h </w:instrText>"))
        // The split of the bold run keeps its bold.
        #expect(documentXML.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">第 </w:t></w:r>"))

        let rejected = try DocxReader().read(DocxReviewSupport.resolved(review.data, accept: false), path: "rejected.docx")
        #expect(rejected.text == content.text)
    }
}
