import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// What Word and WPS really write: tracked changes, fields, soft breaks, list numbering, text boxes, tables.
@Suite struct DocxReaderTests {
    let w = DocxFixtures.self

    func lines(_ body: String, extraParts: [String: String] = [:]) throws -> [String] {
        try DocxReader().read(w.docx(body: body, extraParts: extraParts), path: "t.docx").paragraphs.map(\.text)
    }

    @Test func trackedChangesGiveTheAcceptedText() throws {
        let body = "<w:p><w:r><w:t>全年办理</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>十</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>件。</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"a\"/></w:rPr></w:pPr><w:r><w:t>前半段</w:t></w:r></w:p>"
            + w.paragraph("后半段。")
            + "<w:p><w:moveFrom w:id=\"4\" w:author=\"a\"><w:r><w:t>移走的</w:t></w:r></w:moveFrom><w:moveTo w:id=\"5\" w:author=\"a\"><w:r><w:t>移来的</w:t></w:r></w:moveTo></w:p>"
        #expect(try lines(body) == ["全年办理12件。", "前半段后半段。", "移来的"])
    }

    @Test func fieldsKeepTheirResultAndDropTheInstruction() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">见第 </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> 页</w:t></w:r>"
            + "<w:fldSimple w:instr=\" DATE \"><w:r><w:t>2024年12月20日</w:t></w:r></w:fldSimple></w:p>"
        #expect(try lines(body) == ["见第 3 页2024年12月20日"])
        // A field left open in its code part (damaged file) hides nothing after its paragraph.
        let broken = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>" + w.paragraph("后文")
        #expect(try lines(broken) == ["", "后文"])
    }

    @Test func softBreaksAndTabsStayInOneParagraph() throws {
        let body = "<w:p><w:r><w:t>示范县数据管理局</w:t><w:br/><w:t>2024年度工作总结</w:t></w:r></w:p><w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t></w:r></w:p>"
        #expect(try lines(body) == ["示范县数据管理局2024年度工作总结", "甲\t乙"])
        // A raw newline inside w:t (some generators write one) must not split the line.
        #expect(try lines("<w:p><w:r><w:t xml:space=\"preserve\">上半\n下半</w:t></w:r></w:p>") == ["上半 下半"])
    }

    @Test func automaticNumberingWritesTheMarkers() throws {
        let numbering = "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"\(w.wordNamespace)\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>"
        func numbered(_ text: String, level: Int, id: Int = 1) -> String {
            w.paragraph(text, pPr: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(id)\"/></w:numPr>")
        }
        let body = numbered("主要工作", level: 0) + numbered("加强领导", level: 1) + numbered("健全机制", level: 2) + numbered("细化清单", level: 2)
            + numbered("推进公开", level: 1) + numbered("存在问题", level: 0) + numbered("要点", level: 0, id: 2)
        #expect(try lines(body, extraParts: ["word/numbering.xml": numbering]) == [
            "一、主要工作", "（一）加强领导", "1.健全机制", "2.细化清单", "（二）推进公开", "二、存在问题", "要点",
        ])
    }

    @Test func textBoxesAreReadOnceAfterTheirAnchor() throws {
        let box = "<w:txbxContent>\(w.paragraph("框内文字"))</w:txbxContent>"
        let body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>\(box)</wps:txbx></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:textbox>\(box)</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" + w.paragraph("下一段")
        let content = try DocxReader().read(w.docx(body: body), path: "t.docx")
        #expect(content.paragraphs.map(\.text) == ["正文", "框内文字", "下一段"])
        #expect(content.paragraphs[1].container == .textBox)
    }

    @Test func tableRowsBecomeTabSeparatedLines() throws {
        func cell(_ text: String) -> String { "<w:tc>\(w.paragraph(text))</w:tc>" }
        let body = w.paragraph("表前") + "<w:tbl><w:tr>\(cell("项目"))\(cell("件数"))</w:tr><w:tr>\(cell("依申请公开"))<w:tc>\(w.paragraph("12"))\(w.paragraph("件"))</w:tc></w:tr></w:tbl>" + w.paragraph("表后")
        let content = try DocxReader().read(w.docx(body: body), path: "t.docx")
        #expect(content.paragraphs.map(\.text) == ["表前", "项目\t件数", "依申请公开\t12 件", "表后"])
        #expect(content.layout.paragraphs[1].container == .table)
        #expect(content.layout.paragraphs[2].runs.reduce(0) { $0 + $1.length } == "依申请公开\t12 件".unicodeScalars.count)
    }

    @Test func hyperlinksSmartTagsAndContentControlsKeepTheirText() throws {
        let body = "<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>门户网站</w:t></w:r></w:hyperlink><w:smartTag w:uri=\"u\" w:element=\"e\"><w:r><w:t>专栏</w:t></w:r></w:smartTag></w:p>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"单位\"/><w:placeholder><w:docPart w:val=\"x\"/></w:placeholder></w:sdtPr><w:sdtContent>\(w.paragraph("示范县数据管理局"))</w:sdtContent></w:sdt>"
        #expect(try lines(body) == ["门户网站专栏", "示范县数据管理局"])
    }

    @Test func stylesResolveThroughBasedOnAndDefaults() throws {
        let styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"\(w.wordNamespace)\"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"21\"/></w:rPr></w:rPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/><w:rPr><w:rFonts w:eastAsia=\"仿宋\"/><w:sz w:val=\"32\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr></w:style></w:styles>"
        let body = w.paragraph("一、总体情况", pPr: "<w:pStyle w:val=\"1\"/>") + w.paragraph("正文内容")
        let content = try DocxReader().read(w.docx(body: body, extraParts: ["word/styles.xml": styles]), path: "t.docx")
        #expect(content.paragraphs[0].styleName == "heading 1" && content.paragraphs[0].outlineLevel == 0)
        #expect(content.layout.paragraphs[0].dominantRun?.eastAsiaFont == "黑体")
        #expect(content.layout.paragraphs[0].dominantRun?.sizePoints == 16)
        #expect(content.layout.paragraphs[1].styleName == "Normal")
        #expect(content.layout.paragraphs[1].dominantRun?.eastAsiaFont == "仿宋")
    }

    @Test func themeFontsAndRelationshipTargetsResolve() throws {
        let theme = "<?xml version=\"1.0\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:themeElements><a:fontScheme>"
            + "<a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:font script=\"Hans\" typeface=\"等线 Light\"/></a:majorFont>"
            + "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:font script=\"Hans\" typeface=\"等线\"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"
        let styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"\(w.wordNamespace)\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
            + "<w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorEastAsia\"/><w:sz w:val=\"21\"/></w:rPr></w:style></w:styles>"
        let relationships = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"custom/styles-a.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"/word/theme/theme9.xml\"/></Relationships>"
        let data = try w.docx(body: w.paragraph("默认字体的正文"), extraParts: [
            "word/_rels/document.xml.rels": relationships, "word/custom/styles-a.xml": styles, "word/theme/theme9.xml": theme,
        ])
        let run = try #require(DocxReader().read(data, path: "t.docx").layout.paragraphs.first?.dominantRun)
        #expect(run.eastAsiaFont == "等线" && run.asciiFont == "Calibri" && run.sizePoints == 10.5)
    }
}
