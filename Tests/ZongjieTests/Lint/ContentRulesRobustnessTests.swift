import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
@testable import ZongjieLint

/// Odd input must not crash the content and figure rules: one huge line, control
/// characters, replacement characters, lone CRs, empty text.
@Suite struct ContentRulesRobustnessTests {
    static let linter = Linter(rules: RuleRegistry.contentAndFigureRules.map { $0.init() }, catalog: ReportTypeCatalog(types: []))

    @Test func oneHugeLine() {
        let unit = "共发现隐患3562条，已整改3502条，整改率98.5%，其中XX元(测试)截止目前D组。"
        let text = String(repeating: unit, count: 5_000)
        let found = Self.linter.lint(text, path: "huge.txt")
        // Every repetition carries the same five faults, on line 1.
        #expect(found.count >= 5 * 5_000)
        #expect(found.allSatisfy { $0.range.start.line == 1 })
    }

    /// A run-on "sentence" of 5,000 clauses (no full stop) stays linear for the figure rules.
    @Test func runOnSentenceWithManyFigures() {
        let clause = "共发现问题12件，其中咨询类5件，其他类8件，整改率41.7%，"
        let text = String(repeating: clause, count: 5_000)
        // Without the typo rule: its search is measured by zongjie-bench, and in a debug build
        // under load it alone takes most of this budget.
        let linter = Linter(rules: RuleRegistry.contentAndFigureRules.filter { $0.id != TypoRule.id }.map { $0.init() },
                            catalog: ReportTypeCatalog(types: []))
        // CPU time of this thread, not the wall clock: under load the wall clock stretches
        // several times. Quadratic work on 5,000 clauses costs minutes, linear well under a second.
        let cpu0 = ThreadCPUTime.seconds()
        let found = linter.lint(text, path: "runon.txt")
        let cpu = ThreadCPUTime.seconds() - cpu0
        #expect(found.contains { $0.ruleID == "sum-mismatch" })
        #expect(cpu < 20, "used \(cpu) s of CPU")
    }

    @Test func strangeCharactersAndLineEndings() {
        var random = SeededGenerator(seed: 7)
        var scalars = String.UnicodeScalarView()
        let pool: [Unicode.Scalar] = ["\u{0}", "\u{FFFD}", "\r", "\n", "\u{3000}", "（", ")", "1", "%", "其", "中", "X", "D", "共", "条", "，", "。", "\u{1F600}", "率", "为", "_", "{", "}"]
        for _ in 0..<20_000 { scalars.append(pool.randomElement(using: &random)!) }
        let text = String(scalars)
        let found = Self.linter.lint(text, path: "odd.txt")
        let source = SourceText(text)
        #expect(found.allSatisfy { $0.range.start.line >= 1 && $0.range.start.line <= source.lines.count })
        #expect(Self.linter.lint("", path: "empty.txt").isEmpty)
        #expect(Self.linter.lint("\n\n\r\r\n", path: "blank.txt").isEmpty)
    }
}
