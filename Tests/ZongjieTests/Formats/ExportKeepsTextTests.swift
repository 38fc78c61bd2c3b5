import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// `zongjie export` changes layout, never text: run-in headings stay one paragraph with
/// their 。, shared punctuation is drawn in the Chinese font, a .docx re-exported keeps its cells.
@Suite struct ExportKeepsTextTests {
    static let draft = """
        示范县数据管理局2024年度工作总结

        2024年，我局扎实推进各项工作。现将有关情况总结如下：

        一、主要工作

        （一）组织保障有力。根据年度安排，成立工作专班，召开会议4次。

        1.建设数据平台：全年归集数据“12万条”，完成率100%。

        二、存在的问题

        基础仍然薄弱。

        三、下一步工作打算

        持续推进数据共享。

        示范县数据管理局
        2024年12月20日

        """

    @Test func runInHeadingsStayOneParagraphInTheirFonts() throws {
        let folder = try Paths.temporaryFolder()
        try Self.draft.write(to: folder.appendingPathComponent("草稿.md"), atomically: true, encoding: .utf8)
        let export = try CLIRunner.run(["export", "草稿.md", "-o", "总结.docx"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let docx = try Data(contentsOf: folder.appendingPathComponent("总结.docx"))
        let content = try DocxReader().read(docx, path: "总结.docx")
        let expected = Self.draft.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(content.paragraphs.map(\.text).filter { !$0.isEmpty } == expected)

        let document = try DocxFixtures.part("word/document.xml", of: docx)
        #expect(document.contains("<w:r><w:rPr><w:rStyle w:val=\"ZJRunInHeading2\"/></w:rPr><w:t xml:space=\"preserve\">（一）组织保障有力。</w:t></w:r><w:r><w:t xml:space=\"preserve\">根据年度安排"))
        #expect(document.contains("<w:rStyle w:val=\"ZJRunInHeading3\"/></w:rPr><w:t xml:space=\"preserve\">1.建设数据平台：</w:t>"))
        // Curly quotes beside digits: Word's shared-punctuation hint, so they are not set in Times New Roman.
        #expect(document.contains("<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">全年归集数据“12万条”"))
        let styles = try DocxFixtures.part("word/styles.xml", of: docx)
        #expect(styles.contains("w:styleId=\"ZJRunInHeading2\"><w:name w:val=\"二级标题（段首）\"/><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"\(GBT9704.headingFont(level: 2))\""))

        let lint = try CLIRunner.run(["lint", "总结.docx", "--only", "docx-layout"], in: folder)
        #expect(lint.status == 0 && !lint.stdout.contains("[docx-layout]"), "\(lint.stdout)")
    }

    @Test func corpusExportsKeepEveryCharacter() throws {
        guard let corpus = Paths.corpus else {
            print("skipped: ../shared/corpus not present")
            return
        }
        let folder = try Paths.temporaryFolder()
        let drafts = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        let export = try CLIRunner.run(["export"] + drafts.map { corpus.appendingPathComponent($0).path } + ["--out-dir", folder.path], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        func squeezed(_ text: String) -> String { String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "|" })) }
        for draft in drafts {
            let source = try String(contentsOf: corpus.appendingPathComponent(draft), encoding: .utf8)
            let docx = folder.appendingPathComponent((draft as NSString).deletingPathExtension + ".docx")
            let text = try DocxReader().read(contentsOf: docx.path).text
            #expect(squeezed(text) == squeezed(source), "\(draft) changed its text")
        }
    }

    @Test func reExportingANianbaoKeepsEveryCell() throws {
        let folder = try Paths.temporaryFolder()
        _ = try DocxReviewSupport.sampleDocx("gongkai-nianbao", in: folder)
        let again = try CLIRunner.run(["export", "gongkai-nianbao.docx", "-o", "again.docx"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        let first = try DocxReader().read(contentsOf: folder.appendingPathComponent("gongkai-nianbao.docx").path)
        let second = try DocxReader().read(contentsOf: folder.appendingPathComponent("again.docx").path)
        let rows = { (content: DocxContent) in content.paragraphs.filter { !$0.cellSpans.isEmpty }.map { "\($0.text) \($0.cellSpans)" } }
        #expect(rows(first).contains("行政许可\t412\t\t [1, 3]"))
        #expect(rows(second) == rows(first))
    }
}
