import Foundation
import Testing

/// A plugin is data: paths that leave its folder are refused, and a broken plugin
/// on the search path is reported and skipped without stopping the built-ins.
@Suite struct PluginSafetyTests {
    func check(_ root: URL) throws -> CLIResult {
        try CLIRunner.run(["plugin", "check", "plugins/baomi-gongzuo"], in: root, environment: PluginFixture.isolated(root))
    }

    @Test func samplePathWithDotDotIsRefused() throws {
        let (root, plugin) = try PluginFixture.copy()
        try PluginFixture.edit(plugin, "plugin.yaml", replacing: "sample: sample.yaml", with: "sample: ../../secret.yaml")
        try "unit: x\n".write(to: root.appendingPathComponent("secret.yaml"), atomically: true, encoding: .utf8)
        let line = try PluginFixture.line(of: "sample: ../", in: plugin, "plugin.yaml")
        let result = try check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/plugin.yaml:\(line):9: 路径“../../secret.yaml”含有“..”，会离开插件文件夹，已拒绝。"), "\(result.stdout)")
    }

    @Test func absoluteSamplePathIsRefused() throws {
        let (root, plugin) = try PluginFixture.copy()
        try PluginFixture.edit(plugin, "plugin.yaml", replacing: "sample: sample.yaml", with: "sample: /etc/hosts")
        let result = try check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("路径“/etc/hosts”是绝对路径，已拒绝。插件只能使用自己文件夹中的文件"), "\(result.stdout)")
    }

    @Test func sampleInASubfolderIsFine() throws {
        let (root, plugin) = try PluginFixture.copy()
        try FileManager.default.createDirectory(at: plugin.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: plugin.appendingPathComponent("sample.yaml"), to: plugin.appendingPathComponent("examples/2024.yaml"))
        try PluginFixture.edit(plugin, "plugin.yaml", replacing: "sample: sample.yaml", with: "sample: examples/2024.yaml")
        let result = try check(root)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func templateSymlinkOutOfTheFolderIsRefused() throws {
        let (root, plugin) = try PluginFixture.copy()
        let outside = root.appendingPathComponent("outside.mustache")
        try "{{year}}\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: plugin.appendingPathComponent("templates/extra.mustache"), withDestinationURL: outside)
        let result = try check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/templates/extra.mustache: “templates/extra.mustache”是指向插件文件夹之外"), "\(result.stdout)")
        #expect(result.stdout.contains("的符号链接，已拒绝"))
    }

    @Test func templatesFolderSymlinkedOutOfTheFolderIsRefused() throws {
        let (root, plugin) = try PluginFixture.copy()
        let templates = plugin.appendingPathComponent("templates")
        try FileManager.default.moveItem(at: templates, to: root.appendingPathComponent("shared-templates"))
        try FileManager.default.createSymbolicLink(at: templates, withDestinationURL: root.appendingPathComponent("shared-templates"))
        let result = try check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/templates: “templates”是指向插件文件夹之外"), "\(result.stdout)")
    }

    @Test func symlinkedManifestOutOfTheFolderIsRefused() throws {
        let (root, plugin) = try PluginFixture.copy()
        let manifest = plugin.appendingPathComponent("plugin.yaml")
        let outside = root.appendingPathComponent("elsewhere.yaml")
        try FileManager.default.moveItem(at: manifest, to: outside)
        try FileManager.default.createSymbolicLink(at: manifest, withDestinationURL: outside)
        let result = try check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("“plugin.yaml”是指向插件文件夹之外"), "\(result.stdout)")
    }

    @Test func symlinkInsideTheFolderIsFine() throws {
        let (root, plugin) = try PluginFixture.copy()
        try FileManager.default.moveItem(at: plugin.appendingPathComponent("sample.yaml"), to: plugin.appendingPathComponent("real.yaml"))
        try FileManager.default.createSymbolicLink(atPath: plugin.appendingPathComponent("sample.yaml").path, withDestinationPath: "real.yaml")
        let result = try check(root)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func brokenPluginOnTheSearchPathIsSkipped() throws {
        let (root, plugin) = try PluginFixture.copy()
        try PluginFixture.edit(plugin, "plugin.yaml", replacing: "kind: identity", with: "kind: identiy")
        let environment = PluginFixture.isolated(root)
        let types = try CLIRunner.run(["types"], in: root, environment: environment)
        #expect(types.status == 0)
        #expect(types.stdout.contains("zhengwu-gongkai") && !types.stdout.contains("baomi-gongzuo"))
        #expect(types.stderr.contains("zongjie: 警告：未能加载报告类型，已跳过"), "\(types.stderr)")
        #expect(types.stderr.contains("baomi-gongzuo/plugin.yaml:") && types.stderr.contains("kind“identiy”未知"))
        let drafted = try CLIRunner.run(["new", "--type", "general", "--sample", "-o", "a.md"], in: root, environment: environment)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let linted = try CLIRunner.run(["lint", "a.md"], in: root, environment: environment)
        #expect(linted.status == 0, "\(linted.stdout)\(linted.stderr)")
        #expect(linted.stderr.contains("已跳过"))
        let listed = try CLIRunner.run(["plugin", "list"], in: root, environment: environment)
        #expect(listed.status == 0)
        #expect(listed.stderr.contains("kind“identiy”未知"))
    }

    /// A broken override is never silently replaced by the built-in it overrides: a run that
    /// asks for the type stops with the load error; other types keep working.
    @Test func overridingABuiltInWithABrokenPluginStopsRunsThatAskForIt() throws {
        let (root, plugin) = try PluginFixture.copy()
        try PluginFixture.edit(plugin, "plugin.yaml", replacing: "id: baomi-gongzuo", with: "id: general")
        try PluginFixture.edit(plugin, "plugin.yaml", replacing: "min: 30", with: "min: -1")
        let result = try CLIRunner.run(["new", "--type", "general", "--sample"], in: root, environment: PluginFixture.isolated(root))
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("zongjie: 错误：报告类型“general”"), "\(result.stderr)")
        #expect(result.stderr.contains("未能加载") && result.stderr.contains("plugin.yaml:") && result.stderr.contains("min 不能为负数"), "\(result.stderr)")
        let other = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--sample"], in: root, environment: PluginFixture.isolated(root))
        #expect(other.status == 0, "\(other.stderr)")
    }
}
