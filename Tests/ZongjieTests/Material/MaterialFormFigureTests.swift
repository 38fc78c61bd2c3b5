import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// Figures that disagree and a 成文日期 outside the report year, in material typed into the Word
/// form, are reported at the table row they were typed in (材料.docx:表5第3行), as the form's
/// other mistakes are, and as YAML material's are at file:line:column.
@Suite struct MaterialFormFigureTests {
    static func sampleForm(_ edits: [(row: String, value: String)]) throws -> (folder: URL, form: FormDocument) {
        let plugin = try MaterialFormTests.plugin("zhengwu-gongkai")
        var form = MaterialFormWriter.form(plugin, input: try MaterialFormTests.sampleInput(plugin))
        for (row, value) in edits { MaterialFormTests.fill(&form, row: row, with: [value]) }
        let folder = try Paths.temporaryFolder()
        try FormDocxWriter.write(form, metadata: DocxMetadata(title: "材料", creator: "测试")).write(to: folder.appendingPathComponent("材料.docx"))
        return (folder, form)
    }

    /// Where the form shows the row named `name`: 表N第M行.
    static func place(_ name: String, in form: FormDocument) -> String {
        for (number, entry) in form.tables.enumerated() {
            if let row = entry.table.rows.firstIndex(where: { $0.first?.text == name }) { return "表\(number + 1)第\(row + 1)行" }
        }
        return "?"
    }

    @Test func inconsistentFiguresNameTheirRow() throws {
        let (folder, form) = try Self.sampleForm([("依申请公开办结件数", "40")])
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx", "-o", "总结.md"], in: folder)
        #expect(result.status == 2)
        let row = Self.place("依申请公开办结件数", in: form)
        #expect(row.hasPrefix("表"))
        #expect(result.stderr.hasPrefix("zongjie: 错误：材料.docx:\(row): “依申请公开办结件数”（40件）大于“依申请公开收到件数”（36件）"), "\(result.stderr)")
        #expect(!result.stderr.contains("材料.docx: “"), "every problem has its row: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("总结.md").path))
        // Drafted anyway, the warning names the row too.
        let allowed = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx", "--allow-inconsistent"], in: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("zongjie: 警告：材料.docx:\(row): “依申请公开办结件数”（40件）大于"), "\(allowed.stderr)")
    }

    @Test func aDateOutsideTheYearNamesItsRow() throws {
        let (folder, form) = try Self.sampleForm([("成文日期", "2024年3月1日")])
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx"], in: folder)
        #expect(result.status == 2)
        let row = Self.place("成文日期", in: form)
        #expect(result.stderr.hasPrefix("zongjie: 错误：材料.docx:\(row): 成文日期2024年3月1日与报告年度2024年不相符"), "\(result.stderr)")
        #expect(result.stderr.contains("--allow-date"))
        let allowed = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx", "--allow-date"], in: folder)
        #expect(allowed.status == 0 && allowed.stderr.contains("zongjie: 警告：材料.docx:\(row): 成文日期"), "\(allowed.stderr)")
    }

    @Test func readerKeepsEachValuesRow() throws {
        let plugin = try MaterialFormTests.plugin("zhengwu-gongkai")
        let form = MaterialFormWriter.form(plugin, input: try MaterialFormTests.sampleInput(plugin))
        let input = try MaterialFormTests.throughDocx(form, plugin: plugin)
        #expect(input.locations["applications_handled"]?.place == Self.place("依申请公开办结件数", in: form))
        #expect(input.locations["date"]?.place == Self.place("成文日期", in: form))
        let problem = input.sourceProblem(at: "date", file: "材料.docx", message: "请核对。")
        #expect(problem.description == "材料.docx:\(Self.place("成文日期", in: form)): 请核对。")
    }
}
