import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting

/// Template names are checked where they stand: item fields only inside their list,
/// slots not hidden by an item field of the same name, sections in pairs, syntax errors in Chinese.
@Suite struct TemplateScopeTests {
    static let manifest = """
    id: scope-test
    name: 范围测试工作总结
    topic: 范围测试
    slots:
      - {key: unit, type: text, label: 单位名称}
      - {key: year, type: year, label: 年度}
      - {key: overview, type: paragraph, label: 总体情况}
      - {key: name, type: text, label: 联系人}
      - {key: categories, type: table, unit: 条, label: 分类}
      - {key: achievements, type: list, titled: true, label: 主要工作}
      - {key: plans, type: list, titled: true, label: 工作打算}
    """

    /// The problems of the plugin with `templates` (its own), every one in `plugins/scope-test/templates/…`.
    static func problems(_ templates: [String: String]) throws -> [String] {
        var files = ["plugin.yaml": manifest]
        for (name, text) in templates { files["templates/\(name).mustache"] = text }
        let general = try ReportTypeCatalog.builtIn().plugin(id: "general")?.templates ?? [:]
        let loading = PluginLoader.loadCollecting(files: files, location: "plugins/scope-test", origin: .path,
                                                  outlines: try ReportTypeCatalog.builtInOutlines(), inheritedTemplates: general)
        return loading.problems.map(\.description)
    }

    @Test func rightTemplatesHaveNoProblems() throws {
        let problems = try Self.problems([
            "opening": "{{overview}}{{#categories}}{{#first}}其中，{{/first}}{{name}}{{count}}条{{^last}}，{{/last}}{{/categories}}现将{{year}}年工作总结如下：",
            "achievements": "{{#achievements}}\n{{paren}}{{title}}\n{{#points}}{{shi}}{{text}}{{/points}}\n{{/achievements}}",
        ])
        // `name` inside the table row is the row's name: the slot `name` is hidden there.
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.hasPrefix("plugins/scope-test/templates/opening.mustache:1:51: “name”在这里指表格的一行的字段 name，把同名的填写项“name”遮住了。") == true, "\(problems)")
    }

    @Test func titleOutsideAListIsAnError() throws {
        let problems = try Self.problems(["opening": "{{overview}}\n{{title}}现将{{year}}年工作总结如下："])
        #expect(problems == ["plugins/scope-test/templates/opening.mustache:2:1: “title”是列表条目的字段，只能写在 {{#列表}}…{{/列表}} 之内（如 {{#achievements}}{{title}}{{/achievements}}）；在这里它是空的。"], "\(problems)")
    }

    @Test func listItemFieldAtTheTopLevelOfAPartIsAnError() throws {
        let problems = try Self.problems(["achievements": "{{body}}\n{{#achievements}}{{body}}{{/achievements}}"])
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.hasPrefix("plugins/scope-test/templates/achievements.mustache:1:1: “body”是列表条目的字段") == true, "\(problems)")
    }

    @Test func aPartialSeesItsCallersScope() throws {
        // `{{title}}` in a partial is right when included inside a list, wrong when included at the top.
        let inside = try Self.problems(["item-line": "{{title}}", "achievements": "{{#achievements}}{{> item-line}}{{/achievements}}"])
        #expect(inside.isEmpty, "\(inside)")
        let outside = try Self.problems(["item-line": "{{title}}", "achievements": "{{> item-line}}"])
        #expect(outside.contains { $0.hasPrefix("plugins/scope-test/templates/item-line.mustache:1:1: “title”是列表条目的字段") }, "\(outside)")
    }

    @Test func syntaxErrorsSpeakChineseAtTheTag() throws {
        let unfinished = try Self.problems(["opening": "{{overview}}现将{{year年工作总结如下：\n"])
        #expect(unfinished == ["plugins/scope-test/templates/opening.mustache:1:15: 模板语法错误：标签“{{year年工作总结如下：”没有写完整，缺少“}}”。请补上。"], "\(unfinished)")
        let unclosed = try Self.problems(["achievements": "{{#achievements}}\n{{title}}\n"])
        #expect(unclosed == ["plugins/scope-test/templates/achievements.mustache:1:1: 模板语法错误：{{#achievements}} 没有对应的结束标签 {{/achievements}}。请在这一段末尾补上。"], "\(unclosed)")
        let crossed = try Self.problems(["achievements": "{{#achievements}}{{#points}}{{text}}{{/achievements}}{{/points}}"])
        #expect(crossed.first?.contains("模板语法错误：结束标签 {{/achievements}} 与第1行第18列的开始标签 {{#points}} 不成对") == true, "\(crossed)")
        for problem in unfinished + unclosed + crossed {
            #expect(!problem.contains("unfinishedName") && !problem.contains("expectedSectionEnd"), "\(problem)")
        }
    }

    /// Errors the tag walk cannot see still come from the parser, in Chinese.
    @Test func parserErrorsAreWordedInChinese() throws {
        let problems = try Self.problems(["opening": "{{overview}}{{=<% =}}现将{{year}}年工作总结如下："])
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.contains("templates/opening.mustache:1:") == true, "\(problems)")
        #expect(problems.first?.contains("模板语法错误：改分隔符的标签 {{=… …=}} 写法不对。") == true, "\(problems)")
    }
}
