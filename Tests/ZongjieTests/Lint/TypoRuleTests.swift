import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieResources
@testable import ZongjieLint

/// The `typo` rule beyond its examples: its data, its findings' shape, the user
/// dictionary, and the real summaries of ../shared/corpus.
@Suite struct TypoRuleTests {
    static let linter = Linter(rules: [TypoRule()], catalog: ReportTypeCatalog(types: []))

    static func units(_ text: String) -> [UInt16] { text.unicodeScalars.map { UInt16($0.value) } }

    @Test func dataLoadsAndNoticeNamesEverySource() throws {
        for path in ["words.txt", "confusions.txt", "affixes.txt", "pairs.tsv", "terms.txt", "NOTICE"] {
            #expect(EmbeddedFiles.all["dictionaries/typo/" + path] != nil, "dictionaries/typo/\(path) is not embedded")
        }
        let notice = try #require(EmbeddedFiles.all["dictionaries/typo/NOTICE"])
        for name in ["pycorrector", "Apache License 2.0", "jieba", "MIT License", "addressparser"] {
            #expect(notice.contains(name), "NOTICE does not name \(name)")
        }
        let lexicon = TypoLexicon.shared
        #expect(lexicon.wordCount > 500_000)
        #expect(lexicon.cost(Self.units("同比"), 0, 2) != nil)
        #expect(lexicon.cost(Self.units("截污纳管"), 0, 4) != nil)
        #expect(lexicon.cost(Self.units("同比增长率高"), 0, 5) == nil)
        // 泗阳 is a place: it segments but is never offered as a correction.
        #expect(lexicon.cost(Self.units("泗阳"), 0, 2) != nil && lexicon.correctionCost(Self.units("泗阳"), 0, 2) == nil)
        let ying = Int(Self.units("应")[0])
        let confused = lexicon.confusedWith[Int(lexicon.confusionStart[ying])..<Int(lexicon.confusionStart[ying + 1])]
        #expect(confused.contains { UInt16(truncatingIfNeeded: $0) == Self.units("映")[0] })
    }

    @Test func findingNamesTheWordAndItsCorrectionAsAWordingFix() throws {
        let findings = Self.linter.lint("健全制度体系，堵塞管理漏动。", path: "a.txt")
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.ruleID == "typo")
        #expect(finding.data["term"] == "漏动" && finding.data["replacement"] == "漏洞")
        #expect(finding.message.hasPrefix("“漏动”疑为“漏洞”之误"))
        #expect(finding.fix?.kind == .wording && finding.fix?.replacement == "漏洞")
        #expect(finding.range.start.column == 12 && finding.range.end.column == 14)
    }

    @Test func userDictionaryAllowsAWord() {
        let text = "健全制度体系，堵塞管理漏动。"
        #expect(!Self.linter.lint(text, path: "a.txt").isEmpty)
        let settings = LintSettings(extraWordingEntries: [WordingEntry(term: "漏动", replacement: "漏动", source: "本单位.tsv:1")])
        let allowing = Linter(rules: [TypoRule(settings: settings)], catalog: ReportTypeCatalog(types: []))
        #expect(allowing.lint(text, path: "a.txt").isEmpty)
    }

    @Test func dictOptionAllowsAWordOnTheCommandLine() throws {
        let folder = try Paths.temporaryFolder()
        try Data("健全制度体系，堵塞管理漏动。\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("漏动\t漏动\n".utf8).write(to: folder.appendingPathComponent("allow.tsv"))
        let flagged = try CLIRunner.run(["lint", "--only", "typo", "a.txt"], in: folder)
        #expect(flagged.stdout.contains("a.txt:1:12: warning: “漏动”疑为“漏洞”之误"))
        let allowed = try CLIRunner.run(["lint", "--only", "typo", "--dict", "allow.tsv", "a.txt"], in: folder)
        #expect(allowed.status == 0 && !allowed.stdout.contains("[typo]"))
    }

    /// Curated slips that need context: 权利 for 权力 only where the phrase asks for power,
    /// a dropped 开 only where 展 stands alone before an activity.
    @Test func contextSlipsNeedTheirContext() {
        func terms(_ text: String) -> [String] {
            Self.linter.lint(text, path: "a.txt").map { "\($0.data["term"] ?? "")→\($0.data["replacement"] ?? "")" }
        }
        #expect(terms("坚持把权利关进制度的笼子里，规范公权利运行。") == ["权利→权力", "公权利→公权力"])
        #expect(terms("人大是国家权利机关。") == ["权利→权力"])
        #expect(terms("依法保障群众合法权利，尊重公民权利，正确行使权力。").isEmpty)
        #expect(terms("党员干部集体前往联系村，展结对帮扶活动。") == ["展→开展"])
        #expect(terms("展示发展成果，拓展服务领域，展开调研，举办书画展活动。").isEmpty)
        #expect(terms("展望明年，持续推进各项工作。").isEmpty)
        #expect(terms("举办车展活动，组织农产品展活动。").isEmpty)
        #expect(terms("各单位积极展宣传教育活动。") == ["展→开展"])
    }

    /// The findings on the corpus, each judged (BENCHMARKS.md lists them with the reasons):
    /// all are real slips a 文秘 would send back; no place, company or policy term is flagged.
    static let corpusExpected: [String: [String]] = [
        "02": ["5:120 可持性→可持续性"],
        "03": ["6:87 同步→同比"],
        "05": ["9:152 切保→确保"],
        "07": ["10:56 展→开展"],
        "16": ["8:22 法制宣传→法治宣传", "15:250 反应→反映", "19:51 法制宣传→法治宣传"],
    ]

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present"))
    func corpusFindingsAreTheReviewedOnes() throws {
        let corpus = try #require(Paths.corpus)
        let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        #expect(files.count >= 16)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let found = Self.linter.lint(text, path: file.lastPathComponent).map {
                "\($0.range.start.line):\($0.range.start.column) \($0.data["term"] ?? "")→\($0.data["replacement"] ?? "")"
            }
            #expect(found == Self.corpusExpected[String(file.lastPathComponent.prefix(2))] ?? [], "\(file.lastPathComponent)")
        }
    }
}
