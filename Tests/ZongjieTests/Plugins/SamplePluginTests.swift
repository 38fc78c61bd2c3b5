import Foundation
import Testing

/// samples/plugins/baomi-gongzuo used like a built-in: drafted with `new`, linted
/// with `lint`, found through --plugin-dir and ZONGJIE_PLUGIN_PATH.
@Suite struct SamplePluginTests {
    static let samples = PluginFixture.sample.deletingLastPathComponent().path

    func draft(_ root: URL, environment: [String: String], extra: [String] = []) throws -> String {
        let result = try CLIRunner.run(["new", "--type", "baomi-gongzuo", "--sample", "-o", "d.md"] + extra, in: root, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("已生成保密工作总结草稿：d.md"))
        return try String(contentsOf: root.appendingPathComponent("d.md"), encoding: .utf8)
    }

    @Test func draftsThroughEitherWayAndLintsClean() throws {
        let root = try Paths.temporaryFolder()
        let viaOption = try draft(root, environment: PluginFixture.isolated(root), extra: ["--plugin-dir", Self.samples])
        #expect(viaOption.hasPrefix("# 江川市档案馆2024年度保密工作总结\n"))
        #expect(viaOption.contains("## 二、保密检查情况\n\n2024年，共检查涉密计算机120台，其中合格117台、当场整改3台，合格率97.5%。"))
        #expect(viaOption.contains("### （一）开展涉密计算机专项检查")) // the shared partial numbered-item
        let other = try Paths.temporaryFolder()
        let viaPath = try draft(other, environment: PluginFixture.isolated(other, ["ZONGJIE_PLUGIN_PATH": Self.samples]))
        #expect(viaPath == viaOption)
        let lint = try CLIRunner.run(["lint", "d.md"], in: other, environment: PluginFixture.isolated(other, ["ZONGJIE_PLUGIN_PATH": Self.samples]))
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.contains("没有发现问题"))
    }

    @Test func lintFindsWhatTheSampleTypeForbids() throws {
        let root = try Paths.temporaryFolder()
        let environment = PluginFixture.isolated(root, ["ZONGJIE_PLUGIN_PATH": Self.samples])
        var text = try draft(root, environment: environment)
        text = text.replacingOccurrences(of: "合格117台", with: "合格116台")
            .replacingOccurrences(of: "逐台检查涉密计算机", with: "逐台检查涉密电脑")
            .replacingOccurrences(of: "修订涉密载体管理", with: "修订机密★涉密载体管理")
        try text.write(to: root.appendingPathComponent("d.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["lint", "--format", "json", "d.md"], in: root, environment: environment)
        #expect(result.status == 1)
        for name in ["检查台数合计", "规范用语", "不出现密级标志"] {
            #expect(result.stdout.contains("\"pluginRule\":\"\(name)\""), "\(name): \(result.stdout)")
        }
        #expect(result.stdout.contains("\"reportType\":\"baomi-gongzuo\""))
        let fixed = try CLIRunner.run(["lint", "--fix-wording", "d.md"], in: root, environment: environment)
        #expect(fixed.stderr.contains("已修复：“涉密电脑”→“涉密计算机” [plugin-rule]"), "\(fixed.stderr)")
    }

    @Test func missingInspectionsPartIsAMissingSection() throws {
        let root = try Paths.temporaryFolder()
        let environment = PluginFixture.isolated(root, ["ZONGJIE_PLUGIN_PATH": Self.samples])
        let text = """
        江川市档案馆2024年度保密工作总结

        2024年，我馆认真落实保密工作责任制。现将2024年度保密工作总结如下：
        一、保密工作开展情况
        （一）压实责任。签订保密责任书12份。
        （二）强化教育。组织保密知识测试2次。
        二、存在的问题
        部分新入职人员对涉密载体收发、登记流程还不熟悉，存在登记不及时的情况。
        三、2025年工作打算
        （一）加强培训。入职一个月内完成保密知识培训。
        （二）更新设备。年内完成检查工具升级。

        江川市档案馆
        2025年1月9日
        """
        try text.write(to: root.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["lint", "--format", "json", "d.txt"], in: root, environment: environment)
        #expect(result.stdout.contains("\"section\":\"inspections\""), "\(result.stdout)")
    }
}
