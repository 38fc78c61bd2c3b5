import Foundation
import Testing

/// `zongjie outline show ID`: sections, required, variants, hints and a type's lint additions.
@Suite struct OutlineShowTests {
    @Test func showsABuiltInType() throws {
        let root = try Paths.temporaryFolder()
        let result = try CLIRunner.run(["outline", "show", "zhengwu-gongkai"], in: root, environment: PluginFixture.isolated(root))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("政务公开工作总结（zhengwu-gongkai）的大纲，基于 annual-summary："))
        #expect(result.stdout.contains("5. 依申请公开办理情况 [applications]  可选"))
        #expect(result.stdout.contains("4. 工作开展情况 [achievements]  必需，至少 2 条\n   起草标题：政务公开工作开展情况\n   可识别的标题：政务公开工作开展情况、工作开展情况、"))
        #expect(result.stdout.contains("   提示：实事求是写明差距和不足"))
        #expect(result.stdout.contains("- 依申请公开数字（required，warning）：全文须写到 依申请公开或公开申请，并写明数字"))
    }

    @Test func showsACustomTypeAndTheBaseOutline() throws {
        let root = try Paths.temporaryFolder()
        let custom = try CLIRunner.run(["outline", "show", "baomi-gongzuo", "--plugin-dir", PluginFixture.sample.deletingLastPathComponent().path],
                                       in: root, environment: PluginFixture.isolated(root))
        #expect(custom.status == 0)
        #expect(custom.stdout.contains("5. 保密检查情况 [inspections]  必需"))
        #expect(custom.stdout.contains("- 检查台数合计（identity，error）：“保密检查情况”部分检查涉密计算机 = 合格 + 整改"))
        #expect(custom.stdout.contains("- 问题写实（length，warning）：“存在的问题”部分字数 不少于 30"))
        let base = try CLIRunner.run(["outline", "show", "annual-summary"], in: root, environment: PluginFixture.isolated(root))
        #expect(base.status == 0 && base.stdout.hasPrefix("基础大纲 年度工作总结（annual-summary）"))
    }

    @Test func unknownIDIsAUsageError() throws {
        let root = try Paths.temporaryFolder()
        let result = try CLIRunner.run(["outline", "show", "zhengwu-gongkia"], in: root, environment: PluginFixture.isolated(root))
        #expect(result.status == 2)
        #expect(result.stderr.contains("未知的报告类型或大纲“zhengwu-gongkia”。是否想写“zhengwu-gongkai”？"), "\(result.stderr)")
    }
}
