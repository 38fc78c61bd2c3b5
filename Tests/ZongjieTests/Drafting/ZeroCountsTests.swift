import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint

/// A year with nothing to count is normal (4 of 10 real 政务公开 summaries had no application):
/// every built-in sample with every count set to 0 drafts in words, with no placeholder and no
/// rate over zero cases, and lints with no error or warning.
@Suite struct ZeroCountsTests {
    static let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])
    static let ids = ["general", "zhengwu-gongkai", "fazhi-zhengfu", "anquan-shengchan", "dingdian-bangfu", "gongkai-nianbao"]

    /// The sample with every count and amount 0 — also those the sample leaves out.
    static func zeroedSample(_ id: String) throws -> (Plugin, DraftInput) {
        let plugin = try #require(catalog.plugin(id: id), "built-in plugin \(id) missing")
        var input = try InputLoader.load(try #require(plugin.sampleInput), file: "sample.yaml", manifest: plugin.manifest)
        for slot in plugin.manifest.slots {
            switch slot.type {
            case .count, .money: input.values[slot.key] = .number(0, written: "0")
            case .table:
                if case .table(let rows)? = input.values[slot.key] {
                    input.values[slot.key] = .table(rows.map { TableRow(name: $0.name, count: 0, written: "0") })
                }
            case .nianbaoTables: input.values[slot.key] = .nianbaoTables(NianbaoInput())
            default: break
            }
        }
        return (plugin, input)
    }

    static func findings(_ text: String, path: String) -> [String] {
        Linter(catalog: catalog).lint(text, path: path).filter { $0.severity != .info }
            .map { "\($0.range.start.line): \($0.message) [\($0.ruleID)]" }
    }

    @Test(arguments: ids) func everyCountZeroDraftsWithoutPlaceholderAndLintsClean(id: String) throws {
        let (plugin, input) = try Self.zeroedSample(id)
        #expect(FigureConsistency.problems(plugin.manifest, input: input).isEmpty)
        let draft = try Drafter(plugin: plugin).draft(input)
        let markdown = DraftTextWriter.write(draft.document, format: .markdown)
        #expect(draft.placeholderCount == 0, "\(markdown)")
        #expect(!markdown.contains("【待"))
        // A figure of 0 is said in words, not written as 0条/0件/0%.
        #expect(markdown.range(of: #"(?<![\d.])0(条|件|篇|处|起|次|场|家次|人次|户次|个|万元|元|%)"#, options: .regularExpression) == nil || id == "gongkai-nianbao",
                "\(markdown)")
        #expect(Self.findings(markdown, path: "\(id).md").isEmpty, "\(Self.findings(markdown, path: "\(id).md"))")
        let text = DraftTextWriter.write(draft.document, format: .plainText)
        #expect(Self.findings(text, path: "\(id).txt").isEmpty, "\(Self.findings(text, path: "\(id).txt"))")
    }

    @Test func noApplicationReadsNaturally() throws {
        let (plugin, input) = try Self.zeroedSample("zhengwu-gongkai")
        let text = DraftTextWriter.write(try Drafter(plugin: plugin).draft(input).document, format: .plainText)
        #expect(text.contains("全年未收到政府信息公开申请。"))
        #expect(!text.contains("办结率") && !text.contains("按法定时限"))
        #expect(text.contains("暂无主动公开的政府信息") && text.contains("全年未发布政策解读。"))
    }

    @Test func rateOverZeroCasesIsLeftOutNotAPlaceholder() throws {
        let plugin = try #require(Self.catalog.plugin(id: "anquan-shengchan"))
        var input = try InputLoader.load(try #require(plugin.sampleInput), file: "sample.yaml", manifest: plugin.manifest)
        input.values["hazards_found"] = .number(0, written: "0")
        input.values["hazards_fixed"] = .number(0, written: "0")
        let text = DraftTextWriter.write(try Drafter(plugin: plugin).draft(input).document, format: .plainText)
        #expect(!text.contains("【待填") && !text.contains("整改率"))
        #expect(text.contains("未排查出安全隐患"))
        // Last year's figure 0: no 同比 can be computed, and none is asked for.
        input.values["accidents"] = .number(2, written: "2")
        input.values["accidents_last_year"] = .number(0, written: "0")
        let withAccidents = DraftTextWriter.write(try Drafter(plugin: plugin).draft(input).document, format: .plainText)
        #expect(withAccidents.contains("全年发生生产安全事故2起") && !withAccidents.contains("【待填"))
    }
}

/// A single point or problem is no list: written without 一是; two or more get 一是/二是.
@Suite struct LoneItemTests {
    static func draft(_ yaml: String) throws -> String {
        let plugin = try #require(ZeroCountsTests.catalog.plugin(id: "general"))
        let input = try InputLoader.load(yaml, file: "in.yaml", manifest: plugin.manifest)
        return DraftTextWriter.write(try Drafter(plugin: plugin).draft(input).document, format: .plainText)
    }

    @Test func oneProblemAndOnePointHaveNoYiShi() throws {
        let text = try Self.draft("""
        unit: 某局
        year: 2024
        achievements:
          - title: 加强组织领导
            points: [召开专题会议4次]
        problems: [宣传形式还不够丰富]
        """)
        #expect(!text.contains("一是"), "\(text)")
        #expect(text.contains("\n召开专题会议4次。\n"))
        #expect(text.contains("不足：宣传形式还不够丰富。"))
        #expect(Linter(catalog: ZeroCountsTests.catalog).lint(text, path: "a.txt").allSatisfy { $0.ruleID != "numbering-sequence" })
    }

