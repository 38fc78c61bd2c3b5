import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// `import --same-year` then `new --input` gives every real summary back: the same headings
/// in the same order with the same numbering, and the same text once whitespace and
/// Markdown marks are set aside. What differs is whitespace only: indentation, trailing
/// spaces and blank lines are not kept (the drafts are laid out afresh); an addressee ends
/// in a full-width colon. Skipped when ../shared/corpus is absent.
@Suite struct ImportCorpusRoundTripTests {
    static let files = ImportSupport.corpusFiles()

    @Test(.enabled(if: !files.isEmpty, "../shared/corpus not present")) func everyCorpusDocumentComesBack() throws {
        for url in Self.files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let result = try ImportSupport.roundTrip(text, path: url.lastPathComponent)
            #expect(ImportSupport.headings(result.draft) == ImportSupport.headings(text), "\(url.lastPathComponent): headings differ")
            let similarity = ImportSupport.similarity(ImportSupport.normalised(text), ImportSupport.normalised(result.draft))
            #expect(similarity >= 0.98, "\(url.lastPathComponent): similarity \(similarity)")
            // Today every document comes back exactly, whitespace aside.
            #expect(ImportSupport.normalised(text) == ImportSupport.normalised(result.draft), "\(url.lastPathComponent): text differs")
        }
    }

    /// The same from Word: each document written as .docx (run-in headings kept on their
    /// line), read back as `import` reads it, imported and drafted.
    @Test(.enabled(if: !files.isEmpty, "../shared/corpus not present")) func everyCorpusDocumentComesBackFromDocx() throws {
        for url in Self.files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let source = SourceText(text)
            let document = RunInHeadings.marked(StructureParser().parse(source), source: source)
            let data = try DocxWriter.write(document, created: Date(timeIntervalSince1970: 0))
            let read = try DocxInputReader().read(data, path: url.lastPathComponent + ".docx")
            let result = try ImportSupport.roundTrip(read.text, path: url.lastPathComponent + ".docx")
            #expect(ImportSupport.headings(result.draft) == ImportSupport.headings(text), "\(url.lastPathComponent).docx: headings differ")
            #expect(ImportSupport.normalised(text) == ImportSupport.normalised(result.draft), "\(url.lastPathComponent).docx: text differs")
        }
    }

    /// GB18030 and UTF-16 files give the same material as UTF-8.
    @Test(.enabled(if: !files.isEmpty, "../shared/corpus not present")) func encodingsGiveTheSameMaterial() throws {
        let url = try #require(Self.files.first)
        let text = try String(contentsOf: url, encoding: .utf8)
        let expected = try ImportSupport.roundTrip(text, path: "x").yaml
        for encoding in [TextEncoding.gb18030, .utf16LittleEndian] {
            let data = try #require(TextDecoder.encode(text, as: encoding))
            let read = try PlainTextReader().read(data, path: "x.txt")
            #expect(try ImportSupport.roundTrip(read.text, path: "x").yaml == expected, "\(encoding)")
        }
    }

    /// The material names the structure it keeps: run-in headings, points, parts.
    @Test func materialKeepsTheClerksStructure() throws {
        let text = """
        XX局2024年度工作总结

        市政府办公室：
        2024年，我局认真履职。现将2024年工作总结如下：
        一、主要工作
        （一）组织保障有力。根据职务变动调整领导小组，全年召开会议6次。
        （二）强化培训
        具体做法：一是组织集中培训3次。二是开展业务测试。
        二、存在的问题
        宣传方式单一。
        三、2025年工作打算
        1.加强宣传。丰富宣传方式。
        2.加强队伍建设。
        XX局
        2025年1月10日
        """
        let result = try ImportSupport.roundTrip(text, path: "上年.md")
        #expect(result.yaml.contains("- heading: （一）组织保障有力。\n          run_in: 根据职务变动调整领导小组，全年召开会议6次。"))
        #expect(result.yaml.contains("lead: 具体做法：\n"))
        #expect(result.yaml.contains("part: plans"))
        #expect(result.yaml.contains("addressee: 市政府办公室"))
        #expect(result.yaml.contains("date: 2025-01-10"))
        #expect(ImportSupport.normalised(result.draft) == ImportSupport.normalised(text))
    }
}
