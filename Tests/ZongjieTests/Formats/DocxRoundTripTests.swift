import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// Writes documents with DocxWriter and reads them back with DocxReader.
@Suite struct DocxRoundTripTests {
    @Test func textLinesComeBackInOrder() throws {
        let document = DocxFixtures.sampleDocument()
        let data = try DocxWriter.write(document, created: DocxFixtures.created)
        let content = try DocxReader().read(data, path: "sample.docx")
        #expect(content.paragraphs.map(\.text) == DocxFixtures.expectedLines(document))
        #expect(content.layout.paragraphs.count == content.paragraphs.count)
        #expect(content.propertiesTitle == "示范县数据管理局2024年度政务公开工作总结")
        #expect(content.propertiesCreator == "示范县数据管理局")
    }

    @Test func textIsEscapedAndForbiddenCharactersDropped() throws {
        let document = Document(title: TextLine("关于<示范>“项目”&'测试'的总结"), opening: [Paragraph("控制字符\u{0001}被删去，制表\t保留。")])
        let content = try DocxReader().read(DocxWriter.write(document, created: DocxFixtures.created), path: "e.docx")
        #expect(content.paragraphs.map(\.text) == ["关于<示范>“项目”&'测试'的总结", "", "控制字符被删去，制表\t保留。"])
        let xml = try DocxFixtures.part("word/document.xml", of: DocxWriter.write(document, created: DocxFixtures.created))
        #expect(xml.contains("关于&lt;示范&gt;“项目”&amp;&apos;测试&apos;的总结"))
    }

    @Test func stylesAndOutlineLevelsComeBack() throws {
        let content = try DocxReader().read(DocxWriter.write(DocxFixtures.sampleDocument(), created: DocxFixtures.created), path: "sample.docx")
        let byText = Dictionary(content.paragraphs.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["示范县数据管理局2024年度政务公开工作总结"]?.styleName == "Title")
        #expect(byText["县政务公开办："]?.styleName == "主送机关")
        #expect(byText["一、主要工作及成效"]?.styleName == "一级标题")
        #expect(byText["一、主要工作及成效"]?.outlineLevel == 0)
        #expect(byText["（一）加强组织领导"]?.outlineLevel == 1)
        #expect(byText["1.健全工作机制"]?.outlineLevel == 2)
        #expect(byText["（1）细化清单管理"]?.styleName == "四级标题")
        #expect(byText["示范县数据管理局"]?.styleName == "署名")
        #expect(byText["2024年12月20日"]?.styleName == "成文日期")
        #expect(byText["特此报告。"]?.styleName == "Normal")
    }

    @Test func layoutFactsComeBack() throws {
        let content = try DocxReader().read(DocxWriter.write(DocxFixtures.sampleDocument(), created: DocxFixtures.created), path: "sample.docx")
        let page = try #require(content.layout.page)
        #expect(page.widthTwips == 11906 && page.heightTwips == 16838)
        #expect(page.topTwips == 2098 && page.leftTwips == 1587 && page.bottomTwips == 1984 && page.rightTwips == 1474)
        #expect(page.gridType == "lines" && page.gridLinePitchTwips == 579)
        #expect(page.evenAndOddHeaders)
        let title = try #require(content.layout.paragraphs.first)
        #expect(title.alignment == "center")
        #expect(title.dominantRun?.eastAsiaFont == "方正小标宋简体")
        #expect(title.dominantRun?.sizePoints == 22)
        let body = try #require(content.layout.paragraphs.first { $0.styleID == "Normal" && !$0.runs.isEmpty })
        #expect(body.firstLineChars == 200)
        #expect(body.lineRule == "exact" && body.lineValue == 579)
        #expect(body.dominantRun?.eastAsiaFont == "仿宋_GB2312")
        #expect(body.dominantRun?.asciiFont == "Times New Roman")
        #expect(body.dominantRun?.characterSpacingTwips == -5)
        let pageNumber = try #require(content.layout.pageNumber)
        #expect(pageNumber.pattern == "— # —")
        #expect(pageNumber.font == "宋体" && pageNumber.sizePoints == 14)
        #expect(pageNumber.oddAlignment == "right" && pageNumber.evenAlignment == "left")
        #expect(content.layout.declaredFonts["仿宋_GB2312"] == "仿宋")
    }
}
