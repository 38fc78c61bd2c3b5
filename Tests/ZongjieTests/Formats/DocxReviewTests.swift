import Foundation
import Testing
import ZongjieSession
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint

/// Findings as Word comments and fixes as tracked changes, on every built-in sample
/// with planted defects: one comment per finding on exactly its text, accept-all gives
/// the fixed text (which lints without those findings), reject-all the original.
@Suite struct DocxReviewTests {
    static let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])
    static let types = ["general", "anquan-shengchan", "dingdian-bangfu", "fazhi-zhengfu", "gongkai-nianbao", "zhengwu-gongkai"]
    static let kinds: Set<Fix.Kind> = [.mechanical, .wording]

    static func lint(_ docx: Data) throws -> (content: DocxContent, result: FileResult) {
        let content = try DocxReader().read(docx, path: "x.docx")
        let engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: catalog)
        return (content, engine.lint(content.text, path: "x.docx", docxLayout: content.layout))
    }

    @Test(arguments: types) func commentsCoverEachFinding(_ type: String) throws {
        let planted = try DocxReviewSupport.planted(DocxReviewSupport.sampleDocx(type, in: Paths.temporaryFolder()))
        let (content, result) = try Self.lint(planted)
        let rules = Set(result.diagnostics.map(\.ruleID))
        #expect(rules.isSuperset(of: ["punctuation-width", "wording", "docx-pending-review"]), "\(rules)")

        let comments = result.diagnostics.map(DocxReviewWriter.comment(for:))
        let review = try DocxReview.annotate(planted, path: "x.docx", comments: comments, edits: [])
        let reread = try DocxReader().read(review.data, path: "out.docx")
        #expect(reread.text == content.text)
        let ranges = reread.commentRanges.sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map(\.value)
        #expect(ranges.count == result.diagnostics.count)
        #expect(try DocxReviewSupport.commentTexts(review.data).count == result.diagnostics.count)
        for (range, finding) in zip(ranges, result.diagnostics) {
            if finding.range.start == finding.range.end {
                // Whole paragraph: from its first to its last character.
                let line = finding.range.start.line
                #expect(range.start.line == line && range.end.line == line, "\(finding.ruleID) at \(line)")
                #expect(range.end.column == reread.paragraphs[line - 1].text.unicodeScalars.count + 1)
            } else {
                #expect(range == finding.range, "\(finding.ruleID): comment at \(range), finding at \(finding.range)")
            }
        }
        // The reviewer's earlier insertion is still there, untouched.
        #expect(try ZipArchiveBuilder.text(of: "word/document.xml", in: review.data).contains("w:author=\"审核人\""))
        let texts = try DocxReviewSupport.commentTexts(review.data)
        #expect(texts.first { $0.contains("规则：wording") }?.contains("建议改为：“安装”") == true)
        #expect(try ZipArchiveBuilder.text(of: "[Content_Types].xml", in: review.data).contains("comments+xml"))
    }

    @Test(arguments: types) func fixesAreTrackedChanges(_ type: String) throws {
        let planted = try DocxReviewSupport.planted(DocxReviewSupport.sampleDocx(type, in: Paths.temporaryFolder()))
        let (content, result) = try Self.lint(planted)
        let (fixedText, applied) = FixApplier.apply(result.diagnostics, to: result.source, kinds: Self.kinds)
        #expect(applied.contains { $0.ruleID == "punctuation-width" } && applied.contains { $0.ruleID == "wording" })
        let comments = result.diagnostics.map(DocxReviewWriter.comment(for:))
        let edits = applied.map { DocxReviewEdit(range: $0.range, replacement: $0.replacement) }
        let review = try DocxReview.annotate(planted, path: "x.docx", comments: comments, edits: edits)
        #expect(review.appliedEdits.allSatisfy { $0 }, "\(zip(applied, review.appliedEdits).filter { !$1 }.map(\.0))")
        let annotated = try DocxReader().read(review.data, path: "out.docx")
        #expect(annotated.commentRanges.count == result.diagnostics.count)

        let accepted = try DocxReviewSupport.resolved(review.data, accept: true)
        let (acceptedContent, relint) = try Self.lint(accepted)
        #expect(acceptedContent.text == fixedText)
        let fixedRules = Set(applied.map { "\($0.ruleID)@\($0.range.start.line)" })
        let remaining = relint.diagnostics.filter { $0.fix.map { Self.kinds.contains($0.kind) } ?? false }
        #expect(remaining.filter { fixedRules.contains("\($0.ruleID)@\($0.range.start.line)") }.isEmpty, "\(remaining.map(\.message))")

        let rejected = try DocxReviewSupport.resolved(review.data, accept: false)
        #expect(try DocxReader().read(rejected, path: "rejected.docx").text == content.text)
        let xml = try ZipArchiveBuilder.text(of: "word/document.xml", in: review.data)
        #expect(xml.contains("<w:del w:id=") && xml.contains("w:author=\"zongjie\"") && xml.contains("<w:delText"))
        // The runs split around the anchors keep their formatting.
        #expect(xml.contains("<w:rPr><w:color w:val=\"1F3864\"/></w:rPr><w:delText xml:space=\"preserve\">,</w:delText>"))
    }
}
