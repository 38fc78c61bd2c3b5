import Foundation
import Testing

/// `zongjie plugin check` on a plugin with one kind of mistake each: the message,
/// where it points (file:line:column) and the exit code.
@Suite struct PluginMistakeTests {
    /// Copies the sample, applies `edit`, runs `plugin check plugins/baomi-gongzuo`.
    func check(_ edit: (URL) throws -> Void) throws -> (result: CLIResult, plugin: URL) {
        let (root, plugin) = try PluginFixture.copy()
        try edit(plugin)
        let result = try CLIRunner.run(["plugin", "check", "plugins/baomi-gongzuo"], in: root, environment: PluginFixture.isolated(root))
        return (result, plugin)
    }

    @Test func theSamplePluginPasses() throws {
        let (result, _) = try check { _ in }
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("插件检查通过：plugins/baomi-gongzuo（baomi-gongzuo 保密工作总结）"))
        #expect(result.stdout.contains("5 条检查规则"))
    }

    @Test func unknownLintKind() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "kind: existence", with: "kind: existance") }
        let line = try PluginFixture.line(of: "kind: existance", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/plugin.yaml:\(line):11: 检查规则“不出现密级标志”的 kind“existance”未知。是否想写“existence”？"), "\(result.stdout)")
        #expect(result.stdout.contains("插件检查未通过"))
    }

    @Test func emptyTermCanNeverMatch() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "terms: [绝密★, 机密★, 秘密★]", with: "terms: [绝密★, \"\"]") }
        let line = try PluginFixture.line(of: "terms: [绝密★, \"\"]", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugin.yaml:\(line):12: lint[不出现密级标志].terms 中有空词"), "\(result.stdout)")
    }

    @Test func emptyTermListCanNeverMatch() throws {
        let (result, _) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "terms: [绝密★, 机密★, 秘密★]", with: "terms: []") }
        #expect(result.status == 1)
        #expect(result.stdout.contains("lint[不出现密级标志].terms 为空列表，永远不会匹配"), "\(result.stdout)")
    }

    @Test func sectionNotInTheOutline() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "section: problems", with: "section: problem") }
        let line = try PluginFixture.line(of: "section: problem", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugin.yaml:\(line):14: 检查规则“问题写实”的 section“problem”不是本类型大纲中的部分，规则永远不会匹配。是否想写“problems”？"), "\(result.stdout)")
    }

    @Test func minAboveMax() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "    min: 30\n", with: "    min: 30\n    max: 10\n") }
        let line = try PluginFixture.line(of: "min: 30", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugin.yaml:\(line):10: lint[问题写实].min（30）大于 max（10），任何文字都不可能满足"), "\(result.stdout)")
    }

    @Test func lengthWithoutBounds() throws {
        let (result, _) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "    min: 30\n", with: "") }
        #expect(result.status == 1)
        #expect(result.stdout.contains("检查规则“问题写实”（length）要写明 min（最少字数）或 max（最多字数）"), "\(result.stdout)")
    }

    @Test func swapToItself() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "涉密电脑: 涉密计算机", with: "涉密电脑: 涉密电脑") }
        let line = try PluginFixture.line(of: "涉密电脑: 涉密电脑", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugin.yaml:\(line):7: lint[规范用语].swap 中“涉密电脑”替换为它自己"), "\(result.stdout)")
    }

    @Test func identityWithTotalAmongParts() throws {
        let (result, _) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "parts: [合格, 整改]", with: "parts: [合格, 检查涉密计算机]") }
        #expect(result.status == 1)
        #expect(result.stdout.contains("parts 中含有合计项“检查涉密计算机”本身"), "\(result.stdout)")
    }

    @Test func requiredWithNothingToRequire() throws {
        let (result, _) = try check {
            try PluginFixture.edit($0, "plugin.yaml", replacing: "    terms: [检查]\n    figure: true\n", with: "")
        }
        #expect(result.status == 1)
        #expect(result.stdout.contains("检查规则“检查要有数字”（required）要写明 terms"), "\(result.stdout)")
    }

    @Test func badLevelAndUnknownRuleKey() throws {
        let (result, _) = try check {
            try PluginFixture.edit($0, "plugin.yaml", replacing: "    level: error\n    message: 工作总结", with: "    level: fatal\n    mesage: 工作总结")
        }
        #expect(result.status == 1)
        #expect(result.stdout.contains("level 只能是 error、warning 或 info，而不是“fatal”"), "\(result.stdout)")
        #expect(result.stdout.contains("中没有“mesage”这一项。是否想写“message”？"), "\(result.stdout)")
    }

    @Test func unknownManifestKey() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "topic: 保密", with: "topik: 保密") }
        let line = try PluginFixture.line(of: "topik", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugin.yaml:\(line):1: plugin.yaml 顶层中没有“topik”这一项。是否想写“topic”？"), "\(result.stdout)")
    }

    @Test func unknownOutline() throws {
        let (result, _) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "extends: annual-summary", with: "extends: annual") }
        #expect(result.status == 1)
        #expect(result.stdout.contains("outline.extends 所指的大纲“annual”不存在。已有：annual-summary"), "\(result.stdout)")
    }

    @Test func derivedFigureOverAnUndeclaredSlot() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "over: computers_checked", with: "over: computers_check") }
        let line = try PluginFixture.line(of: "over: computers_check", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugin.yaml:\(line):11: “computers_check”不是已定义的数字或表格填写项"), "\(result.stdout)")
    }

    @Test func templateSyntaxError() throws {
        let (result, _) = try check { try PluginFixture.edit($0, "templates/inspections.mustache", replacing: "{{/inspection_measures}}", with: "") }
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/templates/inspections.mustache:"), "\(result.stdout)")
        #expect(result.stdout.contains("模板语法错误"), "\(result.stdout)")
    }

    @Test func templateNameThatIsNoSlot() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "templates/inspections.mustache", replacing: "{{computers_checked}}", with: "{{computers_checkd}}") }
        let line = try PluginFixture.line(of: "computers_checkd", in: plugin, "templates/inspections.mustache")
        #expect(result.status == 1)
        #expect(result.stdout.contains("templates/inspections.mustache:\(line):19: 模板中的“computers_checkd”不是本报告类型的填写项或计算项。是否想写“computers_checked”？"), "\(result.stdout)")
    }

    @Test func missingPartial() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "templates/inspections.mustache", replacing: "{{> numbered-item}}", with: "{{> numbered-itm}}") }
        let line = try PluginFixture.line(of: "numbered-itm", in: plugin, "templates/inspections.mustache")
        #expect(result.status == 1)
        #expect(result.stdout.contains("templates/inspections.mustache:\(line):1: 引用的模板片段“numbered-itm”不存在"), "\(result.stdout)")
    }

    @Test func badID() throws {
        let (result, _) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "id: baomi-gongzuo", with: "id: Baomi_Gongzuo") }
        #expect(result.status == 1)
        #expect(result.stdout.contains("id“Baomi_Gongzuo”不合规"), "\(result.stdout)")
    }

    @Test func sampleMissing() throws {
        let (result, _) = try check { try FileManager.default.removeItem(at: $0.appendingPathComponent("sample.yaml")) }
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/sample.yaml: 找不到示例材料"), "\(result.stdout)")
    }

    @Test func sampleWithAWrongValueAndAMissingFact() throws {
        let (result, plugin) = try check {
            try PluginFixture.edit($0, "sample.yaml", replacing: "computers_checked: 120", with: "computers_checked: 很多")
        }
        let line = try PluginFixture.line(of: "computers_checked: 很多", in: plugin, "sample.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/sample.yaml:\(line):20:"), "\(result.stdout)")
        let missing = try check { try PluginFixture.edit($0, "sample.yaml", replacing: "trainings: 6\n", with: "") }.result
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("sample.yaml:1:1: 缺少必填项 trainings（保密教育培训次数）"), "\(missing.stdout)")
    }

    @Test func draftThatDoesNotLintClean() throws {
        // 116 + 3 ≠ 120: the identity rule (level error) fails on the drafted text.
        let (result, _) = try check { try PluginFixture.edit($0, "sample.yaml", replacing: "computers_passed: 117", with: "computers_passed: 116") }
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/sample.yaml（生成的草稿）:"), "\(result.stdout)")
        #expect(result.stdout.contains("草稿未通过 lint：“检查涉密计算机”为120，但合格116、整改3相加为119"), "\(result.stdout)")
        #expect(result.stdout.contains("[plugin-rule]"))
    }

    @Test func identityWhoseLabelsTheDraftNeverWrites() throws {
        let (result, plugin) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "parts: [合格, 整改]", with: "parts: [合格, 整改了]") }
        let line = try PluginFixture.line(of: "name: 检查台数合计", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/plugin.yaml:\(line):5: 检查规则“检查台数合计”：示例草稿中找不到紧跟在“整改了”之后的数字"), "\(result.stdout)")
    }

    /// A `rate` rule over the sample's 合格率 passes; one whose numerator word the draft never
    /// follows with a count is named, as it could never check anything.
    @Test func rateWhoseWordsTheDraftNeverFollowsWithANumber() throws {
        let rate = "  - name: 合格率核对\n    kind: rate\n    numerator: [合格]\n    denominator: [检查涉密计算机]\n    percent: [合格率]\n"
        let (passing, _) = try check { try PluginFixture.edit($0, "plugin.yaml", replacing: "lint:\n", with: "lint:\n" + rate) }
        #expect(passing.status == 0, "\(passing.stdout)")
        let (result, plugin) = try check {
            try PluginFixture.edit($0, "plugin.yaml", replacing: "lint:\n", with: "lint:\n" + rate.replacingOccurrences(of: "[合格]", with: "[合格了]"))
        }
        let line = try PluginFixture.line(of: "name: 合格率核对", in: plugin, "plugin.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("plugins/baomi-gongzuo/plugin.yaml:\(line):5: 检查规则“合格率核对”：示例草稿中找不到紧跟在“合格了”之后的数字（同一分句内、8 字以内），比率永远无法核对"), "\(result.stdout)")
    }

    @Test func ruleOnAPartTheExampleDraftLacks() throws {
        let (result, _) = try check {
            try PluginFixture.edit($0, "plugin.yaml", replacing: "section: problems", with: "section: addressee")
            try PluginFixture.edit($0, "sample.yaml", replacing: "addressee: 江川市保密委员会办公室\n", with: "")
        }
        #expect(result.status == 1)
        #expect(result.stdout.contains("检查规则“问题写实”：示例草稿中没有“addressee”部分，这条规则无从检查"), "\(result.stdout)")
    }

    @Test func severalMistakesAreReportedTogether() throws {
        let (result, _) = try check {
            try PluginFixture.edit($0, "plugin.yaml", replacing: "kind: existence", with: "kind: existance")
            try PluginFixture.edit($0, "templates/opening.mustache", replacing: "{{overview}}", with: "{{#overview}}")
        }
        #expect(result.status == 1)
        #expect(result.stdout.contains("kind“existance”未知") && result.stdout.contains("templates/opening.mustache:"), "\(result.stdout)")
        #expect(result.stdout.contains("共 2 个问题"), "\(result.stdout)")
    }

    @Test func folderWithoutManifest() throws {
        let root = try Paths.temporaryFolder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let result = try CLIRunner.run(["plugin", "check", "empty"], in: root, environment: PluginFixture.isolated(root))
        #expect(result.status == 1)
        #expect(result.stdout.contains("empty/plugin.yaml: 找不到 plugin.yaml"), "\(result.stdout)")
    }

    @Test func missingFolderOrAFileIsAUsageError() throws {
        let root = try Paths.temporaryFolder()
        let missing = try CLIRunner.run(["plugin", "check", "nowhere"], in: root, environment: PluginFixture.isolated(root))
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("zongjie: 错误：nowhere：文件夹不存在"))
        try "x".write(to: root.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let file = try CLIRunner.run(["plugin", "check", "a.txt"], in: root, environment: PluginFixture.isolated(root))
        #expect(file.status == 2)
        #expect(file.stderr.contains("a.txt：不是文件夹"))
    }
}
