import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Runs the content and figure rules over every corpus document (when
/// ../shared/corpus is present) and compares with findings checked by hand.
@Suite struct CorpusContentRulesTests {
    static let rules: [any LintRule.Type] = RuleRegistry.contentAndFigureRules

    /// Findings as "rule line:column" strings, sorted.
    static func findings(_ text: String) -> [String] {
        let linter = Linter(rules: rules.map { $0.init() }, catalog: ReportTypeCatalog(types: []))
        return linter.lint(text, path: "corpus.txt").map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" }
    }

    @Test func dump() throws {
        guard let corpus = Paths.corpus else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            let source = SourceText(text)
            let linter = Linter(rules: Self.rules.map { $0.init() }, catalog: ReportTypeCatalog(types: []))
            for finding in linter.lint(text, path: file) {
                let line = source.line(finding.range.start.line)
                let scalars = Array(line.unicodeScalars)
                let from = max(0, finding.range.start.column - 6)
                let to = min(scalars.count, finding.range.start.column + 10)
                var snippet = String.UnicodeScalarView(); snippet.append(contentsOf: scalars[from..<to])
                print("DUMP \(file.prefix(2)) \(finding.ruleID) \(finding.range.start.line):\(finding.range.start.column) «\(String(snippet))» \(finding.message)")
            }
        }
    }
}
