import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// The Word material form in real office software: LibreOffice opens and re-saves
/// every sample's form and it still drafts the same; python-docx edits a blank
/// form as a clerk does in Word (line breaks in cells, rows added) and it reads back.
@Suite struct MaterialFormOfficeTests {
    @Test(.enabled(if: LibreOfficeRunner.soffice != nil, "LibreOffice (soffice) not installed"))
    func libreOfficeResavedFormsDraftTheSame() throws {
        let folder = try Paths.temporaryFolder()
        var files: [URL] = []
        for id in MaterialFormTests.ids {
            let plugin = try MaterialFormTests.plugin(id)
            let form = MaterialFormWriter.form(plugin, input: try MaterialFormTests.sampleInput(plugin))
            let url = folder.appendingPathComponent("\(id).docx")
            try FormDocxWriter.write(form, metadata: DocxMetadata(title: id, creator: "测试")).write(to: url)
            files.append(url)
        }
        let resaved = try LibreOfficeRunner.convert(files, to: "docx:MS Word 2007 XML", into: folder.appendingPathComponent("resaved"))
        for (id, url) in zip(MaterialFormTests.ids, resaved) {
            let plugin = try MaterialFormTests.plugin(id)
            let form = try FormDocxReader.read(try Data(contentsOf: url), path: url.lastPathComponent)
            let input = try MaterialFormReader.input(form, file: url.lastPathComponent, plugin: plugin)
            let expected = try MaterialFormTests.markdown(try MaterialFormTests.sampleInput(plugin), plugin: plugin)
            #expect(try MaterialFormTests.markdown(input, plugin: plugin) == expected, "\(id)")
        }
    }

    static let clerkScript = #"""
    import sys, docx
    d = docx.Document(sys.argv[1])
    def row(name):
        for t in d.tables:
            for r in t.rows:
                if r.cells[0].text == name:
                    return t, r
    row("单位名称")[1].cells[2].text = "江川市\n统计局"          # Shift+Enter: a line break
    cell = row("总体情况")[1].cells[2]
    cell.text = "全年工作稳步推进。"
    cell.add_paragraph("各项任务按期完成。")                      # Enter: a second paragraph
    row("依申请公开收到件数")[1].cells[2].text = "36"
    table, first = row("第1条")
    first.cells[2].text = "栏目更新不及时"
    extra = table.add_row()                                       # a row added at the table's end
    extra.cells[2].text = "培训\n不够"
    for t in d.tables:
        if t.rows[0].cells[0].text == "名称" and t.rows[0].cells[1].text.startswith("数量"):
            t.rows[1].cells[0].text = "统计数据发布"
            t.rows[1].cells[1].text = "684"
            added = t.add_row()
            added.cells[0].text = "工作动态"
            added.cells[1].text = "118"
    d.save(sys.argv[2])
    """#

    @Test(.enabled(if: DocxPythonCheckTests.pythonDocxAvailable, "python3 with python-docx not installed (pip install python-docx)"))
    func formEditedLikeAClerkReadsBack() throws {
        let folder = try Paths.temporaryFolder()
        let blank = try CLIRunner.run(["input-template", "--type", "zhengwu-gongkai", "-o", "空白.docx"], in: folder)
        #expect(blank.status == 0, "\(blank.stderr)")
        let script = folder.appendingPathComponent("edit.py")
        try Self.clerkScript.write(to: script, atomically: true, encoding: .utf8)
        let edited = try DocxPythonCheckTests.run(["python3", script.path, folder.appendingPathComponent("空白.docx").path,
                                                   folder.appendingPathComponent("材料.docx").path])
        #expect(edited.status == 0, "\(edited.output)")
        let plugin = try MaterialFormTests.plugin("zhengwu-gongkai")
        let form = try FormDocxReader.read(try Data(contentsOf: folder.appendingPathComponent("材料.docx")), path: "材料.docx")
        let input = try MaterialFormReader.input(form, file: "材料.docx", plugin: plugin)
        #expect(input.text("unit") == "江川市统计局")
        #expect(input.text("overview") == "全年工作稳步推进。\n各项任务按期完成。")
        #expect(input.number("applications_received") == 36)
        #expect(input.values["problems"] == .list([ListItem(text: "栏目更新不及时"), ListItem(text: "培训不够")]))
        #expect(input.values["disclosure_categories"] == .table([TableRow(name: "统计数据发布", count: 684, written: "684"),
                                                                  TableRow(name: "工作动态", count: 118, written: "118")]))
        let draft = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx"], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("# 江川市统计局"))
    }
}
