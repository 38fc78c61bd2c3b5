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
