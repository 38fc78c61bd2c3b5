import Foundation
import Testing
import ZongjieDrafting

/// `zongjie plugin new`: the scaffold, its refusal to overwrite, and that what it makes passes `plugin check`.
@Suite struct PluginNewTests {
    @Test func scaffoldHasEveryFileAndPassesCheck() throws {
        let root = try Paths.temporaryFolder()
        let environment = PluginFixture.isolated(root)
        let made = try CLIRunner.run(["plugin", "new", "xiangcun-zhenxing", "--name", "乡村振兴工作总结", "--topic", "乡村振兴"], in: root, environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("已创建报告类型 xiangcun-zhenxing：plugins/xiangcun-zhenxing/"))
        let folder = root.appendingPathComponent("plugins/xiangcun-zhenxing")
        for file in ["plugin.yaml", "sample.yaml", "README.md", "templates/opening.mustache", "templates/achievements.mustache",
                     "templates/problems.mustache", "templates/plans.mustache", "templates/numbered-item.mustache"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "missing \(file)")
        }
        let manifest = try String(contentsOf: folder.appendingPathComponent("plugin.yaml"), encoding: .utf8)
        for field in ["# id：", "# name：", "# topic：", "# sample：", "# outline：", "# title：", "# slots：", "# derived：", "# lint：",
                      "existence", "substitution", "required", "identity", "length", "add_headings", "min_items", "titled"] {
            #expect(manifest.contains(field), "manifest lacks a comment on \(field)")
        }
        #expect(manifest.contains("name: 乡村振兴工作总结") && manifest.contains("keywords: [乡村振兴]"))
        let check = try CLIRunner.run(["plugin", "check", "plugins/xiangcun-zhenxing"], in: root, environment: environment)
        #expect(check.status == 0, "\(check.stdout)")
        let drafted = try CLIRunner.run(["new", "--type", "xiangcun-zhenxing", "--sample"], in: root, environment: environment)
        #expect(drafted.status == 0 && drafted.stdout.hasPrefix("# 江川市城市管理局2024年度乡村振兴工作总结"), "\(drafted.stdout)")
    }

    @Test func scaffoldFromATypeWithOutlineEditsAndFigures() throws {
        let root = try Paths.temporaryFolder()
        let environment = PluginFixture.isolated(root)
        let made = try CLIRunner.run(["plugin", "new", "gongkai-copy", "--from", "zhengwu-gongkai", "--dir", "mine"], in: root, environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("--plugin-dir mine"))
        let manifest = try String(contentsOf: root.appendingPathComponent("mine/gongkai-copy/plugin.yaml"), encoding: .utf8)
        #expect(manifest.contains("- key: applications") && manifest.contains("kind: yoy") && manifest.contains("name: 主动公开数字"))
        // The rate rule is written back as it reads: numerator, denominator, percent.
        #expect(manifest.contains("    kind: rate\n    numerator: [办结]\n    denominator: [公开申请, 依申请公开申请]\n    percent: [办结率]\n"))
        let check = try CLIRunner.run(["plugin", "check", "mine/gongkai-copy"], in: root, environment: environment)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("5 个计算项、3 条检查规则"))
    }

    /// Copies only what the base itself templates (and the partials those include): what it
    /// inherits from general stays inherited, so a scaffold from any type passes plugin check.
    @Test(arguments: ((try? ReportTypeCatalog.builtIn())?.types.map(\.id)) ?? [])
    func scaffoldFromEveryBuiltInPassesCheck(_ base: String) throws {
        let root = try Paths.temporaryFolder()
        let environment = PluginFixture.isolated(root)
        let made = try CLIRunner.run(["plugin", "new", "copy", "--from", base], in: root, environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        let check = try CLIRunner.run(["plugin", "check", "plugins/copy"], in: root, environment: environment)
        #expect(check.status == 0, "\(base): \(check.stdout)")
    }

    @Test func refusesAnExistingFolder() throws {
        let root = try Paths.temporaryFolder()
        let environment = PluginFixture.isolated(root)
        let folder = root.appendingPathComponent("plugins/baomi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "mine".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["plugin", "new", "baomi"], in: root, environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("zongjie: 错误：plugins/baomi：文件夹已存在，未做任何修改"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test func badIDAndUnknownBaseAreUsageErrors() throws {
        let root = try Paths.temporaryFolder()
        let environment = PluginFixture.isolated(root)
        let badID = try CLIRunner.run(["plugin", "new", "保密"], in: root, environment: environment)
        #expect(badID.status == 2 && badID.stderr.contains("id“保密”不合规"))
        let badBase = try CLIRunner.run(["plugin", "new", "baomi", "--from", "zhengwu"], in: root, environment: environment)
        #expect(badBase.status == 2 && badBase.stderr.contains("未知的报告类型“zhengwu”"), "\(badBase.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("plugins/baomi").path))
    }
}
