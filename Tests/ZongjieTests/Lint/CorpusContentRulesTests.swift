import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Runs the content and figure rules over every corpus document (when
/// ../shared/corpus is present; skipped otherwise) and compares with the
/// findings a reviewer makes there, checked by hand:
/// - placeholder: XX亿元 / XX万元 / XX元 figure slots (03, 05, 07, 19) and XX in the 落款 (16, 17: the
///   signing unit must be named in full); XX市, XX区, XX县 name masks in the text stay silent;
/// - latin-in-cjk: every D that masks 党 and AAA that masks 微信/微博, including 05 “从严治D。”
///   (D before a full stop) and 06 “D组会” (only 党组 holds a 组会);
/// - residue: the ##paidbegin## marker in 05;
/// - punctuation-width: half-width ; , ( in 08, 11, 16, 17;
/// - wording: 截止12月 in 21 (should be 截至12月);
/// - typo: 可持性 (02), 同步增长26.02% (03), 切保 (05), 展 for 开展 (07), 法制宣传 twice and 反应问题 (16); see TypoRuleTests;
/// - no false alarm from repeated-word, duplicate-paragraph, cjk-spacing, sum-mismatch,
///   rate-mismatch, no-figures: the corpus totals (04: 103 = 6+8+3+5+5+47+14+7+8) and rates
///   (03: 3502/3562 = 98.3%) are right.
/// Linted with no plugin types (the base headings), so plugin outlines do not move the
/// goalposts; with the 政务公开 plugin, no-figures also notes 22's figure-less 主动公开情况 (info).
@Suite struct CorpusContentRulesTests {
    static let linter = Linter(rules: RuleRegistry.contentAndFigureRules.map { $0.init() }, catalog: ReportTypeCatalog(types: []))

    /// Expected findings per document (file-name prefix) and rule: "line:column" starts.
    static let expected: [String: [String: String]] = [
        "02": [
            "latin-in-cjk": "9:40 9:53",
            "typo": "5:120",
        ],
        "03": [
            "placeholder": "6:23 6:55 6:82 6:264",
            "latin-in-cjk": "12:264 15:14 16:20 16:42 16:76 16:117 16:135 16:201",
            "typo": "6:87",
        ],
        "04": [
            "latin-in-cjk": "3:74 3:88 9:132",
        ],
        "05": [
            "latin-in-cjk": "3:63 7:32 7:55 14:66 16:6 16:17 16:34 16:61 16:88 16:98 16:119 16:149 17:11 17:45 17:58 17:74 17:88 17:101 17:121 17:126 17:138",
            "placeholder": "15:63",
            "residue": "15:133",
            "typo": "9:152",
        ],
        "06": [
            "latin-in-cjk": "7:12 10:34 14:34",
        ],
        "07": [
            "latin-in-cjk": "6:2 8:2 9:5 9:171 10:12 10:40 10:109 10:167 13:109 16:164 17:11 17:23 17:37 17:47 17:64 17:87 17:100 17:153 20:18",
            "placeholder": "12:161 13:128 14:92",
            "typo": "10:56",
        ],
        "08": [
            "latin-in-cjk": "4:13 5:3 13:125 15:28 15:77 15:201 15:233",
            "punctuation-width": "7:188",
        ],
        "11": [
            "punctuation-width": "5:100",
        ],
        "12": [
            "latin-in-cjk": "3:29 5:32",
        ],
        "15": [
            "latin-in-cjk": "6:127",
        ],
        "16": [
            "latin-in-cjk": "6:38 15:232 17:19",
            "punctuation-width": "17:28",
            "placeholder": "21:3 21:6",
            "typo": "8:22 15:250 19:51",
        ],
        "17": [
            "latin-in-cjk": "6:12",
            "punctuation-width": "23:89",
            "placeholder": "31:1",
        ],
        "19": [
            "placeholder": "6:489 9:98 9:166 9:174 12:210 12:331 16:42",
        ],
        "21": [
            "wording": "9:141",
        ],
    ]

    static func corpusFiles() throws -> [URL] {
        guard let corpus = Paths.corpus else { return [] }
        return try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Findings grouped by rule: rule id → "line:column …".
    static func findings(_ text: String) -> [String: String] {
        var byRule: [String: [String]] = [:]
        for finding in linter.lint(text, path: "corpus.txt") {
            byRule[finding.ruleID, default: []].append("\(finding.range.start.line):\(finding.range.start.column)")
        }
        return byRule.mapValues { $0.joined(separator: " ") }
    }

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present")) func findingsMatchTheReview() throws {
        let files = try Self.corpusFiles()
        guard !files.isEmpty else { return }
        #expect(files.count >= 16)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let key = String(file.lastPathComponent.prefix(2))
            #expect(Self.findings(text) == Self.expected[key] ?? [:], "\(file.lastPathComponent)")
        }
    }

    /// The figure rules stay silent on the corpus because its figures add up;
    /// changing one figure must wake them.
    @Test func figureRulesFireWhenACorpusFigureIsChanged() throws {
        let files = try Self.corpusFiles()
        guard let totals = files.first(where: { $0.lastPathComponent.hasPrefix("04") }),
              let rates = files.first(where: { $0.lastPathComponent.hasPrefix("03") }) else { return }
        let totalsText = try String(contentsOf: totals, encoding: .utf8)
        #expect(totalsText.contains("103条。其中"))
        let wrongTotal = totalsText.replacingOccurrences(of: "103条。其中", with: "105条。其中")
        #expect(Self.findings(wrongTotal)["sum-mismatch"] != nil)

        let ratesText = try String(contentsOf: rates, encoding: .utf8)
        #expect(ratesText.contains("整改率98.3%"))
        let wrongRate = ratesText.replacingOccurrences(of: "整改率98.3%", with: "整改率98.5%")
        #expect(Self.findings(wrongRate)["rate-mismatch"] != nil)
    }

    /// Findings on the four real 年报 in ../shared/nianbao-real (skipped when absent), checked by hand:
    /// 003's half-width brackets and commas (OCR text), 004's half-width comma and 资金资金 (a known
    /// defect); the PDF extractions' spaced figures (2025 年) for cjk-spacing; nothing else. In particular
    /// 005's totals and percentages are consistent, the scattered table cells (结果结果其他尚未,
    /// 总计总计, repeated 表三 labels and header rows) are not reported, and 002's office phone
    /// line (a landline) is not residue.
    static let nianbaoExpected: [String: [String: String]] = [
        "003.txt": [
            // Merged per prose line (a pair of brackets is one slip) and once for 表三's labels.
            "punctuation-width": "4:1 6:20 75:1",
        ],
        "004.txt": [
            "punctuation-width": "7:3",
            "repeated-word": "32:31",
        ],
    ]
    /// OCR spacing in a 年报's prose is one finding per document (its data counts them); the
    /// gaps between table cells are none.
    static let nianbaoSpacingCounts = ["002.txt": 0, "003.txt": 1, "004.txt": 1, "005.txt": 1]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Paths.shared.appendingPathComponent("nianbao-real").path), "../shared/nianbao-real not present")) func annualReportFindingsMatchTheReview() throws {
        let folder = Paths.shared.appendingPathComponent("nianbao-real")
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        for (name, spacingCount) in Self.nianbaoSpacingCounts {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var found = Self.findings(text)
            let spacing = found.removeValue(forKey: "cjk-spacing")?.split(separator: " ").count ?? 0
            #expect(found == Self.nianbaoExpected[name] ?? [:], "\(name)")
            #expect(spacing == spacingCount, "\(name)")
        }
    }

    /// Every built-in wording entry is checked against the whole corpus: none may fire
    /// except the one real error (截止12月 in 21), which is not a dictionary entry.
    @Test func builtInDictionaryHasNoFalseAlarmOnTheCorpus() throws {
        let wording = Linter(rules: [WordingRule()], catalog: ReportTypeCatalog(types: []))
        for file in try Self.corpusFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            let terms = wording.lint(text, path: "corpus.txt").compactMap { $0.data["term"] }.filter { $0 != "截止" }
            #expect(terms.isEmpty, "\(file.lastPathComponent): \(terms)")
        }
    }
}
