import Testing
import ZongjieCore
import ZongjieDrafting

/// Text repairs, figure consistency and template errors.
@Suite struct DraftingRulesTests {
    @Test func halfWidthPunctuationBesideChineseBecomesFullWidth() {
        #expect(ChineseTextNormalizer.normalize("全年工作平稳,成效明显(总体良好);完成率98%!") == "全年工作平稳，成效明显（总体良好）；完成率98%！")
        #expect(ChineseTextNormalizer.normalize("共 12 次会议") == "共12次会议")
        #expect(ChineseTextNormalizer.normalize("8:00开始，共1,260条") == "8:00开始，共1,260条")
        #expect(ChineseTextNormalizer.normalize("plain English, unchanged (yes)") == "plain English, unchanged (yes)")
    }

    @Test func sentencesEndWithAStopAndHeadingsWithout() {
        #expect(TextPolish.sentence("召开会议4次") == "召开会议4次。")
        #expect(TextPolish.sentence("召开会议4次；") == "召开会议4次；")
        #expect(TextPolish.sentence("召开会议4次,") == "召开会议4次。")
        #expect(TextPolish.sentence("做到“五落实”") == "做到“五落实”。")
        #expect(TextPolish.sentence("他说：“好。”") == "他说：“好。”")
        #expect(TextPolish.heading("强化组织领导。") == "强化组织领导")
    }

    static var zhengwu: PluginManifest? { (try? ReportTypeCatalog.builtIn())?.plugin(id: "zhengwu-gongkai")?.manifest }

    @Test func inconsistentFiguresWarn() throws {
        let manifest = try #require(Self.zhengwu)
        let input = try InputLoader.load("""
        proactive_total: 100
        disclosure_categories: {甲: 50, 乙: 40}
        applications_received: 3
        applications_handled: 5
        """, file: "in.yaml", manifest: manifest)
        let warnings = FigureConsistency.warnings(manifest, input: input)
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("“依申请公开办结件数”（5件）大于“依申请公开收到件数”（3件）") })
        #expect(warnings.contains { $0.contains("分类信息合计为90条，与“主动公开信息条数”（100条）不一致") })
        let sample = try InputLoader.load((try ReportTypeCatalog.builtIn()).plugin(id: "zhengwu-gongkai")?.sampleInput ?? "", file: "s.yaml", manifest: manifest)
        #expect(FigureConsistency.warnings(manifest, input: sample).isEmpty)
    }

    @Test func percentOverAHundredIsAProblemAtItsSlot() throws {
        let manifest = PluginManifest(id: "t", name: "测试", topic: "", outline: OutlineSpec(), title: TitleSpec(pattern: "{unit}{year}年工作总结"),
                                      slots: [SlotSpec(key: "satisfaction", type: .percent, label: "满意率")], derived: [])
        let input = try InputLoader.load("satisfaction: 102%\n", file: "in.yaml", manifest: manifest)
        let problems = FigureConsistency.problems(manifest, input: input)
        #expect(problems.map(\.slot) == ["satisfaction"])
        #expect(problems.first?.sourceProblem(file: "in.yaml", input: input).description == "in.yaml:1:15: “满意率”为102%，超过100%，请核对。")
        #expect(FigureConsistency.problems(manifest, input: try InputLoader.load("satisfaction: 100\n", file: "in.yaml", manifest: manifest)).isEmpty)
    }

    @Test func dateOutsideTheReportYearWarns() throws {
        let manifest = try #require(Self.zhengwu)
        let early = try InputLoader.load("year: 2024\ndate: 2023-12-20\n", file: "in.yaml", manifest: manifest)
        #expect(FigureConsistency.warnings(manifest, input: early) == ["成文日期2023年12月20日与报告年度2024年不相符：2024年度的总结应在2024年11月1日至2025年3月31日之间成文。请核对年度（year）和成文日期（date）。"])
        let fine = try InputLoader.load("year: 2024\ndate: 2025-01-05\n", file: "in.yaml", manifest: manifest)
        #expect(FigureConsistency.warnings(manifest, input: fine).isEmpty)
    }

    /// The window is 1 November of the year to 31 March of the next: a 2025 report dated
    /// 2025年1月8日 (last year's date kept) is caught, one written in December 截至目前 is not.
    @Test func reportDateWindowRunsFromNovemberToMarch() {
        let inside = [CalendarDate(year: 2025, month: 11, day: 1), CalendarDate(year: 2025, month: 12, day: 20), CalendarDate(year: 2026, month: 3, day: 31)]
        let outside = [CalendarDate(year: 2025, month: 1, day: 8), CalendarDate(year: 2025, month: 10, day: 31), CalendarDate(year: 2026, month: 4, day: 1)]
        for date in inside { #expect(ReportDateWindow.contains(date, year: 2025), "\(date.chinese)") }
        for date in outside { #expect(!ReportDateWindow.contains(date, year: 2025), "\(date.chinese)") }
    }

    static func plugin(templates: [String: String]) throws -> Plugin {
        let outline = Outline(id: "t", name: "t", sections: [
            OutlineSection(key: "opening", name: "开头", required: true),
            OutlineSection(key: "achievements", name: "工作开展情况", required: true, defaultHeading: "主要工作"),
            OutlineSection(key: "extra", name: "其他", required: false, defaultHeading: "其他事项"),
        ])
        let manifest = PluginManifest(id: "t", name: "测试", topic: "", outline: OutlineSpec(), title: TitleSpec(pattern: "{unit}{year}年工作总结"),
                                      slots: [SlotSpec(key: "unit", type: .text, label: "单位名称", required: true)], derived: [])
        return Plugin(manifest: manifest, outline: outline, templates: templates, sampleInput: nil, origin: .builtIn, location: "plugins/t")
    }

    @Test func templateThatSkipsANumberingLevelIsRejected() throws {
        let plugin = try Self.plugin(templates: ["achievements": "1.直接跳到第三级\n"])
        #expect {
            try Drafter(plugin: plugin).draft(DraftInput())
        } throws: { error in
            "\(error)".contains("plugins/t/templates/achievements.mustache") && "\(error)".contains("跳过了序号层级") && "\(error)".contains("（一）")
        }
    }

    @Test func nestedLevelsAndOptionalEmptySections() throws {
        let plugin = try Self.plugin(templates: ["achievements": "总述。\n（一）甲\n一是做法。\n1.细项\n说明。\n（二）乙\n"])
        let document = try Drafter(plugin: plugin).draft(DraftInput()).document
        #expect(document.sections.count == 1) // the optional part with no template is left out
        let section = try #require(document.sections.first)
        #expect(section.paragraphs.map(\.text) == ["总述。"])
        #expect(section.children.map(\.heading) == ["甲", "乙"])
        #expect(section.children.first?.paragraphs.first?.marker?.style == .ordinalShi)
        #expect(section.children.first?.children.first?.marker.text == "1.")
        #expect(section.children.first?.children.first?.paragraphs.map(\.text) == ["说明。"])
        #expect(document.opening.first?.text.hasPrefix("【待填：开头】") == true)
    }

    @Test func templateSyntaxErrorsNameTheTemplate() throws {
        let plugin = try Self.plugin(templates: ["achievements": "{{#items}}未闭合\n"])
        #expect {
            try Drafter(plugin: plugin).draft(DraftInput())
        } throws: { error in
            "\(error)".contains("plugins/t/templates/achievements.mustache") && "\(error)".contains("模板语法错误")
                && "\(error)".contains("没有对应的结束标签") && !"\(error)".contains("expectedSectionEnd")
        }
    }
}
