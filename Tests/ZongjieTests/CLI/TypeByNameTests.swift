import Foundation
import Testing
import ZongjieDrafting
import ZongjieSession

/// Every `--type` (lint, new, input-template, outline show, the servers) takes the Chinese name
/// or 事项 of a report type as `new` does, and an unknown one lists the types with id and name.
@Suite struct TypeByNameTests {
    static let draft = "某局2024年工作总结\n\n一、主要工作\n1、修订制度。\n\n二、存在的问题\n人员不足。\n\n三、下一步工作计划\n完善制度。\n"

    func lint(_ type: String?) throws -> CLIResult {
        let folder = try Paths.temporaryFolder()
        try Data(Self.draft.utf8).write(to: folder.appendingPathComponent("a.md"))
        return try CLIRunner.run(["lint", "a.md"] + (type.map { ["--type", $0] } ?? []), in: folder)
    }

    @Test(arguments: [("政务公开", "zhengwu-gongkai"), ("法治政府建设工作总结", "fazhi-zhengfu"), ("安全生产", "anquan-shengchan")])
    func lintTakesTheChineseName(name: String, id: String) throws {
        let byName = try lint(name)
        let byID = try lint(id)
        #expect(byName.stderr.isEmpty, "\(byName.stderr)")
        #expect(byName.status == byID.status && byName.stdout == byID.stdout)
    }

    @Test func theNamedTypeIsTheOneLinted() throws {
        // 政务公开's outline asks for parts the general outline does not: auto-detection reports otherwise.
        let byName = try lint("政务公开")
        #expect(byName.stdout.contains("政务公开"), "\(byName.stdout)")
        #expect(byName.stdout != (try lint(nil)).stdout)
    }

    @Test func lintUnknownTypeListsIDsAndNames() throws {
        let unknown = try lint("党建")
        #expect(unknown.status == 2 && unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("zongjie: 错误：未知的报告类型“党建”。可用的报告类型：\n"), "\(unknown.stderr)")
        for line in ["  zhengwu-gongkai\t政务公开工作总结", "  fazhi-zhengfu\t法治政府建设工作总结", "  general\t单位年度工作总结"] {
            #expect(unknown.stderr.contains(line + "\n"), "\(unknown.stderr)")
        }
    }

    @Test func outlineShowTakesTheChineseName() throws {
        let byName = try CLIRunner.run(["outline", "show", "法治政府建设"])
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.stdout.hasPrefix("法治政府建设工作总结（fazhi-zhengfu）的大纲"))
        #expect(byName.stdout == (try CLIRunner.run(["outline", "show", "fazhi-zhengfu"])).stdout)
        let base = try CLIRunner.run(["outline", "show", "annual-summary"])
        #expect(base.status == 0 && base.stdout.hasPrefix("基础大纲"))
        let unknown = try CLIRunner.run(["outline", "show", "党建"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("zongjie: 错误：未知的报告类型或大纲“党建”。"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("  zhengwu-gongkai\t政务公开工作总结\n") && unknown.stderr.contains("annual-summary"))
    }

    @Test func pluginNewTakesTheChineseNameOfItsBase() throws {
        let root = try Paths.temporaryFolder()
        let result = try CLIRunner.run(["plugin", "new", "baomi", "--from", "政务公开"], in: root, environment: PluginFixture.isolated(root))
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOf: root.appendingPathComponent("plugins/baomi/plugin.yaml"), encoding: .utf8)
        #expect(manifest.contains("zhengwu-gongkai") || manifest.contains("政务公开"), "\(manifest)")
    }

    @Test func sessionResolvesTheNameForEveryFrontEnd() throws {
        var options = LintSessionOptions()
        options.reportType = "政务公开"
        let session = try LintSession(options: options, catalog: try ReportTypeCatalog.builtIn())
        #expect(session.options.reportType == "zhengwu-gongkai")
        options.reportType = "no-such"
        #expect {
            _ = try LintSession(options: options, catalog: try ReportTypeCatalog.builtIn())
        } throws: { error in
            "\(error)".hasPrefix("未知的报告类型“no-such”。可用的报告类型：\n") && "\(error)".contains("  gongkai-nianbao\t政府信息公开工作年度报告")
        }
    }
}
