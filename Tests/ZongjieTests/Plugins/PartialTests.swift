import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting

/// Partials (`{{> name}}`) shared between a plugin's templates: its own, inherited from
/// general, and a name that looks like a path is only a name (templates cannot read files).
@Suite struct PartialTests {
    static let manifest = """
    id: partial-test
    name: 片段测试工作总结
    topic: 片段测试
    slots:
      - {key: unit, type: text, label: 单位名称}
      - {key: year, type: year, label: 年度}
      - {key: overview, type: paragraph, label: 总体情况}
      - {key: meetings, type: count, unit: 次, label: 会议次数}
      - {key: achievements, type: list, titled: true, label: 主要工作}
      - {key: plans, type: list, titled: true, label: 工作打算}
    """

    static func load(_ templates: [String: String]) throws -> Plugin {
        var files = ["plugin.yaml": manifest]
        for (name, text) in templates { files["templates/\(name).mustache"] = text }
        let general = try ReportTypeCatalog.builtIn().plugin(id: "general")?.templates ?? [:]
        return try PluginLoader.load(files: files, location: "plugins/partial-test", origin: .path,
                                     outlines: try ReportTypeCatalog.builtInOutlines(), inheritedTemplates: general)
    }

    static let input = DraftInput(values: [
        "unit": .text("XX局"), "year": .number(2024, written: "2024"), "overview": .text("全年工作有序推进。"),
        "meetings": .number(4, written: "4"),
    ])

    @Test func ownPartialIsSharedByTwoTemplates() throws {
        let plugin = try Self.load([
            "meeting-line": "全年召开专题会议{{meetings}}次。",
            "opening": "{{overview}}{{> meeting-line}}现将{{year}}年工作总结如下：",
            "achievements": "{{> meeting-line}}",
        ])
        let document = try Drafter(plugin: plugin).draft(Self.input).document
        #expect(document.opening.first?.text == "全年工作有序推进。全年召开专题会议4次。现将2024年工作总结如下：")
        #expect(document.sections.first?.paragraphs.first?.text == "全年召开专题会议4次。")
    }

    @Test func partialComesFromGeneralWhenThePluginHasNone() throws {
        let plugin = try Self.load(["achievements": "{{#achievements}}\n{{> numbered-item}}\n{{/achievements}}"])
        var input = Self.input
        input.values["achievements"] = .list([ListItem(title: "强化组织领导", text: "召开会议4次。", points: [])])
        let document = try Drafter(plugin: plugin).draft(input).document
        #expect(document.sections.first?.children.first?.heading == "强化组织领导")
    }

    @Test func aPathIsNotAPartialAndNoFileIsRead() throws {
        #expect(throws: SourceProblems.self) {
            _ = try Self.load(["achievements": "{{> ../../../etc/hosts}}"])
        }
        do {
            _ = try Self.load(["achievements": "\n  {{> /etc/hosts}}"])
            Issue.record("a partial named /etc/hosts loaded")
        } catch let error as SourceProblems {
            #expect(error.description.contains("plugins/partial-test/templates/achievements.mustache:2:3: 引用的模板片段“/etc/hosts”不存在"), "\(error)")
        }
    }
}
