import Foundation
import Testing
import ZongjieCore
@testable import ZongjieFormats

/// Markdown pipe tables in a Document become Word tables: parsing, merged header
/// cells, widths, the XML, and the reader giving one line per row with columns in place.
@Suite struct DocxTableWriterTests {
    static let nianbaoThree = NianbaoMarkdownRenderer.applicationTable(ApplicationFigures())
    static let nianbaoFour = NianbaoMarkdownRenderer.appealTable(NianbaoFigures())

    static func spans(_ row: TableLayout.Row) -> [String] {
        row.cells.map { cell in
            let merge = switch cell.merge { case .none: ""; case .restart: "↓"; case .continuation: "^" }
            return "\(cell.text)\(merge)\(cell.span > 1 ? "×\(cell.span)" : "")"
        }
    }

    @Test func plainParagraphsAndBrokenTablesAreNotTables() {
        #expect(PipeTable.parse("全年办理申请12件。") == nil)
        #expect(PipeTable.parse("| a | b |") == nil) // no separator line
        #expect(PipeTable.parse("| a | b |\n| 1 | 2 |") == nil)
        #expect(PipeTable.parse("| a | b |\n| --- | --- |\n说明文字") == nil)
    }

    @Test func generalTableHasOneHeaderRowAndNoMerges() throws {
        let table = try #require(PipeTable.parse("| 项目 | 完成情况 |\n| :--- | ---: |\n| 培训 | 3 |\n| 检查 | a\\|b |"))
        #expect(table.blocks.count == 1)
        #expect(table.blocks[0].headerRowCount == 1)
        #expect(table.blocks[0].rows[2] == ["检查", "a|b"])
        let layout = TableLayout(table, width: 8845)
        #expect(layout.rows.map(Self.spans) == [["项目", "完成情况"], ["培训", "3"], ["检查", "a|b"]])
        #expect(layout.rows.map(\.repeatsOnEachPage) == [true, false, false])
        #expect(layout.columnWidths.reduce(0, +) == 8845)
    }

    @Test func tableThreeHeaderMergesAsInTheOfficialForm() throws {
        let table = try #require(PipeTable.parse(Self.nianbaoThree))
        #expect(table.blocks[0].headerRowCount == 3)
        let layout = TableLayout(table, width: 8845)
        let note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
        #expect(Self.spans(layout.rows[0]) == ["\(note)↓", "申请人情况×7"])
        #expect(Self.spans(layout.rows[1]) == ["^", "自然人↓", "法人或其他组织×5", "总计↓"])
        #expect(Self.spans(layout.rows[2]) == ["^", "^", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "^"])
        #expect(Self.spans(layout.rows[3]).count == 8)
        #expect(layout.rows.map(\.repeatsOnEachPage) == [true, true, true] + Array(repeating: false, count: 25))
        // The label column is wider; the seven figure columns share the rest equally.
        #expect(layout.columnWidths[0] > 3 * layout.columnWidths[1])
        #expect(Set(layout.columnWidths.dropFirst().dropLast()).count == 1)
        #expect(layout.columnWidths.reduce(0, +) == 8845)
    }

    @Test func tableFourBlocksMergeOverColumnsAndRows() throws {
        let table = try #require(PipeTable.parse(Self.nianbaoFour))
        let layout = TableLayout(table, width: 8845)
        #expect(Self.spans(layout.rows[0]) == ["行政复议↓×5", "行政诉讼×10"])
        #expect(Self.spans(layout.rows[1]) == ["^×5", "未经复议直接起诉×5", "复议后起诉×5"])
        #expect(layout.rows[2].cells.count == 15)
        #expect(layout.rows[3].cells.map(\.text) == Array(repeating: "0", count: 15)) // zeros shown as 0
        #expect(layout.rows.map(\.repeatsOnEachPage) == [true, true, true, false])
    }

    @Test func tableTwoItemsMakeOneTableWithWidenedCells() throws {
        let text = NianbaoMarkdownRenderer.disclosureTable(DisclosureFigures())
        let table = try #require(PipeTable.parse(text))
        #expect(table.blocks.count == 4)
        let parts = table.wordTables()
        #expect(parts.count == 1)
        let layout = TableLayout(parts[0], width: 8845)
        #expect(layout.rows.count == 14)
        #expect(Self.spans(layout.rows[0]) == ["第二十条第（一）项×4"])
        #expect(Self.spans(layout.rows[4]) == ["第二十条第（五）项×4"])
        #expect(Self.spans(layout.rows[5]) == ["信息内容", "本年处理决定数量×3"])
        // Only the first item's heading rows repeat on a new page.
        #expect(layout.rows.filter(\.repeatsOnEachPage).count == 2)
    }

