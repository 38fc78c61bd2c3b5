import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// The plugin lint kind `complete`: a plugin declares the list after certain totals complete,
/// and `sum-mismatch` then reports parts that add up to less, as it does for 分别为.
@Suite struct PluginCompleteListTests {
    static func linter(_ rules: [PluginLintRule]) -> Linter {
        var type = ReportType(id: "t", name: "测试工作总结", titleKeywords: ["测试工作"],
                              outline: PluginRuleKindTests.general?.outline ?? Outline(id: "x", name: "", sections: []), origin: .path)
        type.lintRules = rules
        return Linter(rules: [SumMismatchRule(), PluginRule()], catalog: ReportTypeCatalog(types: [type]))
    }

    static let carriers = PluginLintRule(name: "载体分类完整", kind: .complete(totals: ["涉密载体", "清查涉密载体"]))

    func lint(_ rules: [PluginLintRule], _ body: String) -> [Diagnostic] {
        Self.linter(rules).lint(PluginRateAndExceptTests.document(body), path: "a.txt")
    }

    @Test func sumMismatchTrustsADeclaredList() {
        let body = "全年清查涉密载体120件，其中纸质载体80件、电子载体30件。"
        // Undeclared, 其中 may name only some parts: no finding.
        #expect(lint([], body).isEmpty)
        let found = lint([Self.carriers], body)
        #expect(found.map(\.ruleID) == [SumMismatchRule.id], "\(found.map(\.message))")
        #expect(found.first?.message == "合计数与分项之和不符：合计为120件，其中各项相加为80+30=110件，请核对合计或分项。")
        #expect(found.first?.range == SourceRange(line: 5, startColumn: 9, endColumn: 13))
        #expect(lint([Self.carriers], "全年清查涉密载体120件，其中纸质载体90件、电子载体30件。").isEmpty)
    }

    @Test func onlyTheDeclaredTotalsAreTrusted() {
        // Another total, or the word too far from the number, declares nothing.
        #expect(lint([Self.carriers], "全年开展保密检查12次，其中专项检查5次、日常检查4次。").isEmpty)
        #expect(lint([Self.carriers], "涉密载体管理方面，全年共清理120件，其中纸质80件、电子30件。").isEmpty)
        // A list scoped to a part the text is not in.
        let scoped = PluginLintRule(name: "载体", kind: .complete(totals: ["涉密载体"]), section: "problems")
        #expect(lint([scoped], "全年清查涉密载体120件，其中纸质载体80件、电子载体30件。").isEmpty)
        let inPart = PluginLintRule(name: "载体", kind: .complete(totals: ["涉密载体"]), section: "achievements")
        #expect(lint([inPart], "全年清查涉密载体120件，其中纸质载体80件、电子载体30件。").count == 1)
    }

    @Test func decodesAndReportsMistakes() throws {
        let manifest = try ManifestDecoder.decode(PluginRateAndExceptTests.manifest(lint: """
          - name: 载体分类完整
            kind: complete
            totals: [涉密载体, 清查涉密载体]
            section: achievements
        """), file: "plugin.yaml")
        #expect(manifest.lint.first?.kind == .complete(totals: ["涉密载体", "清查涉密载体"]))
        #expect(manifest.lint.first?.section == "achievements")
        let found = ManifestAndOutlineTests.problems(PluginRateAndExceptTests.manifest(lint: """
          - name: 缺词
            kind: complete
          - name: 空词
            kind: complete
            totals: []
          - name: 多余
            kind: complete
            totals: [载体]
            parts: [纸质]
        """))
        #expect(found.contains { $0.line == 10 && $0.message.contains("缺少 lint[缺词].totals") }, "\(found)")
        #expect(found.contains { $0.line == 14 && $0.message.contains("lint[空词].totals 为空列表") }, "\(found)")
        #expect(found.contains { $0.line == 18 && $0.message.contains("没有“parts”这一项") }, "\(found)")
    }

    @Test func scaffoldAndOutlineShowNameTheKind() throws {
        let general = try #require(try ReportTypeCatalog.builtIn().plugin(id: "general"))
        let scaffold = try #require(PluginScaffold.files(id: "shiyan", base: general, general: general.templates, name: nil, topic: nil)["plugin.yaml"])
        #expect(scaffold.contains("complete（totals）") && scaffold.contains("#   complete      totals: [..]"), "\(scaffold)")
        var base = general
        base.manifest.lint = [Self.carriers]
        let copied = try #require(PluginScaffold.files(id: "shiyan", base: base, general: general.templates, name: nil, topic: nil)["plugin.yaml"])
        #expect(copied.contains("    kind: complete\n    totals: [涉密载体, 清查涉密载体]\n"), "\(copied)")
    }

    @Test func pluginCheckNamesADeclarationTheExampleNeverUses() throws {
        var type = try #require(PluginRuleKindTests.general)
        type.lintRules = [Self.carriers]
        let linter = Linter(rules: [], catalog: ReportTypeCatalog(types: [type]))
        let without = linter.context(for: PluginRateAndExceptTests.document("全年开展保密检查12次。"), path: "a.md", reportType: type.id)
        #expect(PluginRule.unusedRules(in: without).map(\.reason) == ["示例草稿中找不到紧跟在“涉密载体”或“清查涉密载体”之后的数字（同一分句内、8 字以内），这条声明永远不起作用"])
        let with = linter.context(for: PluginRateAndExceptTests.document("全年清查涉密载体120件。"), path: "a.md", reportType: type.id)
        #expect(PluginRule.unusedRules(in: with).isEmpty)
    }
}
