import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// The structure rules over ../shared/corpus (skipped when absent): document by
/// document, exactly the findings a careful reviewer would make — which parts
/// are missing, which numbering is off — and no others (no false alarms).
/// Linted as `general` (the base outline), so plugin outlines do not move the goalposts.
@Suite struct CorpusConformanceTests {
    static let structureRuleIDs: Set<String> = [
        "missing-section", "empty-section", "numbering-sequence", "numbering-style", "year-mismatch", "date-format",
    ]

    /// A file prefix and its expected structural findings, each written as
    /// "rule:section" for missing parts or "rule@line:column" for the rest.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var findings: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        // Seven numbered achievements and nothing else: no opening, problems, plans or signature.
        Case(file: "02-", findings: ["missing-section:opening", "missing-section:problems", "missing-section:plans", "missing-section:signature"]),
        // Starts straight with 一、; has problems and plans headings; unsigned.
        Case(file: "03-", findings: ["missing-section:opening", "missing-section:signature"]),
        Case(file: "04-", findings: ["missing-section:signature"]),
        // Opening then 一是……十四是: work only.
        Case(file: "05-", findings: ["missing-section:problems", "missing-section:plans", "missing-section:signature"]),
        Case(file: "06-", findings: ["missing-section:problems", "missing-section:signature"]),
        Case(file: "07-", findings: ["missing-section:problems", "missing-section:signature"]),
        // （一）…（六） as the top level is allowed; no problems or plans at all.
        Case(file: "08-", findings: ["missing-section:problems", "missing-section:plans", "missing-section:signature"]),
        // Plans only in the unheaded closing paragraph (下一步，……).
        Case(file: "11-", findings: ["missing-section:problems", "missing-section:signature"]),
        // Problems stated inside 二、下一步工作打算 (但仍存在着……等问题).
        Case(file: "12-", findings: ["missing-section:signature"]),
        Case(file: "14-", findings: ["missing-section:problems", "missing-section:signature"]),
        // 存在的不足和2024年工作计划 holds both parts.
        Case(file: "15-", findings: ["missing-section:signature"]),
        // Complete, signed 2023年12月13日.
        Case(file: "16-", findings: []),
        Case(file: "17-", findings: []),
        Case(file: "19-", findings: ["missing-section:problems", "missing-section:plans", "missing-section:signature"]),
        // 四、 straight to 1. (level skip, info only).
        Case(file: "21-", findings: ["missing-section:signature", "numbering-style@11:1"]),
        Case(file: "22-", findings: ["missing-section:problems", "missing-section:signature"]),
    ]

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present"), arguments: cases)
    func structuralFindings(_ expected: Case) throws {
        guard let text = try CorpusStructureTests.corpusText(expected.file) else { return }
        let linter = Linter(catalog: try ReportTypeCatalog.builtIn())
        let found = linter.lint(text, path: expected.file, reportType: "general")
            .filter { Self.structureRuleIDs.contains($0.ruleID) }
            .map { diagnostic in
                if let section = diagnostic.data["section"] { return "\(diagnostic.ruleID):\(section)" }
                return "\(diagnostic.ruleID)@\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
            }
        #expect(found.sorted() == expected.findings.sorted())
    }

    /// Missing parts are warnings and the level skip an info: by default no corpus document fails lint on structure.
    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present")) func corpusHasNoStructuralErrors() throws {
        guard let corpus = Paths.corpus else { return }
        let linter = Linter(catalog: try ReportTypeCatalog.builtIn())
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") && name != "README.md" {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let errors = linter.lint(text, path: name, reportType: "general").filter { Self.structureRuleIDs.contains($0.ruleID) && $0.severity == .error }
            #expect(errors.isEmpty, "\(name): \(errors.map(\.message))")
        }
    }
}

/// The usage rules of issue 14 over ../shared/corpus and ../shared/nianbao-real (skipped when
/// absent): per document, exactly the findings a careful reviewer makes there — the misses
/// the issue names — and no false alarm anywhere else.
@Suite struct CorpusUsageConformanceTests {
    static let usageRuleIDs: Set<String> = [
        "political-formula", "law-title", "punctuation-usage", "number-usage", "count-claim", "attachment-note",
    ]

    /// Per corpus document (file prefix): "rule@line:column" for each expected finding.
    static let expected: [String: [String]] = [
        // 1-10月 (a time span: 1—10月).
        "03-": ["number-usage@6:13"],
        // 坚持以新时代中国特色社会主义思想为指导: the leader's name dropped.
        "04-": ["political-formula@3:53"],
        // 《…行动计划（2022-2025年）》: 2022—2025年.
        "05-": ["number-usage@5:41"],
        "06-": ["political-formula@3:16", "political-formula@14:11"],
        "07-": ["political-formula@3:16"],
        // 传达学习关于审计工作的重要讲话和重要指示批示精神: no speaker.
        "08-": ["political-formula@5:48"],
        // 新时代中国特色社会主义思想; 《中华人民共和国知识产权法》 is no law.
        "16-": ["political-formula@6:59", "law-title@8:48"],
        // 《XX县城新型城镇化建设方案（2023-2025）》: 2023—2025.
        "17-": ["number-usage@15:70"],
        // 1-10月.
        "19-": ["number-usage@10:7"],
        // 这十个重点领域 after twelve listed fields.
        "22-": ["count-claim@10:114"],
    ]

    static func found(in text: String, path: String) throws -> [String] {
        let linter = Linter(catalog: try ReportTypeCatalog.builtIn())
        return linter.lint(text, path: path, reportType: "general")
            .filter { usageRuleIDs.contains($0.ruleID) }
            .map { "\($0.ruleID)@\($0.range.start.line):\($0.range.start.column)" }
            .sorted()
    }

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present"))
    func corpusFindingsMatchTheReview() throws {
        guard let corpus = Paths.corpus else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 16)
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let prefix = String(name.prefix(3))
            #expect(try Self.found(in: text, path: name) == (Self.expected[prefix] ?? []).sorted(), "\(name)")
        }
    }

    /// The four real 年报, hard-wrapped as pasted from PDF (quotes and brackets broken across
    /// lines pair up): one true finding, 004's 《…行动方案（2024－2027 年）》 (a time span takes
    /// the 一字线), and no false alarm.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Paths.shared.appendingPathComponent("nianbao-real").path), "../shared/nianbao-real not present"))
    func nianbaoRealFindingsMatchTheReview() throws {
        let folder = Paths.shared.appendingPathComponent("nianbao-real")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 4)
        let expected = ["004.txt": ["number-usage@34:11"]]
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(try Self.found(in: text, path: name) == expected[name, default: []], "\(name)")
        }
    }
}
