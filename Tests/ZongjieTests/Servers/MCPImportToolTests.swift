import Foundation
import Testing
import ZongjieRPC

/// The MCP `import` tool and `draft` with `from`, end to end: the real binary, a scripted
/// client, the same material as `zongjie import` writes, and bad input answered as a tool
/// error while the server keeps serving.
@Suite(.serialized) struct MCPImportToolTests {
    /// Last year's report in the shape of the corpus: title, opening, three numbered parts with
    /// figures, plans for the next year, signature. Invented text.
    static let lastYear = """
    XX市司法局2023年度法治政府建设工作总结

    2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真履行法治政府建设职责，现将有关情况总结如下：
    一、主要工作和成效
    （一）完善制度体系。全年审核规范性文件46件，清理文件128件，制度建设进一步规范。
    （二）推进严格执法。组织执法人员培训12期，覆盖860人次，行政执法水平不断提高。
    二、存在的问题
    一是普法宣传方式还不够丰富。二是执法队伍专业力量仍然不足。
    三、2024年工作打算
    一是持续完善制度体系，全面推进规范性文件备案审查。二是加强执法队伍建设，开展分级分类培训。
    XX市司法局
    2023年12月28日

    """

    static func start(_ folder: URL) throws -> ServerProcess {
        let server = try ServerProcess(["mcp"], framing: .lines, folder: folder)
        _ = try MCPServerTests.initialize(server)
        return server
    }

    @Test func importReturnsTheMaterialTheCommandLineWrites() throws {
        let folder = try Paths.temporaryFolder()
        try Data(Self.lastYear.utf8).write(to: folder.appendingPathComponent("上年.md"))
        let cli = try CLIRunner.run(["import", "上年.md"], in: folder)
        #expect(cli.status == 0, "\(cli.stderr)")

        let server = try Self.start(folder)
        let list = try server.request("tools/list")
        let names = list["result"]?["tools"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(names.contains("import"))

        let imported = try MCPServerTests.call(server, "import", ["path": "上年.md"])
        #expect(!imported.isError, "\(imported.text.prefix(300))")
        #expect(imported.text == cli.stdout, "the same YAML as zongjie import")
        #expect(imported.text.contains("structure:") && imported.text.contains("【待更新：上年为46件】"))
        #expect(imported.all.count == 2)
        let summary = imported.all.last ?? ""
        #expect(summary.contains("2024年度") && summary.contains("条上年计划待写完成情况"), "\(summary)")
        // Headings keep their template variables, as the material has them.
        #expect(summary.contains("保留的原文结构：一、主要工作和成效；二、存在的问题；三、{{nextYear}}年工作打算"), "\(summary)")

        // The text itself, as an assistant that has the report open would send it.
        let byText = try MCPServerTests.call(server, "import", ["text": .string(Self.lastYear), "format": "txt", "same_year": true])
        #expect(!byText.isError, "\(byText.text.prefix(300))")
        #expect(byText.text.contains("上年.txt") && byText.text.contains("year: 2023") && !byText.text.contains("【待更新"))

        // new --from through draft: this year's draft straight from last year's report.
        let drafted = try MCPServerTests.call(server, "draft", ["from": "上年.md", "format": "txt", "year": 2025])
        #expect(!drafted.isError, "\(drafted.text.prefix(300))")
        #expect(drafted.text.hasPrefix("XX市司法局2025年度法治政府建设工作总结"), "\(drafted.text.prefix(100))")
        #expect(drafted.text.contains("【待更新：上年为128件】"))
        #expect(drafted.all.last?.contains("需要补充") == true)
        #expect(try server.close() == 0)
    }

    /// A real summary from the corpus, when present: the tool's YAML is the command line's.
    @Test(.enabled(if: !ImportSupport.corpusFiles().isEmpty, "../shared/corpus not present"))
    func corpusReportMatchesTheCommandLine() throws {
        let folder = try Paths.temporaryFolder()
        let source = try #require(ImportSupport.corpusFiles().first)
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("上年.txt"))
        let cli = try CLIRunner.run(["import", "上年.txt"], in: folder)
        #expect(cli.status == 0, "\(cli.stderr.prefix(300))")
        let server = try Self.start(folder)
        let imported = try MCPServerTests.call(server, "import", ["path": "上年.txt"])
        #expect(!imported.isError && imported.text == cli.stdout, "\(imported.text.prefix(300))")
        #expect(try server.close() == 0)
    }

    @Test func badInputIsAToolErrorAndTheServerKeepsServing() throws {
        let folder = try Paths.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("上年材料"), withIntermediateDirectories: true)
        let server = try Self.start(folder)
        let noYear = Self.lastYear.replacingOccurrences(of: "2023", with: "").replacingOccurrences(of: "2024", with: "")
        let cases: [(JSON, String)] = [
            ([:], "请给出 path（上年总结的文件路径）或 text（上年总结的全文）之一。"),
            (["path": "没有这个文件.docx"], "没有这个文件.docx"),
            (["path": "上年材料"], "上年材料：是文件夹。"),
            (["text": "今年以来，我们按照上级要求开展了大量工作，取得了明显成效，群众满意度不断提高，各项工作稳步推进，全年完成各项任务，现将有关情况总结如下：\n一、主要工作\n完成任务。\n"], "找不到标题"),
            (["text": .string(noYear)], "无法推算新报告的年度。请用 year 指定新报告的年度（如 2025）"),
            (["text": .string(Self.lastYear), "type": "no-such-type"], "未知的报告类型“no-such-type”"),
            (["text": .string(Self.lastYear), "year": "明年"], "year 应为四位年份"),
            (["text": .string(Self.lastYear), "year": 2025, "same_year": true], "same_year 与 year 只能选一个"),
            (["text": .string(Self.lastYear), "format": "docx"], "format 只能是 md 或 txt"),
        ]
        for (arguments, message) in cases {
            let result = try MCPServerTests.call(server, "import", arguments)
            #expect(result.isError, "\(arguments.serialized.prefix(80))")
            #expect(result.text.hasPrefix("zongjie: 错误："), "\(result.text.prefix(200))")
            #expect(result.text.contains(message), "\(result.text.prefix(200))")
        }
        let both = try MCPServerTests.call(server, "draft", ["from": "上年.md", "material": "unit: XX局\n"])
        #expect(both.isError && both.text.contains("from 不能与 material 同用"))

        let list = try server.request("tools/list")
        #expect(list["result"]?["tools"]?.arrayValue?.count == 5)
        #expect(try server.close() == 0)
    }
}
