import Foundation
import Testing
import ZongjieDrafting

/// A broken plugin with the id of a working one elsewhere on the search path is reported, with
/// both folders: when the broken copy should have won (it is later on the path), the user learns
/// that the other copy runs in its place; when it is overridden anyway, that nothing changes.
@Suite struct ShadowedPluginTests {
    /// The sample plugin working in `root/plugins` and broken (an unknown lint kind) in `root/extra`.
    static func twoCopies() throws -> (root: URL, working: String, broken: String) {
        let (root, plugin) = try PluginFixture.copy()
        let extra = root.appendingPathComponent("extra/baomi-gongzuo")
        try FileManager.default.createDirectory(at: extra.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: plugin, to: extra)
        try PluginFixture.edit(extra, "plugin.yaml", replacing: "kind: existence", with: "kind: existance")
        try PluginLoadFailureTests.draft.write(to: root.appendingPathComponent("总结.md"), atomically: true, encoding: .utf8)
        return (root, plugin.path, extra.path)
    }

    static func run(_ arguments: [String], _ root: URL, pluginPath: String) throws -> CLIResult {
        try CLIRunner.run(arguments, in: root, environment: PluginFixture.isolated(root, ["ZONGJIE_PLUGIN_PATH": pluginPath]))
    }

    @Test func aBrokenCopyThatShouldWinNamesTheCopyInUse() throws {
        let (root, working, broken) = try Self.twoCopies()
        let extra = root.appendingPathComponent("extra").path
        // ZONGJIE_PLUGIN_PATH comes after ./plugins: the broken copy should have won.
        for arguments in [["types"], ["lint", "总结.md"], ["new", "--type", "baomi-gongzuo", "--sample"], ["input-template", "--type", "baomi-gongzuo"]] {
            let result = try Self.run(arguments, root, pluginPath: extra)
            #expect(result.status != 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("zongjie: 警告：报告类型“baomi-gongzuo”（\(broken)）未能加载，已跳过；本次改用搜索路径上优先级较低的同 id 类型（\(working)），它可能是旧版本。"),
                    "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("kind“existance”未知"), "\(arguments): \(result.stderr)")
        }
        let listed = try Self.run(["plugin", "list"], root, pluginPath: extra)
        #expect(listed.stdout.contains(broken) && listed.stdout.contains("未能加载，已跳过"), "\(listed.stdout)")
        #expect(listed.stderr.contains("本次改用搜索路径上优先级较低的同 id 类型（\(working)）"), "\(listed.stderr)")
    }

    @Test func aBrokenCopyThatIsOverriddenAnywaySaysSo() throws {
        let (root, working, broken) = try Self.twoCopies()
        // Swap the roles: the working copy is the later one on the path.
        let folder = root.appendingPathComponent("later")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: working, toPath: folder.appendingPathComponent("baomi-gongzuo").path)
        try FileManager.default.moveItem(atPath: broken, toPath: working)
        let result = try Self.run(["types"], root, pluginPath: folder.path)
        #expect(result.status == 0)
        #expect(result.stderr.contains("zongjie: 警告：报告类型“baomi-gongzuo”（\(working)）未能加载，已跳过；搜索路径上优先级更高的同 id 类型（\(folder.path)/baomi-gongzuo）照常使用，本次运行不受影响。"),
                "\(result.stderr)")
    }

    @Test func pluginCheckSaysWhichCopyRuns() throws {
        let (root, working, broken) = try Self.twoCopies()
        let extra = root.appendingPathComponent("extra").path
        let checkBroken = try Self.run(["plugin", "check", "extra/baomi-gongzuo"], root, pluginPath: extra)
        #expect(checkBroken.status == 1)
        #expect(checkBroken.stdout.contains("注意：本文件夹未能加载，zongjie lint、new 等现在使用的是搜索路径上同 id（baomi-gongzuo）的 \(working)（优先级较低、可能是旧版本）。"),
                "\(checkBroken.stdout)")
        let checkWorking = try Self.run(["plugin", "check", "plugins/baomi-gongzuo"], root, pluginPath: extra)
        #expect(checkWorking.status == 0, "\(checkWorking.stdout)")
        #expect(checkWorking.stdout.contains("注意：搜索路径上优先级更高的同 id 插件 \(broken) 未能加载，所以 zongjie lint、new 等现在使用的是本文件夹；修好它后它将取代本文件夹。"),
                "\(checkWorking.stdout)")
        #expect(checkWorking.stdout.contains("kind“existance”未知"))
    }

    @Test func aLoneBrokenPluginKeepsItsWarning() throws {
        let root = try PluginLoadFailureTests.brokenProject()
        let result = try CLIRunner.run(["types"], in: root, environment: PluginFixture.isolated(root))
        #expect(result.stderr.hasPrefix("zongjie: 警告：未能加载报告类型，已跳过：\n"), "\(result.stderr)")
    }
}
