import Foundation
import Testing

/// `zongjie new` end to end: the built binary, its output, messages and exit codes.
@Suite struct NewCommandTests {
    static func golden(_ id: String) throws -> String {
        try String(contentsOf: Paths.packageRoot.appendingPathComponent("samples/\(id).md"), encoding: .utf8)
    }

    static func write(_ text: String, to name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func sampleToMarkdownFileMatchesGolden() throws {
        let folder = try Paths.temporaryFolder()
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--sample", "-o", "示例.md"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("示例.md"), encoding: .utf8)
        #expect(written == (try Self.golden("zhengwu-gongkai")))
        #expect(result.stderr.contains("已生成政务公开工作总结草稿"))
    }

    @Test func noOutputWritesMarkdownToStdout() throws {
        let result = try CLIRunner.run(["new", "--type", "general", "--sample"])
        #expect(result.status == 0)
        #expect(result.stdout == (try Self.golden("general")))
    }

    @Test func stdoutCanBePlainText() throws {
        let result = try CLIRunner.run(["new", "--type", "general", "--sample", "--format", "txt"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("江川市城市管理局2024年工作总结\n\n江川市人民政府办公室：\n"))
        let bad = try CLIRunner.run(["new", "--type", "general", "--sample", "--format", "html"])
        #expect(bad.status == 2 && bad.stderr.contains("--format html：不支持的格式"))
    }

    @Test func textOutputIsPlainLines() throws {
        let folder = try Paths.temporaryFolder()
        let result = try CLIRunner.run(["new", "--type", "anquan-shengchan", "--sample", "-o", "out.txt"], in: folder)
        #expect(result.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(text.hasPrefix("江川县应急管理局2024年安全生产工作总结\n\n"))
        #expect(text.contains("\n一、安全生产工作开展情况\n"))
        #expect(text.contains("\n（一）压紧压实安全责任\n"))
        #expect(!text.contains("#"))
        #expect(text.hasSuffix("\n\n江川县应急管理局\n2025年1月6日\n"))
    }

    @Test func unknownTypeListsKnownTypesAndExits2() throws {
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkia"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("未知的报告类型“zhengwu-gongkia”"))
        #expect(result.stderr.contains("是否想写“zhengwu-gongkai”"))
        for id in ["general", "zhengwu-gongkai", "fazhi-zhengfu", "anquan-shengchan", "dingdian-bangfu"] {
            #expect(result.stderr.contains(id))
        }
    }

    @Test func existingOutputIsKeptWithoutForce() throws {
        let folder = try Paths.temporaryFolder()
        try Self.write("我的旧稿\n", to: "总结.md", in: folder)
        let refused = try CLIRunner.run(["new", "--type", "general", "--sample", "-o", "总结.md"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("总结.md: 文件已存在，未覆盖") && refused.stderr.contains("--force"))
        #expect(try String(contentsOf: folder.appendingPathComponent("总结.md"), encoding: .utf8) == "我的旧稿\n")
        let forced = try CLIRunner.run(["new", "--type", "general", "--sample", "-o", "总结.md", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("总结.md"), encoding: .utf8) == (try Self.golden("general")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func malformedYAMLNamesLineAndColumn() throws {
        let folder = try Paths.temporaryFolder()
        try Self.write("unit: 某局\nyear: 2024\nproblems:\n  - 甲\n - 乙\n", to: "bad.yaml", in: folder)
        let result = try CLIRunner.run(["new", "--type", "general", "--input", "bad.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.range(of: #"zongjie: 错误：bad\.yaml:\d+:\d+: YAML 格式错误"#, options: .regularExpression) != nil, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let folder = try Paths.temporaryFolder()
        try Self.write("{\n  \"unit\": \"某局\",\n  \"year\": 2024,\n}\n", to: "bad.json", in: folder)
        let result = try CLIRunner.run(["new", "--type", "general", "--input", "bad.json"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.json:4:1: JSON 格式错误：最后一项后面不能有逗号"), "\(result.stderr)")
    }

    @Test func wrongTypesAndUnknownSlotsAreAllReported() throws {
        let folder = try Paths.temporaryFolder()
        try Self.write("unit: 某局\nyear: 去年\napplications_recieved: 3\napplications_handled: 3.5\n", to: "in.yaml", in: folder)
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "in.yaml", "-o", "out.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误：发现 3 处问题，请逐一修改：\n"))
        #expect(result.stderr.contains("in.yaml:2:7: year（年度）应为四位年份"))
        #expect(result.stderr.contains("in.yaml:3:1: 未知的填写项“applications_recieved”") && result.stderr.contains("是否想写“applications_received”"))
        #expect(result.stderr.contains("in.yaml:4:23: applications_handled（依申请公开办结件数）应为非负整数"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.md").path))
    }

    @Test func missingRequiredSlotsWarnAndDraftWithPlaceholders() throws {
        let folder = try Paths.temporaryFolder()
        try Self.write("unit: 某局\nyear: 2024\n", to: "in.yaml", in: folder)
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "in.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("zongjie: 警告：in.yaml:1:1: 缺少必填项 applications_received（依申请公开收到件数）"))
        #expect(result.stdout.contains("【待填：依申请公开收到件数】（提示：全年收到的政府信息公开申请件数"))
        #expect(result.stdout.hasPrefix("# 某局2024年度政务公开工作总结\n"))
        let strict = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "in.yaml", "--strict"], in: folder)
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("zongjie: 错误：发现 "))
        #expect(strict.stderr.contains("\nin.yaml:1:1: 缺少必填项 applications_received"))
        #expect(strict.stdout.isEmpty)
    }

    @Test func unitAndYearOptionsOverrideTheInput() throws {
        // The sample is dated January 2025: for a 2025 report that date cannot be right.
        let refused = try CLIRunner.run(["new", "--type", "fazhi-zhengfu", "--sample", "--unit", "青山区司法局", "--year", "2025"])
        #expect(refused.status == 2 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("成文日期2025年1月12日与报告年度2025年不相符") && refused.stderr.contains("--allow-date"), "\(refused.stderr)")
        let result = try CLIRunner.run(["new", "--type", "fazhi-zhengfu", "--sample", "--unit", "青山区司法局", "--year", "2025", "--allow-date"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("zongjie: 警告：") && result.stderr.contains("2025年11月1日至2026年3月31日"))
        #expect(result.stdout.hasPrefix("# 青山区司法局2025年度法治政府建设工作总结\n"))
        #expect(result.stdout.contains("## 四、2026年推进法治政府建设的主要安排"))
        let bad = try CLIRunner.run(["new", "--type", "general", "--year", "24"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--year 24：应为四位年份"))
    }

    @Test func badPathsAndFormatsExit2() throws {
        let folder = try Paths.temporaryFolder()
        let missing = try CLIRunner.run(["new", "--type", "general", "--input", "nope.yaml"], in: folder)
        #expect(missing.status == 2 && missing.stderr.contains("nope.yaml：找不到材料文件"))
        let pdf = try CLIRunner.run(["new", "--type", "general", "--sample", "-o", "a.pdf"], in: folder)
        #expect(pdf.status == 2 && pdf.stderr.contains("不支持的输出格式“.pdf”"))
        let noFolder = try CLIRunner.run(["new", "--type", "general", "--plugin-dir", "nowhere"], in: folder)
        #expect(noFolder.status == 2 && noFolder.stderr.contains("--plugin-dir nowhere：文件夹不存在"))
        let both = try CLIRunner.run(["new", "--type", "general", "--sample", "--input", "x.yaml"], in: folder)
        #expect(both.status == 2 && both.stderr.contains("--sample 与 --input 只能选一个"))
    }

    @Test func emptyInputDraftsTheSkeleton() throws {
        let result = try CLIRunner.run(["new", "--type", "dingdian-bangfu"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# 【待填：单位名称】【待填：年度】年度定点帮扶工作总结\n"))
        #expect(result.stdout.contains("【待填：帮扶资金】"))
        #expect(result.stdout.contains("## 三、下一步工作打算"))
    }

    @Test func docxDraftIsWrittenAndLintsClean() throws {
        let folder = try Paths.temporaryFolder()
        for type in ["general", "zhengwu-gongkai", "fazhi-zhengfu", "anquan-shengchan", "dingdian-bangfu"] {
            let made = try CLIRunner.run(["new", "--type", type, "--sample", "-o", "\(type).docx"], in: folder)
            #expect(made.status == 0, "\(type): \(made.stderr)")
            let linted = try CLIRunner.run(["lint", "--fail-on", "warning", "\(type).docx"], in: folder)
            #expect(linted.status == 0, "\(type).docx: \(linted.stdout)")
            #expect(linted.stdout.contains("没有发现问题"), "\(type).docx: \(linted.stdout)")
        }
    }
}
