import Foundation
import Testing

/// A plugin that fails to load is never silently replaced by a built-in or by `general`;
/// the project's `./plugins` is found from its subfolders; a part the type requires is an error when missing;
/// a `general` override is the fallback of the other types too.
@Suite struct PluginLoadFailureTests {
    static let draft = """
    # 江川市档案馆2024年度保密工作总结

    2024年，江川市档案馆认真落实保密工作责任制，全年开展保密教育培训6次。现将2024年度保密工作总结如下：

    ## 一、保密工作开展情况

    （一）压实责任

    馆领导班子专题研究保密工作4次，与各科室签订保密责任书12份。

    （二）强化教育

    组织保密知识测试2次，全馆68名干部职工全部参加。

    ## 二、存在的问题

    部分新入职人员对涉密载体收发、登记流程还不熟悉，存在登记不及时的情况，需要进一步加强培训和督促检查。

    ## 三、2025年工作打算

    一是加强新入职人员保密培训。二是更新保密技术防护设备。

    江川市档案馆

    2025年1月9日

    """

    /// The sample plugin in `root/plugins`, broken by an unknown lint kind.
    static func brokenProject() throws -> URL {
        let (root, plugin) = try PluginFixture.copy()
        try PluginFixture.edit(plugin, "plugin.yaml", replacing: "kind: existence", with: "kind: existance")
        try Self.draft.write(to: root.appendingPathComponent("总结.md"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func lintOfADraftWhoseTitleNamesTheBrokenTypeStops() throws {
        let root = try Self.brokenProject()
        let result = try CLIRunner.run(["lint", "总结.md"], in: root, environment: PluginFixture.isolated(root))
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("总结.md: 报告类型“baomi-gongzuo”"), "\(result.stderr)")
        #expect(result.stderr.contains("未能加载") && result.stderr.contains("kind“existance”未知"), "\(result.stderr)")
    }

    @Test func typeNamingTheBrokenTypeStopsLintAndNew() throws {
        let root = try Self.brokenProject()
        let linted = try CLIRunner.run(["lint", "--type", "baomi-gongzuo", "总结.md"], in: root, environment: PluginFixture.isolated(root))
        #expect(linted.status == 2, "\(linted.stdout)\(linted.stderr)")
        #expect(linted.stderr.contains("zongjie: 错误：报告类型“baomi-gongzuo”") && linted.stderr.contains("kind“existance”未知"), "\(linted.stderr)")
        let drafted = try CLIRunner.run(["new", "--type", "baomi-gongzuo", "--sample"], in: root, environment: PluginFixture.isolated(root))
        #expect(drafted.status == 2, "\(drafted.stdout)\(drafted.stderr)")
        #expect(drafted.stderr.contains("报告类型“baomi-gongzuo”") && drafted.stderr.contains("未能加载"), "\(drafted.stderr)")
        let shown = try CLIRunner.run(["outline", "show", "baomi-gongzuo"], in: root, environment: PluginFixture.isolated(root))
        #expect(shown.status == 2 && shown.stderr.contains("未能加载"), "\(shown.stdout)\(shown.stderr)")
        // A draft of another type still lints.
        try "# 江川市档案馆2024年度工作总结\n\n正文。\n".write(to: root.appendingPathComponent("其他.md"), atomically: true, encoding: .utf8)
        let other = try CLIRunner.run(["lint", "其他.md"], in: root, environment: PluginFixture.isolated(root))
        #expect(other.status != 2, "\(other.stderr)")
    }

    @Test func projectPluginsAreFoundFromASubfolder() throws {
        let (root, _) = try PluginFixture.copy()
        let deeper = root.appendingPathComponent("2024/材料")
        try FileManager.default.createDirectory(at: deeper, withIntermediateDirectories: true)
        let result = try CLIRunner.run(["types"], in: deeper, environment: PluginFixture.isolated(root))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("baomi-gongzuo"), "\(result.stdout)")
        // The walk stops at the folder holding .zongjie.yaml: a plugins folder above it is not the project's.
        let project = root.appendingPathComponent("项目")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("草稿"), withIntermediateDirectories: true)
        try "rules: {}\n".write(to: project.appendingPathComponent(".zongjie.yaml"), atomically: true, encoding: .utf8)
        let inner = try CLIRunner.run(["types"], in: project.appendingPathComponent("草稿"), environment: PluginFixture.isolated(root))
        #expect(inner.status == 0, "\(inner.stderr)")
        #expect(!inner.stdout.contains("baomi-gongzuo"), "\(inner.stdout)")
    }

    /// The sample type marks 保密检查情况 `required: true`: a draft without it has a missing-section error.
    @Test func aPartThePluginRequiresIsAnErrorWhenMissing() throws {
        let (root, _) = try PluginFixture.copy()
        try Self.draft.write(to: root.appendingPathComponent("总结.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["lint", "--format", "json", "总结.md"], in: root, environment: PluginFixture.isolated(root))
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let findings = files.flatMap { $0["diagnostics"] as? [[String: Any]] ?? [] }
        let missing = findings.filter { ($0["rule"] as? String) == "missing-section" }
        #expect(missing.count == 1, "\(findings)")
        #expect(missing.first?["severity"] as? String == "error", "\(missing)")
        #expect((missing.first?["message"] as? String)?.contains("保密检查情况") == true, "\(missing)")
    }

    /// A project's `general` override changes the templates every other type falls back to.
    @Test func overridingGeneralOverridesTheFallbackTemplates() throws {
        let root = try Paths.temporaryFolder()
        let general = root.appendingPathComponent("plugins/general")
        try FileManager.default.createDirectory(at: general.deletingLastPathComponent(), withIntermediateDirectories: true)
        let scaffold = try CLIRunner.run(["plugin", "new", "general-copy", "--from", "general"], in: root, environment: PluginFixture.isolated(root))
        #expect(scaffold.status == 0, "\(scaffold.stderr)")
        try FileManager.default.moveItem(at: root.appendingPathComponent("plugins/general-copy"), to: general)
        try PluginFixture.edit(general, "plugin.yaml", replacing: "id: general-copy", with: "id: general")
        try PluginFixture.edit(general, "templates/problems.mustache", replacing: "对照上级要求和群众期盼，工作中还存在一些差距和不足：", with: "本单位自查发现的不足：")
        // zhengwu-gongkai has no problems template of its own: it falls back to the override.
        let drafted = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--sample"], in: root, environment: PluginFixture.isolated(root))
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(drafted.stdout.contains("本单位自查发现的不足："), "\(drafted.stdout)")
        // fazhi-zhengfu has its own problems template: the override does not touch it.
        let own = try CLIRunner.run(["new", "--type", "fazhi-zhengfu", "--sample"], in: root, environment: PluginFixture.isolated(root))
        #expect(own.status == 0, "\(own.stderr)")
        #expect(!own.stdout.contains("本单位自查发现的不足："), "\(own.stdout)")
    }
}
