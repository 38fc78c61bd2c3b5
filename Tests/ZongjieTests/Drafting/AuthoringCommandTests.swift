import Foundation
import Testing

/// `input-template`, `types`, interactive mode, plugin folders and the copied binary, end to end.
@Suite struct AuthoringCommandTests {
    @Test func inputTemplateRoundTripsThroughNew() throws {
        let folder = try Paths.temporaryFolder()
        let template = try CLIRunner.run(["input-template", "--type", "zhengwu-gongkai"], in: folder)
        #expect(template.status == 0)
        #expect(template.stdout.contains("# 依申请公开收到件数（数量，单位：件，必填）"))
        #expect(template.stdout.contains("\napplications_received:"))
        try template.stdout.write(to: folder.appendingPathComponent("材料.yaml"), atomically: true, encoding: .utf8)
        let draft = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.yaml"], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("【待填：主动公开信息条数】"))
        let unknown = try CLIRunner.run(["input-template", "--type", "nope"], in: folder)
        #expect(unknown.status == 2 && unknown.stderr.contains("未知的报告类型“nope”"))
    }

    @Test func typesListsTheBuiltIns() throws {
        let result = try CLIRunner.run(["types"])
        #expect(result.status == 0)
        for line in ["general", "单位年度工作总结", "zhengwu-gongkai", "政务公开工作总结", "fazhi-zhengfu", "anquan-shengchan", "dingdian-bangfu"] {
            #expect(result.stdout.contains(line))
        }
        #expect(result.stdout.contains("（内置）"))
    }

    @Test func interactiveAsksAgainOnWrongTypesAndSavesAnswers() throws {
        let folder = try Paths.temporaryFolder()
        let answers = [
            "测试局", "二〇二四", "2024", "", "2025-1-5", "全年工作稳步推进，各项任务按期完成。", "",
            "加强组织领导", "召开专题会议4次", "", "",
            "宣传形式还不够丰富", "",
            "丰富宣传形式", "每季度推出1期图解", "", "",
        ].joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["new", "--type", "general", "--interactive", "--save-input", "答案.yaml", "-o", "总结.md"],
                                       in: folder, stdin: Data(answers.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("年度（年份，必填）"))
        #expect(result.stderr.contains("输入有误：年度应为四位年份"))
        let draft = try String(contentsOf: folder.appendingPathComponent("总结.md"), encoding: .utf8)
        #expect(draft.hasPrefix("# 测试局2024年工作总结\n"))
        // One point and one problem: written as they are, without a lone 一是.
        #expect(draft.contains("### （一）加强组织领导\n\n召开专题会议4次。"))
        #expect(draft.contains("不足：宣传形式还不够丰富。"))
        #expect(draft.hasSuffix("测试局\n\n2025年1月5日\n"))
        let saved = try String(contentsOf: folder.appendingPathComponent("答案.yaml"), encoding: .utf8)
        #expect(saved.contains("unit: 测试局\nyear: 2024\ndate: 2025-01-05\n"))
        // The saved answers draft the same text again.
        let again = try CLIRunner.run(["new", "--type", "general", "--input", "答案.yaml"], in: folder)
        #expect(again.status == 0 && again.stdout == draft)
    }

    @Test func interactiveStopsCleanlyAtEndOfInput() throws {
        let result = try CLIRunner.run(["new", "--type", "general", "--interactive"], stdin: Data("某局\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# 某局【待填：年度】年工作总结\n"))
    }

