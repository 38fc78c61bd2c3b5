import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint

/// The `docx-layout` rule's examples: its triggering cases need a DocxLayout,
/// which text examples cannot carry (see RuleExamplesTests.docxOnly).
@Suite struct DocxLayoutRuleTests {
    /// Gives the nodes of `document` the line ranges of the matching lines, as the structure parser would.
    static func locate(_ document: Document, in lines: [String]) -> Document {
        var located = document
        var next = 0
        func find(_ text: String) -> SourceRange? {
            var index = next
            while index < lines.count {
                if lines[index] == text {
                    next = index + 1
                    return SourceRange(line: index + 1, startColumn: 1, endColumn: text.unicodeScalars.count + 1)
                }
                index += 1
            }
            return nil
        }
        if let title = document.title { located.title?.range = find(title.text) }
        if let addressee = document.addressee { located.addressee?.range = find(addressee.text) }
        located.opening = located.opening.map { var copy = $0; copy.range = find($0.text); return copy }
        func walk(_ sections: [Section]) -> [Section] {
            sections.map { section in
                var copy = section
                copy.headingRange = find(section.marker.text + section.heading)
                copy.paragraphs = section.paragraphs.map { var paragraph = $0; paragraph.range = find($0.text); return paragraph }
                copy.children = walk(section.children)
                return copy
            }
        }
        located.sections = walk(located.sections)
        located.closing = located.closing.map { var copy = $0; copy.range = find($0.text); return copy }
        if let unit = document.signature?.unit { located.signature?.unit?.range = find(unit.text) }
        if let date = document.signature?.date { located.signature?.date?.range = find(date.text) }
        return located
    }

    static func findings(_ document: Document, layout: DocxLayout?, lines: [String]) -> [Diagnostic] {
        let type = ReportType(id: "general", name: "单位年度工作总结", titleKeywords: [], outline: Outline(id: "empty", name: "", sections: []), origin: .builtIn)
        let context = LintContext(path: "t.docx", source: SourceText(lines.joined(separator: "\n")), document: locate(document, in: lines),
                                  reportType: type, reportYear: 2024, docxLayout: layout)
        var found = DocxLayoutRule().check(context)
        // The last finding ends with the export advice (checked in DocxLayoutRuleExampleTests); the
        // message tests compare what comes before it.
        if let last = found.indices.last {
            let hint = DocxLayoutRule.exportHint(path: context.path)
            #expect(found[last].message.hasSuffix(hint))
            found[last].message = String(found[last].message.dropLast(hint.count))
        }
        return found
    }

    static func exported() throws -> (Document, DocxContent) {
        let document = DocxFixtures.sampleDocument()
        return (document, try DocxReader().read(DocxWriter.write(document, created: DocxFixtures.created), path: "ours.docx"))
    }

    @Test func ourExportPassesWithNoFinding() throws {
        let (document, content) = try Self.exported()
        let found = Self.findings(document, layout: content.layout, lines: content.paragraphs.map(\.text))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func textInputHasNoLayoutAndNoFinding() throws {
        let (document, content) = try Self.exported()
        #expect(Self.findings(document, layout: nil, lines: content.paragraphs.map(\.text)).isEmpty)
    }

    @Test func handMadeDeviatingDocxGivesExactFindings() throws {
        let w = DocxFixtures.self
        let body = w.paragraph("示范县数据管理局2024年度工作总结", pPr: "<w:spacing w:line=\"579\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
                               rPr: "<w:rFonts w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/>")
            + w.paragraph("2024年，我局扎实推进各项工作，成效明显。", pPr: "<w:spacing w:line=\"579\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\"/>",
                          rPr: "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/>")
        let section = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1800\" w:bottom=\"1984\" w:left=\"1800\"/><w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-849\"/></w:sectPr>"
        let fonts = "<?xml version=\"1.0\"?><w:fonts xmlns:w=\"\(w.wordNamespace)\"><w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/></w:font></w:fonts>"
        let data = try w.docx(body: body, extraParts: ["word/fontTable.xml": fonts], sectionProperties: section)
        let content = try DocxReader().read(data, path: "hand.docx")
        let document = Document(title: TextLine("示范县数据管理局2024年度工作总结"), opening: [Paragraph("2024年，我局扎实推进各项工作，成效明显。")])
        let found = Self.findings(document, layout: content.layout, lines: content.paragraphs.map(\.text))
        #expect(found.map { $0.data["item"] ?? "" } == ["margin-left", "margin-right", "characters-per-line", "font", "size", "page-number"])
        #expect(found.map(\.message) == [
            "左页边距为 31.8 mm，GB/T 9704 要求 28.0 mm（订口 28 mm±1 mm）。",
            "右页边距为 31.8 mm，GB/T 9704 要求 26.0 mm（由版心 156 mm × 225 mm 推得）。",
            "每行可排 26 个正文字，GB/T 9704 要求每行 28 字并撑满版心。请在“页面设置→文档网格”中选“指定行和字符网格”（每行 28 字、每页 22 行），或把正文字符间距紧缩 0.25 磅。",
            "正文字体为“宋体”，GB/T 9704 要求仿宋体（仿宋_GB2312）。",
            "正文字号为 12 磅，GB/T 9704 要求 3 号（16 磅）。",
            "未设置页码（页脚中没有页码域）。GB/T 9704 要求在版心下方用 4 号半角宋体阿拉伯数字编排“— 1 —”式页码。",
        ])
        #expect(found.first { $0.data["item"] == "font" }?.range.start == SourcePosition(line: 2, column: 1))
    }
}