    @Test func twoItemsAreNumbered() throws {
        let text = try Self.draft("""
        unit: 某局
        year: 2024
        achievements:
          - title: 加强组织领导
            points: [召开专题会议4次, 修订制度3项]
        problems: [宣传形式还不够丰富, 队伍力量不足]
        """)
        #expect(text.contains("一是召开专题会议4次。二是修订制度3项。"))
        #expect(text.contains("一是宣传形式还不够丰富。二是队伍力量不足。"))
    }
}

/// Figures as clerks type them: 862条, 1,262, 1.2万 — converted, the unit checked against the slot's.
@Suite struct WrittenFigureTests {
    static var zhengwu: PluginManifest? { ZeroCountsTests.catalog.plugin(id: "zhengwu-gongkai")?.manifest }

    @Test func unitsGroupingAndWanAreRead() throws {
        let manifest = try #require(Self.zhengwu)
        let input = try InputLoader.load("""
        proactive_total: 862条
        proactive_last_year: "1,262"
        policy_interpretations: 1.2万
        applications_received: ３６件
        disclosure_categories:
          - name: 工作动态
            count: 862条
        """, file: "in.yaml", manifest: manifest)
        #expect(input.values["proactive_total"] == .number(862, written: "862"))
        #expect(input.values["proactive_last_year"] == .number(1262, written: "1262"))
        #expect(input.values["policy_interpretations"] == .number(12000, written: "12000"))
        #expect(input.values["applications_received"] == .number(36, written: "36"))
        #expect(input.values["disclosure_categories"] == .table([TableRow(name: "工作动态", count: 862, written: "862")]))
    }

    @Test func moneyIsConvertedToTheSlotsUnit() throws {
        let manifest = try #require(ZeroCountsTests.catalog.plugin(id: "dingdian-bangfu")?.manifest)
        let input = try InputLoader.load("funds: 3.5万元\nconsumption: 5000元\nincome: 1.8万\n", file: "in.yaml", manifest: manifest)
        #expect(input.values["funds"] == .number(3.5, written: "3.5"))
        #expect(input.values["consumption"] == .number(0.5, written: "0.5"))
        #expect(input.values["income"] == .number(18000, written: "18000")) // slot in 元
    }

    @Test func aContradictingUnitIsAnErrorAtItsPlace() throws {
        let manifest = try #require(Self.zhengwu)
        #expect {
            try InputLoader.load("year: 2024\nproactive_total: 862件\npolicy_interpretations: 1,2\n", file: "in.yaml", manifest: manifest)
        } throws: { error in
            let text = "\(error)"
            return text.contains("in.yaml:2:18: proactive_total（主动公开信息条数）写的单位是“件”，与这一项不符：单位应为“条”")
                && text.contains("in.yaml:3:25: policy_interpretations（政策解读篇数）应为")
        }
    }
}

/// A draft states only what the material says: no 按法定时限 without a figure for it, no
/// 均已依法妥善处理 from a bare count, no 均 for one case, no 未收取 from a form left empty.
@Suite struct NoUnstatedClaimsTests {
    static func draft(_ id: String, _ edit: (inout DraftInput) -> Void) throws -> String {
        let plugin = try #require(ZeroCountsTests.catalog.plugin(id: id))
        var input = try InputLoader.load(try #require(plugin.sampleInput), file: "sample.yaml", manifest: plugin.manifest)
        edit(&input)
        return DraftTextWriter.write(try Drafter(plugin: plugin).draft(input).document, format: .plainText)
    }

    @Test func timeLimitAndOutcomeOnlyFromTheMaterial() throws {
        let bare = try Self.draft("zhengwu-gongkai") { input in
            input.values["applications_on_time"] = nil
            input.values["review_cases"] = .number(2, written: "2")
        }
        #expect(!bare.contains("按法定时限") && !bare.contains("妥善处理") && !bare.contains("均已"), "\(bare)")
        #expect(bare.contains("行政诉讼2件。"))
        let one = try Self.draft("zhengwu-gongkai") { input in
            input.values["applications_received"] = .number(1, written: "1")
            input.values["applications_handled"] = .number(1, written: "1")
            input.values["applications_on_time"] = .number(1, written: "1")
            input.values["applications_disclosed"] = .number(1, written: "1")
            input.values["review_cases"] = .number(1, written: "1")
            input.values["review_outcome"] = .text("经复议，维持原答复。")
        }
        #expect(one.contains("办结1件，办结率100%，其中按法定时限答复1件。") && !one.contains("均"), "\(one)")
        #expect(one.contains("行政诉讼1件。经复议，维持原答复。"))
    }

    @Test func feesNotChargedOnlyFromAZero() throws {
        let empty = try Self.draft("gongkai-nianbao") { $0.values["processing_fees"] = nil }
        #expect(!empty.contains("本机关未收取") && empty.contains("【待填：信息处理费金额】"), "\(empty)")
        let charged = try Self.draft("gongkai-nianbao") { $0.values["processing_fees"] = .number(120, written: "120") }
        #expect(charged.contains("本机关收取政府信息公开信息处理费120元。"))
    }
}