    @Test func pluginDirectoryAddsATypeThatInheritsGeneralTemplates() throws {
        let folder = try Paths.temporaryFolder()
        let plugin = folder.appendingPathComponent("my-plugins/baomi-gongzuo")
        try FileManager.default.createDirectory(at: plugin.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try """
        id: baomi-gongzuo
        name: 保密工作总结
        topic: 保密
        title:
          pattern: "{unit}{year}年{topic}工作总结"
          keywords: [保密工作]
        slots:
          - {key: unit, type: text, label: 单位名称, required: true}
          - {key: year, type: year, label: 年度, required: true}
          - {key: date, type: date, label: 成文日期, required: true}
          - {key: overview, type: paragraph, label: 总体情况, required: true}
          - {key: trainings, type: count, unit: 次, label: 保密培训次数, required: true}
          - {key: achievements, type: list, titled: true, label: 主要工作, required: true}
          - {key: problems, type: list, label: 存在的问题, required: true}
          - {key: plans, type: list, titled: true, label: 工作打算, required: true}
        """.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try "{{overview}}全年开展保密培训{{trainings}}次。现将{{year}}年保密工作总结如下：\n"
            .write(to: plugin.appendingPathComponent("templates/opening.mustache"), atomically: true, encoding: .utf8)
        try "unit: 某局\nyear: 2024\ndate: 2025-01-03\noverview: 全年未发生失泄密事件。\ntrainings: 4\nachievements:\n  - title: 健全制度\n    points: [修订保密制度3项]\nproblems: [宣传教育形式单一]\nplans:\n  - title: 加强教育\n    text: 开展警示教育。\n"
            .write(to: folder.appendingPathComponent("in.yaml"), atomically: true, encoding: .utf8)
        let types = try CLIRunner.run(["types", "--plugin-dir", "my-plugins"], in: folder)
        #expect(types.status == 0 && types.stdout.contains("baomi-gongzuo") && types.stdout.contains("保密工作总结（插件路径："))
        let result = try CLIRunner.run(["new", "--type", "baomi-gongzuo", "--input", "in.yaml"], in: folder,
                                       environment: ["ZONGJIE_PLUGIN_PATH": folder.appendingPathComponent("my-plugins").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# 某局2024年保密工作总结\n"))
        #expect(result.stdout.contains("全年开展保密培训4次。现将2024年保密工作总结如下："))
        #expect(result.stdout.contains("### （一）健全制度\n\n修订保密制度3项。"))
    }

    @Test func brokenPluginIsSkippedWithAWarning() throws {
        let folder = try Paths.temporaryFolder()
        let plugin = folder.appendingPathComponent("plugins/broken")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try "id: broken\nname: 坏的\nslots:\n  - key: x\n    type: nmuber\n    label: 某数\n"
            .write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["types"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("plugin.yaml:5:11: 未知的填写项类型“nmuber”"))
        #expect(!result.stdout.contains("broken"))
    }

    @Test func templateTyposAreReportedWithPosition() throws {
        let folder = try Paths.temporaryFolder()
        let plugin = folder.appendingPathComponent("plugins/typo")
        try FileManager.default.createDirectory(at: plugin.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "id: typo\nname: 错字\nslots:\n  - {key: total, type: count, label: 总数}\n"
            .write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try "全年共{{totl}}件。\n{{> missing-part}}\n"
            .write(to: plugin.appendingPathComponent("templates/opening.mustache"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["new", "--type", "typo"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("templates/opening.mustache:1:4: 模板中的“totl”不是本报告类型的填写项或计算项。是否想写“total”？"), "\(result.stderr)")
        #expect(result.stderr.contains("templates/opening.mustache:2:1: 引用的模板片段“missing-part”不存在"))
        // The type exists but failed to load: `new --type typo` says so, never “unknown type”.
        #expect(result.stderr.contains("报告类型“typo”") && result.stderr.contains("未能加载"), "\(result.stderr)")
    }

    @Test func copiedBinaryWorksAloneInAnEmptyFolder() throws {
        let folder = try Paths.temporaryFolder()
        let copy = folder.appendingPathComponent("zongjie")
        // Copy in a child process: a write descriptor held open in this (multi-threaded)
        // test process could leak into a concurrently spawned child and make exec fail
        // with "Text file busy".
        let copier = Process()
        copier.executableURL = URL(fileURLWithPath: "/bin/cp")
        copier.arguments = [Paths.binary.path, copy.path]
        try copier.run()
        copier.waitUntilExit()
        #expect(copier.terminationStatus == 0)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["new", "--type", "zhengwu-gongkai", "--sample"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let golden = try String(contentsOf: Paths.packageRoot.appendingPathComponent("samples/zhengwu-gongkai.md"), encoding: .utf8)
        #expect(String(decoding: data, as: UTF8.self) == golden)
    }
}
