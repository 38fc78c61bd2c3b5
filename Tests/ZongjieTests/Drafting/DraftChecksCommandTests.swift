import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting

/// What `zongjie new` refuses without being told: figures that disagree, a 成文日期 that cannot
/// belong to the year, an output format it does not write; and what it accepts: a type's Chinese name.
@Suite struct DraftChecksCommandTests {
    static let inconsistent = """
    unit: 某局
    year: 2024
    date: 2025-01-10
    overview: 全年工作平稳。
    proactive_total: 862
    disclosure_categories:
      - name: 工作动态
        count: 500
      - name: 政策文件
        count: 344
    policy_interpretations: 12
    applications_received: 3
    applications_handled: 5
    """

    static func write(_ text: String, _ name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func inconsistentFiguresStopTheDraftListingEveryProblem() throws {
        let folder = try Paths.temporaryFolder()
        try Self.write(Self.inconsistent, "in.yaml", in: folder)
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "in.yaml", "-o", "稿.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("in.yaml:5:18: 分类信息合计为844条，与“主动公开信息条数”（862条）不一致"), "\(result.stderr)")
        #expect(result.stderr.contains("in.yaml:13:23: “依申请公开办结件数”（5件）大于“依申请公开收到件数”（3件）"))
        #expect(result.stderr.contains("--allow-inconsistent"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("稿.md").path))
    }

    @Test func allowedInconsistencyIsMarkedInTheDraftAndLintFindsIt() throws {
        let folder = try Paths.temporaryFolder()
        try Self.write(Self.inconsistent, "in.yaml", in: folder)
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "in.yaml", "--allow-inconsistent", "-o", "稿.md"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("zongjie: 警告：in.yaml:5:18: 分类信息合计为844条"))
        let draft = try String(contentsOf: folder.appendingPathComponent("稿.md"), encoding: .utf8)
        #expect(draft.contains("共主动公开政府信息【待核对：分类信息合计为844条】862条"), "\(draft)")
        #expect(draft.contains("办结【待核对：大于依申请公开收到件数3件】5件"))
        let lint = try CLIRunner.run(["lint", "稿.md"], in: folder)
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("【待核对：分类信息合计为844条】") && lint.stdout.contains("placeholder"), "\(lint.stdout)")
    }

    @Test func reportDatedOutsideItsYearIsAnErrorUnlessAllowed() throws {
        let folder = try Paths.temporaryFolder()
        try Self.write("unit: 某局\nyear: 2025\ndate: 2025-01-08\n", "in.yaml", in: folder)
        let refused = try CLIRunner.run(["new", "--type", "general", "--input", "in.yaml"], in: folder)
        #expect(refused.status == 2 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("zongjie: 错误：in.yaml:3:7: 成文日期2025年1月8日与报告年度2025年不相符：2025年度的总结应在2025年11月1日至2026年3月31日之间成文"),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("--allow-date"))
        let allowed = try CLIRunner.run(["new", "--type", "general", "--input", "in.yaml", "--allow-date"], in: folder)
        #expect(allowed.status == 0 && allowed.stdout.contains("2025年1月8日"))
        try Self.write("unit: 某局\nyear: 2025\ndate: 2025-12-20\n", "december.yaml", in: folder)
        let december = try CLIRunner.run(["new", "--type", "general", "--input", "december.yaml"], in: folder)
        #expect(december.status == 0)
    }

    @Test(arguments: ["总结.doc", "总结.wps", "总结.DOC"]) func oldWordFormatsNameDocx(name: String) throws {
        let folder = try Paths.temporaryFolder()
        let result = try CLIRunner.run(["new", "--type", "general", "--sample", "-o", name], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("zongjie: 错误：\(name)：zongjie 不写") && result.stderr.contains("-o 总结.docx"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func helpSaysDocxWritesAWordFile() throws {
        let help = try CLIRunner.run(["new", "--help"])
        #expect(help.stdout.contains("-o 总结.docx 写出 Word 文件") && help.stdout.contains("不支持 .doc 和 .wps"), "\(help.stdout)")
    }

    @Test(arguments: ["政务公开", "政务公开工作总结", "zhengwu-gongkai"]) func typeByChineseName(name: String) throws {
        let result = try CLIRunner.run(["new", "--type", name, "--sample"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: Paths.packageRoot.appendingPathComponent("samples/zhengwu-gongkai.md"), encoding: .utf8)
        #expect(result.stdout == golden)
        let template = try CLIRunner.run(["input-template", "--type", name])
        #expect(template.status == 0 && template.stdout.hasPrefix("# 政务公开工作总结（zhengwu-gongkai）"))
    }

    @Test func typesSaysWhatEachTypeIsFor() throws {
        let result = try CLIRunner.run(["types"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        let zhengwu = try #require(lines.first { $0.hasPrefix("zhengwu-gongkai ") })
        let nianbao = try #require(lines.first { $0.hasPrefix("gongkai-nianbao ") })
        #expect(zhengwu.contains("政务公开办报送的年度总结") && zhengwu.contains("gongkai-nianbao"))
        #expect(nianbao.contains("向社会公布的法定年报") && nianbao.contains("zhengwu-gongkai"))
        #expect(lines.count == ZeroCountsTests.ids.count)
    }
}
