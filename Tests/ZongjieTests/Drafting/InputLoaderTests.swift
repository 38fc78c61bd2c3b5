import Testing
import ZongjieDrafting

@Suite struct InputLoaderTests {
    static let manifest: PluginManifest = {
        let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])
        return catalog.plugin(id: "zhengwu-gongkai")?.manifest
            ?? PluginManifest(id: "missing", name: "", topic: "", outline: OutlineSpec(), title: TitleSpec(pattern: ""), slots: [], derived: [])
    }()

    static func problems(_ text: String, file: String = "in.yaml") -> [SourceProblem] {
        do {
            _ = try InputLoader.load(text, file: file, manifest: manifest)
            return []
        } catch let error as SourceProblems {
            return error.problems
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    @Test func reportsEveryProblemAtOnceWithLineAndColumn() {
        let text = """
        unit: 某局
        year: 二〇二四
        proactive_totl: 12
        applications_received: 很多
        achievements: {title: 小标题}
        date: 2025-02-30
        """
        let found = Self.problems(text)
        #expect(found.count == 5)
        #expect(found.contains { $0.line == 2 && $0.column == 7 && $0.message.contains("year（年度）应为四位年份") })
        #expect(found.contains { $0.line == 3 && $0.column == 1 && $0.message.contains("是否想写“proactive_total”") })
        #expect(found.contains { $0.line == 4 && $0.column == 24 && $0.message.contains("应为非负整数") && $0.message.contains("很多") })
        #expect(found.contains { $0.line == 5 && $0.message.contains("应为列表") })
        #expect(found.contains { $0.line == 6 && $0.message.contains("应为日期") })
        #expect(found.allSatisfy { $0.description.hasPrefix("in.yaml:") })
    }

    @Test func unknownSlotWrittenAsItsLabelSuggestsTheKey() {
        let found = Self.problems("政策解读篇数: 12\n")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("是否想写“policy_interpretations”") == true)
    }

    @Test func unknownKeyInsideAListItemIsReported() {
        let found = Self.problems("problems:\n  - title: 甲\n    txt: 乙\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.contains("是否想写“text”") == true)
    }

    @Test func malformedYAMLGivesLineAndColumn() {
        let found = Self.problems("unit: 某局\nyear: [2024\n")
        #expect(found.count == 1)
        #expect(found.first?.line != nil && found.first?.column != nil)
        #expect(found.first?.message.contains("YAML 格式错误") == true)
    }

    @Test func strictJSONRejectsTrailingCommasWithPosition() {
        let found = Self.problems("{\n  \"unit\": \"某局\",\n}\n", file: "in.json")
        #expect(found.count == 1)
        #expect(found.first?.line == 3 && found.first?.column == 1)
        #expect(found.first?.message.contains("最后一项后面不能有逗号") == true)
    }

    @Test func validJSONLoadsWithTypes() throws {
        let input = try InputLoader.load(#"{"unit":"某局","year":2024,"applications_received":36,"problems":["甲","乙"]}"#, file: "in.json", manifest: Self.manifest)
        #expect(input.text("unit") == "某局")
        #expect(input.number("applications_received") == 36)
        #expect(input.values["problems"] == .list([ListItem(text: "甲"), ListItem(text: "乙")]))
    }

    @Test func yamlBooleanWordsStayText() throws {
        let input = try InputLoader.load("unit: yes\naddressee: off\n", file: "in.yaml", manifest: Self.manifest)
        #expect(input.text("unit") == "yes")
        #expect(input.text("addressee") == "off")
    }

    @Test func tablesAcceptMappingOrRowsAndDatesAcceptChineseForm() throws {
        let input = try InputLoader.load("""
        disclosure_categories:
          机构职能: 12
          财政资金: 36
        date: 2025年1月5日
        """, file: "in.yaml", manifest: Self.manifest)
        #expect(input.values["disclosure_categories"] == .table([TableRow(name: "机构职能", count: 12, written: "12"), TableRow(name: "财政资金", count: 36, written: "36")]))
        #expect(input.values["date"] == .date(CalendarDate(year: 2025, month: 1, day: 5)))
        let rows = try InputLoader.load("disclosure_categories:\n  - name: 甲\n    count: 3\n", file: "in.yaml", manifest: Self.manifest)
        #expect(rows.values["disclosure_categories"] == .table([TableRow(name: "甲", count: 3, written: "3")]))
    }

    @Test func missingRequiredSlotsAreListedTogether() throws {
        let input = try InputLoader.load("unit: 某局\n", file: "in.yaml", manifest: Self.manifest)
        let missing = InputLoader.missingRequired(in: input, manifest: Self.manifest, file: "in.yaml")
        let requiredCount = Self.manifest.slots.filter(\.required).count
        #expect(missing.count == requiredCount - 1)
        #expect(missing.contains { $0.message.contains("缺少必填项 proactive_total（主动公开信息条数）") })
    }

    @Test func duplicateKeysAndNonMappingRootsAreReported() {
        let duplicate = Self.problems("unit: 甲\nyear: 2024\nunit: 乙\n")
        #expect(duplicate.count == 1 && duplicate.first?.message.contains("键重复：unit") == true)
        #expect(duplicate.first?.line == 3 && duplicate.first?.column == 1)
        let json = Self.problems("{\n  \"unit\": \"甲\",\n  \"unit\": \"乙\"\n}\n", file: "in.json")
        #expect(json.first?.line == 3 && json.first?.column == 3)
        let list = Self.problems("- 甲\n- 乙\n")
        #expect(list.count == 1 && list.first?.message.contains("顶层应为键值映射") == true)
        #expect(list.first?.line == 1 && list.first?.column == 1)
    }

    @Test func blankListItemsLeaveTheSlotMissing() throws {
        let input = try InputLoader.load("problems:\n  -\nachievements:\n  - title:\n    points:\n      -\n", file: "in.yaml", manifest: Self.manifest)
        #expect(input.values["problems"] == nil && input.values["achievements"] == nil)
    }

    @Test func percentsKeepTheirSignAndCountsReadAsWholeNumbers() throws {
        let manifest = PluginManifest(id: "t", name: "t", topic: "", outline: OutlineSpec(), title: TitleSpec(pattern: ""),
                                      slots: [SlotSpec(key: "coverage", type: .percent, label: "覆盖率"), SlotSpec(key: "total", type: .count, label: "总数")],
                                      derived: [])
        let input = try InputLoader.load(#"{"coverage": "98.5%", "total": 36.0}"#, file: "in.json", manifest: manifest)
        #expect(input.values["coverage"] == .number(98.5, written: "98.5"))
        #expect(input.values["total"] == .number(36, written: "36"))
        let context = TemplateContextBuilder(manifest: manifest, input: input).build()
        #expect(context["coverage"] as? String == "98.5%")
        #expect(context["total"] as? String == "36")
        #expect(context["total_nonzero"] as? Bool == true)
    }

    @Test func emptyFileIsAnEmptyInput() throws {
        #expect(try InputLoader.load("", file: "in.yaml", manifest: Self.manifest).values.isEmpty)
        #expect(try InputLoader.load("# 只有注释\n", file: "in.yaml", manifest: Self.manifest).values.isEmpty)
    }

    @Test func inputTemplateLoadsAsEmptyInputAndNamesEverySlot() throws {
        let template = InputTemplateWriter.write(Self.manifest)
        #expect(try InputLoader.load(template, file: "template.yaml", manifest: Self.manifest).values.isEmpty)
        for slot in Self.manifest.slots {
            #expect(template.contains("\n\(slot.key):"))
            #expect(template.contains(slot.label))
        }
    }

    @Test func savedInputReadsBackTheSame() throws {
        let catalog = try ReportTypeCatalog.builtIn()
        for plugin in catalog.plugins.values {
            let original = try InputLoader.load(plugin.sampleInput ?? "", file: "sample.yaml", manifest: plugin.manifest)
            let saved = InputYAMLWriter.write(original, manifest: plugin.manifest)
            #expect(try InputLoader.load(saved, file: "saved.yaml", manifest: plugin.manifest) == original, "\(plugin.manifest.id)")
        }
    }
}
