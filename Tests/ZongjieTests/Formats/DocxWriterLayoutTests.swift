import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// Layout decisions of the writer: title lines, 落款 offsets, heading hints, the XML itself.
@Suite struct DocxWriterLayoutTests {
    @Test func signatureOffsetsFollowTheUnsealedRule() {
        // 8-character unit, 7-character date (digits count half): the date would end 1 character
        // from the edge, so it keeps 右空二字 and the unit moves to 右空三字.
        #expect(GBT9704.signatureOffsets(unit: "示范县数据管理局", date: "2024年12月20日") == (300, 200))
        // A 14-character unit: unit 右空二字, the date's first character two right of the unit's (右空七字).
        #expect(GBT9704.signatureOffsets(unit: "中共示范县委办公室机要保密局", date: "2024年12月20日") == (200, 700))
    }

    @Test func longTitleBreaksByMeaningAndReadsBackAsOneLine() throws {
        let title = "示范县数据管理局关于2024年度政务公开工作情况的总结报告"
        let data = try DocxWriter.write(Document(title: TextLine(title)), created: DocxFixtures.created)
        let xml = try DocxFixtures.part("word/document.xml", of: data)
        #expect(xml.contains("示范县数据管理局关于</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space=\"preserve\">2024年度政务公开工作情况的总结报告"))
        #expect(try DocxReader().read(data, path: "t.docx").paragraphs.first?.text == title)
        let short = try DocxFixtures.part("word/document.xml", of: DocxWriter.write(Document(title: TextLine("示范县2024年工作总结")), created: DocxFixtures.created))
        #expect(!short.contains("<w:br/>"))
    }

    @Test func partsNameFontsStylesAndPage() throws {
        let data = try DocxWriter.write(DocxFixtures.sampleDocument(), created: DocxFixtures.created)
        let styles = try DocxFixtures.part("word/styles.xml", of: data)
        for name in ["主送机关", "一级标题", "二级标题", "三级标题", "四级标题", "署名", "成文日期"] {
            #expect(styles.contains("<w:name w:val=\"\(name)\"/>"), "style \(name)")
        }
        #expect(styles.contains("w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\""))
        #expect(styles.contains("w:eastAsia=\"黑体\"") && styles.contains("w:eastAsia=\"楷体_GB2312\"") && styles.contains("w:eastAsia=\"方正小标宋简体\""))
        #expect(styles.contains("<w:outlineLvl w:val=\"0\"/>") && styles.contains("<w:outlineLvl w:val=\"3\"/>"))
        let fonts = try DocxFixtures.part("word/fontTable.xml", of: data)
        #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:panose1"))
        let document = try DocxFixtures.part("word/document.xml", of: data)
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        let core = try DocxFixtures.part("docProps/core.xml", of: data)
        #expect(core.contains("<dc:creator>示范县数据管理局</dc:creator>") && core.contains("2024-12-20T00:00:00Z"))
        let settings = try DocxFixtures.part("word/settings.xml", of: data)
        #expect(settings.contains("<w:evenAndOddHeaders/>"))
        // Same input, same bytes: the zip dates come from the metadata.
        #expect(try DocxWriter.write(DocxFixtures.sampleDocument(), created: DocxFixtures.created) == data)
    }

    @Test func headingLevelHintsComeFromOutlineAndStyleNames() throws {
        let content = try DocxReader().read(DocxWriter.write(DocxFixtures.sampleDocument(), created: DocxFixtures.created), path: "t.docx")
        let levels = content.paragraphs.compactMap { paragraph in paragraph.headingLevel.map { (paragraph.text, $0) } }
        #expect(levels.map(\.1) == [1, 2, 3, 4, 2, 1, 1])
        #expect(DocxParagraph(text: "x", styleName: "标题 2").headingLevel == 2)
        #expect(DocxParagraph(text: "x", styleName: "heading 3").headingLevel == 3)
        #expect(DocxParagraph(text: "x", styleName: "Normal").headingLevel == nil)
    }
}
