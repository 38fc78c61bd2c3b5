import Foundation
import Testing

/// `plugin check` lists every problem of a plugin in one run — manifest, outline,
/// templates, figures, lint rules, example input — each at file:line:column, and counts them.
@Suite struct PluginCheckAllAtOnceTests {
    func check(_ edit: (URL) throws -> Void) throws -> (result: CLIResult, plugin: URL) {
        let (root, plugin) = try PluginFixture.copy()
        try edit(plugin)
        let result = try CLIRunner.run(["plugin", "check", "plugins/baomi-gongzuo"], in: root, environment: PluginFixture.isolated(root))
        return (result, plugin)
    }

    @Test func ninePlantedProblemsAreAllReportedInOneRun() throws {
        let (result, plugin) = try check { plugin in
            // 1 manifest: an unknown top-level key.
            try PluginFixture.edit(plugin, "plugin.yaml", replacing: "sample: sample.yaml\n", with: "sample: sample.yaml\ntitel: 保密\n")
            // 2 manifest: a slot type that does not exist.
            try PluginFixture.edit(plugin, "plugin.yaml", replacing: "  - key: trainings\n    type: count", with: "  - key: trainings\n    type: counter")
            // 3 outline: a part the base outline lacks, without a name.
            try PluginFixture.edit(plugin, "plugin.yaml", replacing: "    - key: problems\n      add_headings", with: "    - key: problem\n      add_headings")
            // 4 outline: a new part with no template.
            try PluginFixture.edit(plugin, "plugin.yaml", replacing: "    - key: problem\n", with: "    - key: rectification\n      name: 整改落实情况\n      after: inspections\n    - key: problem\n")
            // 5 template: a list item's field outside any list.
            try PluginFixture.edit(plugin, "templates/opening.mustache", replacing: "{{overview}}", with: "{{overview}}{{title}}")
            // 6 template: a Mustache syntax error.
            try PluginFixture.edit(plugin, "templates/inspections.mustache", replacing: "合格率{{pass_rate}}", with: "合格率{{pass_rate")
            // 7 figures: a derived figure over a slot that does not exist.
            try PluginFixture.edit(plugin, "plugin.yaml", replacing: "over: computers_checked", with: "over: computers_check")
            // 8 rules: a lint kind that does not exist.
            try PluginFixture.edit(plugin, "plugin.yaml", replacing: "kind: existence", with: "kind: existance")
            // 9 sample: a required fact left out.
            try PluginFixture.edit(plugin, "sample.yaml", replacing: "computers_checked: 120\n", with: "")
        }
        let out = result.stdout
        #expect(result.status == 1, "\(out)\(result.stderr)")
        let manifest = "plugins/baomi-gongzuo/plugin.yaml"
        let expected = [
            "\(manifest):\(try PluginFixture.line(of: "titel:", in: plugin, "plugin.yaml")):1: plugin.yaml 顶层中没有“titel”这一项。是否想写“title”？",
            "\(manifest):\(try PluginFixture.line(of: "type: counter", in: plugin, "plugin.yaml")):11: 未知的填写项类型“counter”。",
            "\(manifest):\(try PluginFixture.line(of: "- key: problem", in: plugin, "plugin.yaml")):7: 大纲 annual-summary 中没有“problem”部分。是否想写“problems”？",
            "\(manifest):\(try PluginFixture.line(of: "- key: rectification", in: plugin, "plugin.yaml")):7: 新增部分“rectification”（整改落实情况）没有模板 templates/rectification.mustache",
            "plugins/baomi-gongzuo/templates/opening.mustache:1:13: “title”是列表条目的字段，只能写在 {{#列表}}…{{/列表}} 之内",
            "plugins/baomi-gongzuo/templates/inspections.mustache:\(try PluginFixture.line(of: "{{pass_rate", in: plugin, "templates/inspections.mustache")):",
            "\(manifest):\(try PluginFixture.line(of: "over: computers_check", in: plugin, "plugin.yaml")):11: “computers_check”不是已定义的数字或表格填写项，也不是计算项。",
            "\(manifest):\(try PluginFixture.line(of: "kind: existance", in: plugin, "plugin.yaml")):11: 检查规则“不出现密级标志”的 kind“existance”未知。",
            "plugins/baomi-gongzuo/sample.yaml:1:1: 缺少必填项 computers_checked（检查涉密计算机台数）。",
        ]
        for line in expected {
            #expect(out.contains(line), "missing: \(line)\n\(out)")
        }
        #expect(out.contains("模板语法错误：标签“{{pass_rate。”没有写完整，缺少“}}”"), "\(out)")
        #expect(!out.contains("unfinishedName"), "\(out)")
        let problemLines = out.split(separator: "\n").filter { $0.hasPrefix("plugins/") }
        #expect(problemLines.count == 9, "\(out)")
        #expect(out.split(separator: "\n").last?.contains("共 9 个问题") == true, "\(out)")
    }

    @Test func aWrongValueAndAMissingFactInTheSampleComeTogether() throws {
        let (result, plugin) = try check { plugin in
            try PluginFixture.edit(plugin, "sample.yaml", replacing: "computers_checked: 120", with: "computers_checked: 很多")
            try PluginFixture.edit(plugin, "sample.yaml", replacing: "trainings: 6\n", with: "")
        }
        let line = try PluginFixture.line(of: "computers_checked: 很多", in: plugin, "sample.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("sample.yaml:\(line):20:"), "\(result.stdout)")
        #expect(result.stdout.contains("sample.yaml:1:1: 缺少必填项 trainings（保密教育培训次数）"), "\(result.stdout)")
        #expect(result.stdout.contains("共 2 个问题"), "\(result.stdout)")
    }

    /// A slot of an unknown type is one problem: the figures over it, the templates that use it
    /// and its value in the example input are not reported again.
    @Test func aWrongSlotTypeIsOneProblem() throws {
        let (result, plugin) = try check { plugin in
            try PluginFixture.edit(plugin, "plugin.yaml", replacing: "  - key: computers_checked\n    type: count", with: "  - key: computers_checked\n    type: cont")
        }
        let line = try PluginFixture.line(of: "type: cont", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/plugin.yaml:\(line):11: 未知的填写项类型“cont”。是否想写“count”？"), "\(result.stdout)")
        #expect(result.stdout.contains("共 1 个问题"), "\(result.stdout)")
    }

    /// A new part without a template is one problem naming the cause, not the placeholder,
    /// missing-section and plugin-rule findings of a draft without it.
    @Test func aNewPartWithoutATemplateIsNamedAsTheCause() throws {
        let (result, plugin) = try check { plugin in
            try FileManager.default.removeItem(at: plugin.appendingPathComponent("templates/inspections.mustache"))
        }
        let line = try PluginFixture.line(of: "- key: inspections", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/plugin.yaml:\(line):7: 新增部分“inspections”（保密检查情况）没有模板 templates/inspections.mustache"), "\(result.stdout)")
        #expect(result.stdout.contains("共 1 个问题"), "\(result.stdout)")
    }
}