    @Test func consecutiveOneLineRowsOfAMarkdownDocumentFormOneTable() throws {
        // A Document read from .md holds one paragraph per row; blocks without a blank line between.
        let rows = ["| 甲 | 乙 |", "| --- | --- |", "| 1 | 2 |", "| 丙 | 丁 |", "| --- | --- |", "| 3 | 4 |"]
        let table = try #require(PipeTable.parse(rows.joined(separator: "\n")))
        #expect(table.blocks.map(\.rows) == [[["甲", "乙"], ["1", "2"]], [["丙", "丁"], ["3", "4"]]])
        // Not forms: two Word tables.
        #expect(table.wordTables().count == 2)
    }

    @Test func writtenXMLHasBordersGridHeaderRowsAndMerges() throws {
        let document = Document(sections: [Section(
            marker: NumberingMarker(style: .chineseComma, ordinal: 1, text: "一、"), heading: "收到和处理政府信息公开申请情况",
            paragraphs: [Paragraph("说明。"), Paragraph(Self.nianbaoThree.trimmingCharacters(in: .newlines)), Paragraph(Self.nianbaoFour.trimmingCharacters(in: .newlines))]
        )])
        let xml = DocumentPart.xml(for: document)
        #expect(xml.components(separatedBy: "<w:tbl>").count == 3)
        #expect(!xml.contains("| ---"))
        #expect(xml.contains("<w:tblLayout w:type=\"fixed\"/>"))
        #expect(xml.contains("<w:insideV w:val=\"single\""))
        #expect(xml.components(separatedBy: "<w:tblHeader/>").count - 1 == 6)
        #expect(xml.contains("<w:gridSpan w:val=\"5\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"ZJTableText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">法人或其他组织<"))
        #expect(xml.contains("<w:gridSpan w:val=\"5\"/><w:vMerge w:val=\"restart\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"ZJTableText\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr><w:t xml:space=\"preserve\">行政复议<"))
        // Two tables in a row are parted by an empty paragraph (Word would join them), and the body ends with one.
        #expect(xml.contains("</w:tbl><w:p>"))
        #expect(xml.contains("</w:tbl><w:p><w:pPr><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr></w:p><w:sectPr>"))
    }

    @Test func readerKeepsSpannedColumnsInPlace() throws {
        let document = Document(opening: [Paragraph(Self.nianbaoFour.trimmingCharacters(in: .newlines))])
        let data = try DocxWriter.write(document, created: DocxFixtures.created)
        let content = try DocxReader().read(data, path: "four.docx")
        // The body ends with an empty paragraph after the table (Word expects one).
        #expect(content.text.hasSuffix("\n"))
        let lines = Array(content.text.components(separatedBy: "\n").dropLast())
        // The Markdown rows without pipes and separator: the same cells in the same columns.
        let expected = Self.nianbaoFour.components(separatedBy: "\n").filter { !$0.isEmpty && !$0.contains("---") }
            .map { PipeTable.cells(Substring($0)).joined(separator: "\t") }
        #expect(lines == expected)
        #expect(lines.allSatisfy { $0.components(separatedBy: "\t").count == 15 })
        #expect(content.layout.paragraphs.dropLast().allSatisfy { $0.container == .table })
    }
}

/// A Word table row as the .docx reader gives it (cells joined by tabs) is data, not a heading.
@Suite struct TabbedTableRowStructureTests {
    @Test func tabbedFigureRowsAreNotHeadings() {
        let text = """
        江川市水务局2024年政府信息公开工作年度报告

        一、\t总体情况
        全年主动公开信息120条。
        二、收到和处理政府信息公开申请情况
        （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t\t
        一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t0\t4
        二、上年结转政府信息公开申请数量\t1
        三、存在的主要问题及改进情况
        专栏更新还不够及时。
        """
        let document = StructureParser().parse(SourceText(text))
        #expect(document.sections.map(\.heading) == ["总体情况", "收到和处理政府信息公开申请情况", "存在的主要问题及改进情况"])
        #expect(document.sections[1].paragraphs.count == 3)
    }
}
