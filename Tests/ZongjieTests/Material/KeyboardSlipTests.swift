import Foundation
import Testing
import ZongjieDrafting

/// Chinese-keyboard slips in YAML material: each gets a Chinese message at its own
/// line and column, and `new` exits 2 with it.
@Suite struct KeyboardSlipTests {
    static func problems(_ text: String) -> [SourceProblem] {
        InputLoaderTests.problems(text, file: "材料.yaml")
    }

    @Test func fullWidthColonAfterAKey() {
        let found = Self.problems("unit: 某局\nyear：2025\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2 && found.first?.column == 5)
        #expect(found.first?.message.hasPrefix("这里用了中文冒号“：”，应为英文冒号加空格“: ”") == true)
    }

    @Test func fullWidthColonAfterALabelNamesTheKey() {
        let found = Self.problems("单位名称：某局\n")
        #expect(found.count == 1)
        #expect(found.first?.column == 5)
        #expect(found.first?.message.contains("这一项的键应写“unit”") == true)
    }

    @Test func fullWidthColonInsideAListItemKey() {
        let found = Self.problems("achievements:\n  - title：健全机制\n    points:\n      - 召开会议4次\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2 && found.first?.column == 10)
    }

    @Test func noSpaceAfterTheColon() {
        let found = Self.problems("unit: 某局\nyear:2025\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2 && found.first?.column == 5)
        #expect(found.first?.message.contains("英文冒号后缺少空格：应写成“year: 2025”") == true)
    }

    @Test func colonInsideAnUnquotedSentence() {
        let found = Self.problems("unit: 某局\noverview: 全年工作情况如下: 一是加强领导\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2 && found.first?.column == 19)
        #expect(found.first?.message.hasPrefix("这句话里有冒号，请给整句加引号") == true)
    }

    @Test func colonInsideAListItemSentence() {
        let found = Self.problems("problems:\n  - 一是: 宣传形式单一\n  - title: 小标题\n    text: 主要做法: 建立台账\n")
        #expect(found.map { [$0.line ?? 0, $0.column ?? 0] } == [[2, 7], [4, 15]])
        #expect(found.allSatisfy { $0.message.hasPrefix("这句话里有冒号") })
    }

    @Test func chineseQuotesUsedAsYAMLQuotes() {
        let found = Self.problems("overview: “2024年: 工作稳步推进”\n")
        #expect(found.count == 1)
        #expect(found.first?.column == 11)
        #expect(found.first?.message.hasPrefix("这里用了中文引号给整句加引号") == true)
    }

    @Test func fullWidthSpaceAndTabIndentation() {
        let found = Self.problems("problems:\n\u{3000}- 宣传形式单一\n\t- 培训不够\n")
        #expect(found.map { [$0.line ?? 0, $0.column ?? 0] } == [[2, 1], [3, 1]])
        #expect(found.first?.message.contains("全角空格") == true)
        #expect(found.last?.message.contains("制表符") == true)
    }

    @Test func everySlipInOneRun() {
        let found = Self.problems("unit：某局\nyear:2025\noverview: 情况如下: 好\n")
        #expect(found.count == 3)
    }

    @Test func correctMaterialHasNoSlip() {
        let text = """
        unit: 某局   # 例：某市某局
        website: http://www.example.gov.cn
        overview: "全年工作情况如下: 一是加强领导"
        problems:
          - 会议时间为8:30，地点：会议室
          - “三个一”工程推进较慢
        plans: |
          下一步工作如下: 一是
          - 二是: 什么
        disclosure_categories:
          统计数据: 12
        """
        #expect(KeyboardSlipScanner.problems(in: text, file: "材料.yaml", manifest: InputLoaderTests.manifest).isEmpty)
    }

    @Test func builtInSamplesHaveNoSlip() throws {
        let catalog = try ReportTypeCatalog.builtIn()
        for type in catalog.types {
            let plugin = try #require(catalog.plugin(id: type.id))
            let sample = try #require(plugin.sampleInput)
            #expect(KeyboardSlipScanner.problems(in: sample, file: "sample.yaml", manifest: plugin.manifest).isEmpty, "\(type.id)")
        }
    }

    @Test func parserErrorsSpeakChinese() {
        let found = Self.problems("unit: 某局\nyear: [2024\n")
        #expect(found.first?.message.contains("方括号 [ ] 没有成对") == true || found.first?.message.contains("解析器原文") == true)
    }

    @Test func newExitsTwoWithTheSlipMessage() throws {
        let folder = try Paths.temporaryFolder()
        let cases: [(String, String)] = [
            ("unit: 某局\nyear：2025\n", "材料.yaml:2:5: 这里用了中文冒号"),
            ("unit: 某局\nyear:2025\n", "材料.yaml:2:5: 英文冒号后缺少空格"),
            ("unit: 某局\noverview: 情况如下: 一是加强领导\n", "材料.yaml:2:15: 这句话里有冒号，请给整句加引号"),
            ("problems:\n\u{3000}- 宣传形式单一\n", "材料.yaml:2:1: 这一行用全角空格"),
        ]
        for (text, expected) in cases {
            try text.write(to: folder.appendingPathComponent("材料.yaml"), atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["new", "--type", "general", "--input", "材料.yaml"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("zongjie: 错误：\(expected)"), "\(result.stderr)")
            #expect(!result.stderr.contains("mapping values"))
            #expect(result.stdout.isEmpty)
        }
    }
}
