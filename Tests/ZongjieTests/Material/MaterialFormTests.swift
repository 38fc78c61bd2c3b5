import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// The Word material form: every built-in sample saved as a form drafts the same
/// text as its YAML; a clerk's edits read back; mistakes point at the table row.
@Suite struct MaterialFormTests {
    static let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])
    static var ids: [String] { catalog.types.filter { $0.origin == .builtIn }.map(\.id) }

    static func plugin(_ id: String) throws -> Plugin {
        try #require(catalog.plugin(id: id), "built-in plugin \(id) missing")
    }

    static func sampleInput(_ plugin: Plugin) throws -> DraftInput {
        try InputLoader.load(try #require(plugin.sampleInput), file: "sample.yaml", manifest: plugin.manifest)
    }

    /// `form` written as .docx and read back as an input.
    static func throughDocx(_ form: FormDocument, plugin: Plugin) throws -> DraftInput {
        let data = try FormDocxWriter.write(form, metadata: DocxMetadata(title: "材料", creator: "测试"))
        let read = try FormDocxReader.read(data, path: "材料.docx")
        return try MaterialFormReader.input(read, file: "材料.docx", plugin: plugin)
    }

    static func markdown(_ input: DraftInput, plugin: Plugin) throws -> String {
        DraftTextWriter.write(try Drafter(plugin: plugin).draft(input).document, format: .markdown)
    }

    @Test func everyBuiltInSampleSavedAsAFormDraftsTheSame() throws {
        #expect(Self.ids.count >= 6)
        for id in Self.ids {
            let plugin = try Self.plugin(id)
            let input = try Self.sampleInput(plugin)
            let back = try Self.throughDocx(MaterialFormWriter.form(plugin, input: input), plugin: plugin)
            #expect(try Self.markdown(back, plugin: plugin) == Self.markdown(input, plugin: plugin), "\(id)")
        }
    }

    @Test func blankFormReadsAsAnEmptyInput() throws {
        for id in Self.ids {
            let plugin = try Self.plugin(id)
            let back = try Self.throughDocx(MaterialFormWriter.form(plugin), plugin: plugin)
            #expect(back.values.isEmpty, "\(id): \(back.values.keys.sorted())")
        }
    }

    @Test func formHasOneTablePerPartAndNumberedListRows() throws {
        let plugin = try Self.plugin("zhengwu-gongkai")
        let form = MaterialFormWriter.form(plugin, input: try Self.sampleInput(plugin))
        let tables = form.tables
        #expect(tables.first?.caption == "表1 基本信息")
        #expect(tables.first?.table.rows.first?.map(\.text) == ["名称", "说明", "填写"])
        #expect(tables.contains { $0.caption == "表4 主动公开信息分类" })
        #expect(!tables.contains { $0.caption?.hasSuffix(" 其他") == true }, "上年条数 goes with the 同比 it is computed for")
        let rows = tables.flatMap(\.table.rows).map { $0.map(\.text) }
        #expect(rows.contains(["单位名称", rows.first { $0.first == "单位名称" }?[1] ?? "", "江川市统计局"]))
        #expect(rows.contains { $0.first == "第1条 小标题" && $0.last == "健全工作机制，夯实公开基础" })
        #expect(rows.contains { $0.first == "第3条" && $0.last == "基层统计人员政务公开业务能力有待进一步提升" })
        #expect(!rows.contains { $0.contains("achievements") || $0.contains("title") })
    }

    /// Replaces the 填写 cell of the row named `name` (the first one) in every part table.
    static func fill(_ form: inout FormDocument, row name: String, with lines: [String]) {
        for (index, block) in form.blocks.enumerated() {
            guard case .table(var table) = block, let row = table.rows.firstIndex(where: { $0.first?.text == name }) else { continue }
            table.rows[row][table.rows[row].count - 1] = FormCell(lines)
            form.blocks[index] = .table(table)
            return
        }
    }

    @Test func clerkEditsReadBack() throws {
        let plugin = try Self.plugin("zhengwu-gongkai")
        var form = MaterialFormWriter.form(plugin)
        Self.fill(&form, row: "单位名称", with: ["江川市", "统计局"])
        Self.fill(&form, row: "总体情况", with: ["全年工作稳步推进。", "各项任务按期完成。"])
        Self.fill(&form, row: "依申请公开收到件数", with: [" 36 "])
        Self.fill(&form, row: "存在的问题", with: ["栏目更新不及时", "解读形式单一"])
        Self.fill(&form, row: "第1条 小标题", with: ["健全机制"])
        Self.fill(&form, row: "第1条 要点", with: ["召开会议4次", "", "修订审核办法"])
        // A row the clerk inserts at the end of the 存在的问题 rows: empty name, one more problem.
        for (index, block) in form.blocks.enumerated() {
            guard case .table(var table) = block, let last = table.rows.lastIndex(where: { $0.first?.text.hasPrefix("第3条") == true }),
                  table.rows.contains(where: { $0.first?.text == "存在的问题" }) else { continue }
            table.rows.insert([FormCell(), FormCell(), FormCell(["培训", "不够"])], at: last + 1)
            form.blocks[index] = .table(table)
        }
        let input = try Self.throughDocx(form, plugin: plugin)
        #expect(input.text("unit") == "江川市统计局")
        #expect(input.text("overview") == "全年工作稳步推进。\n各项任务按期完成。")
        #expect(input.number("applications_received") == 36)
        #expect(input.values["problems"] == .list([ListItem(text: "栏目更新不及时"), ListItem(text: "解读形式单一"), ListItem(text: "培训不够")]))
        #expect(input.values["achievements"] == .list([ListItem(title: "健全机制", points: ["召开会议4次", "修订审核办法"])]))
    }

    @Test func mistakesPointAtTheTableRow() throws {
        let plugin = try Self.plugin("zhengwu-gongkai")
        var form = MaterialFormWriter.form(plugin)
        Self.fill(&form, row: "依申请公开收到件数", with: ["很多"])
        Self.fill(&form, row: "年度", with: ["二〇二五"])
        let tables = form.tables
        func place(_ name: String) -> String {
            for (number, entry) in tables.enumerated() {
                if let row = entry.table.rows.firstIndex(where: { $0.first?.text == name }) { return "表\(number + 1)第\(row + 1)行" }
            }
            return "?"
        }
        do {
            _ = try Self.throughDocx(form, plugin: plugin)
            Issue.record("a bad count was accepted")
        } catch let error as SourceProblems {
            let lines = error.description.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("材料.docx:\(place("年度")): “年度”应为四位年份") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("材料.docx:\(place("依申请公开收到件数")): “依申请公开收到件数”应为非负整数") }, "\(lines)")
        }
    }

    @Test func newReadsAndWritesForms() throws {
        let folder = try Paths.temporaryFolder()
        for id in Self.ids {
            let sample = try CLIRunner.run(["new", "--type", id, "--sample", "--save-input", "\(id).docx"], in: folder)
            #expect(sample.status == 0, "\(sample.stderr)")
            let again = try CLIRunner.run(["new", "--type", id, "--input", "\(id).docx"], in: folder)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == sample.stdout, "\(id)")
        }
        let blank = try CLIRunner.run(["input-template", "--type", "zhengwu-gongkai", "--format", "docx", "-o", "材料.docx"], in: folder)
        #expect(blank.status == 0 && blank.stderr.contains("已生成政务公开工作总结材料填写表：材料.docx"), "\(blank.stderr)")
        let skeleton = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx"], in: folder)
        #expect(skeleton.status == 0 && skeleton.stdout.contains("【待填：主动公开信息条数】"))
        let exists = try CLIRunner.run(["input-template", "--type", "general", "-o", "材料.docx"], in: folder)
        #expect(exists.status == 2 && exists.stderr.contains("材料.docx"))
        let wrongType = try CLIRunner.run(["new", "--type", "general", "--input", "材料.docx"], in: folder)
        #expect(wrongType.status == 2 && wrongType.stderr.contains("这份材料表是报告类型 zhengwu-gongkai 的，与 --type general 不符"), "\(wrongType.stderr)")
        let noOutput = try CLIRunner.run(["input-template", "--type", "general", "--format", "docx"], in: folder)
        #expect(noOutput.status == 2 && noOutput.stderr.contains("须用 -o 指定输出文件"))
    }

    @Test func newReportsAFormMistakeAtItsRowAndABrokenFile() throws {
        let folder = try Paths.temporaryFolder()
        let plugin = try Self.plugin("zhengwu-gongkai")
        var form = MaterialFormWriter.form(plugin)
        Self.fill(&form, row: "依申请公开收到件数", with: ["很多"])
        try FormDocxWriter.write(form, metadata: DocxMetadata(title: "材料", creator: "测试")).write(to: folder.appendingPathComponent("材料.docx"))
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx", "-o", "总结.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误：材料.docx:表5第2行: “依申请公开收到件数”应为非负整数"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("总结.md").path))
        try Data("not a zip".utf8).write(to: folder.appendingPathComponent("坏.docx"))
        let broken = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "坏.docx"], in: folder)
        #expect(broken.status == 2 && broken.stderr.hasPrefix("zongjie: 错误：") && broken.stderr.contains("坏.docx"), "\(broken.stderr)")
    }

    @Test func slotsSharingALabelKeepTheirOwnRows() throws {
        let folder = try Paths.temporaryFolder()
        let plugin = folder.appendingPathComponent("plugins/liangxiang")
        try FileManager.default.createDirectory(at: plugin.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try """
        id: liangxiang
        name: 两项工作总结
        topic: 两项
        title: {pattern: "{unit}{year}年{topic}工作总结", keywords: [两项工作]}
        slots:
          - {key: unit, type: text, label: 单位名称}
          - {key: year, type: year, label: 年度}
          - {key: first, type: count, unit: 次, label: 次数}
          - {key: second, type: count, unit: 次, label: 次数}
        """.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try "全年开展甲{{first}}次、乙{{second}}次。\n".write(to: plugin.appendingPathComponent("templates/opening.mustache"), atomically: true, encoding: .utf8)
        try "unit: 某局\nyear: 2025\nfirst: 3\nsecond: 5\n".write(to: plugin.appendingPathComponent("sample.yaml"), atomically: true, encoding: .utf8)
        let sample = try CLIRunner.run(["new", "--type", "liangxiang", "--sample", "--save-input", "两项.docx"], in: folder)
        #expect(sample.status == 0 && sample.stdout.contains("全年开展甲3次、乙5次。"), "\(sample.stderr)")
        let again = try CLIRunner.run(["new", "--type", "liangxiang", "--input", "两项.docx"], in: folder)
        #expect(again.status == 0 && again.stdout == sample.stdout, "\(again.stderr)")
    }

    @Test func aDocxThatIsNoFormIsRefused() throws {
        let folder = try Paths.temporaryFolder()
        let draft = try CLIRunner.run(["new", "--type", "general", "--sample", "-o", "总结.docx"], in: folder)
        #expect(draft.status == 0)
        let result = try CLIRunner.run(["new", "--type", "general", "--input", "总结.docx"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("zongjie: 错误：总结.docx: 这不是 zongjie 的材料填写表"), "\(result.stderr)")
    }
}
