import Foundation
import Testing

/// Where plugins are found and which wins: built-in < user < project < ZONGJIE_PLUGIN_PATH < --plugin-dir,
/// for `new`, `lint`, `types` and `plugin list`.
@Suite struct SearchPathTests {
    /// A copy of the sample plugin renamed `name` in `folder/baomi-gongzuo`.
    static func place(in folder: URL, name: String) throws {
        let plugin = folder.appendingPathComponent("baomi-gongzuo")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PluginFixture.sample, to: plugin)
        try PluginFixture.edit(plugin, "plugin.yaml", replacing: "name: 保密工作总结", with: "name: \(name)")
    }

    /// A root with the plugin in all four places, each with its own name.
    static func everywhere() throws -> URL {
        let root = try Paths.temporaryFolder()
        try place(in: root.appendingPathComponent(".config/zongjie/plugins"), name: "用户版")
        try place(in: root.appendingPathComponent("plugins"), name: "项目版")
        try place(in: root.appendingPathComponent("env"), name: "环境变量版")
        try place(in: root.appendingPathComponent("cli"), name: "命令行版")
        return root
    }

    func types(_ arguments: [String], root: URL, path: String = "") throws -> String {
        let result = try CLIRunner.run(["types"] + arguments, in: root, environment: PluginFixture.isolated(root, ["ZONGJIE_PLUGIN_PATH": path]))
        #expect(result.status == 0, "\(result.stderr)")
        // The line of the custom type: its name tells which copy won.
        return result.stdout.components(separatedBy: "\n").first { $0.hasPrefix("baomi-gongzuo ") } ?? ""
    }

    @Test func laterFoldersWin() throws {
        let root = try Self.everywhere()
        #expect(try types(["--plugin-dir", "cli"], root: root, path: "env").contains("命令行版"))
        #expect(try types([], root: root, path: "env").contains("环境变量版"))
        #expect(try types([], root: root).contains("项目版"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("plugins"))
        #expect(try types([], root: root).contains("用户版"))
    }

    @Test func pathEntriesAreInOrderAndLaterWins() throws {
        let root = try Self.everywhere()
        #expect(try types([], root: root, path: "cli:env").contains("环境变量版"))
        #expect(try types([], root: root, path: "env:cli").contains("命令行版"))
    }

    @Test func pluginListShowsOriginsAndTheWinner() throws {
        let root = try Self.everywhere()
        let result = try CLIRunner.run(["plugin", "list", "--plugin-dir", "cli"], in: root,
                                       environment: PluginFixture.isolated(root, ["ZONGJIE_PLUGIN_PATH": "env"]))
        #expect(result.status == 0)
        let rows = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("baomi-gongzuo") }
        #expect(rows.count == 4, "\(result.stdout)")
        #expect(rows.first?.contains("命令行版") == true && rows.first?.contains("路径") == true && rows.first?.contains("生效（覆盖其余同 id 插件）") == true)
        #expect(rows.contains { $0.contains("项目版") && $0.contains("项目") && $0.contains("被覆盖（生效的是路径 ") })
        #expect(rows.contains { $0.contains("用户版") && $0.contains("用户") && $0.contains("被覆盖") })
        #expect(result.stdout.contains("general ") && result.stdout.contains("（程序内置）"))
        #expect(result.stdout.contains("内置 < 用户 < 项目 < ZONGJIE_PLUGIN_PATH < --plugin-dir"))
    }

    @Test func overridingABuiltInShowsBoth() throws {
        let root = try Paths.temporaryFolder()
        try Self.place(in: root.appendingPathComponent("plugins"), name: "项目的总结")
        try PluginFixture.edit(root.appendingPathComponent("plugins/baomi-gongzuo"), "plugin.yaml", replacing: "id: baomi-gongzuo", with: "id: general")
        let result = try CLIRunner.run(["plugin", "list"], in: root, environment: PluginFixture.isolated(root))
        let rows = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("general") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains("项目的总结") == true && rows.first?.contains("生效") == true)
        #expect(rows.last?.contains("单位年度工作总结") == true && rows.last?.contains("被覆盖") == true)
    }

    @Test func lintRecognisesACustomTypeFromEveryPlace() throws {
        let root = try Paths.temporaryFolder()
        let draft = try CLIRunner.run(["new", "--type", "baomi-gongzuo", "--sample", "--plugin-dir", PluginFixture.sample.deletingLastPathComponent().path, "-o", "d.md"],
                                      in: root, environment: PluginFixture.isolated(root))
        #expect(draft.status == 0, "\(draft.stderr)")
        // Without the plugin the title is linted as general and the identity rule cannot run.
        let plain = try CLIRunner.run(["lint", "--format", "json", "d.md"], in: root, environment: PluginFixture.isolated(root))
        #expect(plain.stdout.contains("\"reportType\":\"general\""), "\(plain.stdout)")
        let samples = PluginFixture.sample.deletingLastPathComponent().path
        let viaOption = try CLIRunner.run(["lint", "--format", "json", "--plugin-dir", samples, "d.md"], in: root, environment: PluginFixture.isolated(root))
        #expect(viaOption.status == 0 && viaOption.stdout.contains("\"reportType\":\"baomi-gongzuo\""), "\(viaOption.stdout)")
        let viaPath = try CLIRunner.run(["lint", "--format", "json", "d.md"], in: root, environment: PluginFixture.isolated(root, ["ZONGJIE_PLUGIN_PATH": samples]))
        #expect(viaPath.stdout.contains("\"reportType\":\"baomi-gongzuo\""), "\(viaPath.stdout)")
        try Self.place(in: root.appendingPathComponent(".config/zongjie/plugins"), name: "保密工作总结")
        let viaUser = try CLIRunner.run(["lint", "--format", "json", "d.md"], in: root, environment: PluginFixture.isolated(root))
        #expect(viaUser.stdout.contains("\"reportType\":\"baomi-gongzuo\""), "\(viaUser.stdout)")
        let typed = try CLIRunner.run(["lint", "--type", "baomi-gongzuo", "d.md"], in: root, environment: PluginFixture.isolated(root))
        #expect(typed.status == 0, "\(typed.stdout)\(typed.stderr)")
    }

    @Test func missingPluginDirIsAUsageError() throws {
        let root = try Paths.temporaryFolder()
        try "# x".write(to: root.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        for arguments in [["lint", "--plugin-dir", "nowhere", "a.md"], ["plugin", "list", "--plugin-dir", "nowhere"]] {
            let result = try CLIRunner.run(arguments, in: root, environment: PluginFixture.isolated(root))
            #expect(result.status == 2)
            #expect(result.stderr.contains("--plugin-dir nowhere：文件夹不存在"), "\(result.stderr)")
        }
    }
}
