import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Configuration, inline ignores, baseline and fixes, on our own sample text.
@Suite struct EngineTests {
    static let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])
    static let known = Set(RuleRegistry.all.map { $0.description.id })

    /// A draft with one non-canonical marker (line 5) and a leading-zero date (line 8).
    static let sample = """
    XX局2024年度工作总结

    2024年，我局认真履职，现将有关情况总结如下：
    一、主要工作
    （一）完善制度。全年修订制度12项。
    （二）强化培训。组织培训6次。
    二、存在的问题
    宣传方式单一。
    三、2025年工作打算
    一是丰富宣传方式。二是加强队伍建设。
    XX局
    2024年12月20日
    """

    func engine(_ yaml: String = "", strict: Bool = false) throws -> LintEngine {
        let configuration = try LintConfiguration.parse(yaml, path: "/tmp/.zongjie.yaml", knownRules: Self.known)
        return LintEngine(configuration: configuration, settings: LintSettings(), catalog: Self.catalog, strict: strict)
    }

    func rules(_ result: FileResult) -> [String] { result.diagnostics.map(\.ruleID) }

    @Test func cleanSampleHasNoFindings() throws {
        #expect(try engine().lint(Self.sample, path: "a.md").diagnostics.isEmpty)
    }

    @Test func configurationDisablesRulesAndChangesSeverity() throws {
        let text = Self.sample.replacingOccurrences(of: "（二）强化培训", with: "(二)强化培训")
        #expect(rules(try engine().lint(text, path: "a.md")) == ["numbering-style"])
        #expect(try engine("rules:\n  numbering-style: off\n").lint(text, path: "a.md").diagnostics.isEmpty)
        let raised = try engine("rules:\n  numbering-style: error\n").lint(text, path: "a.md")
        #expect(raised.diagnostics.map(\.severity) == [.error])
        #expect(try engine(strict: true).lint(text, path: "a.md").diagnostics.map(\.severity) == [.error])
    }

    @Test func unknownRuleWarnsWithLocationAndBadSettingFails() throws {
        let configuration = try LintConfiguration.parse("rules:\n  no-such-rule: off\nfail-on: warning\n", path: "c.yaml", knownRules: Self.known)
        #expect(configuration.warnings == ["c.yaml:2:3: 警告：未知的规则 id“no-such-rule”，已忽略。可用 zongjie rules 查看全部规则。"])
        #expect(configuration.failOn == .warning)
        #expect(throws: ConfigurationError.self) {
            try LintConfiguration.parse("rules:\n  numbering-style: loud\n", path: "c.yaml", knownRules: Self.known)
        }
        let error = try? LintConfiguration.parse("rules:\n  numbering-style: loud\n", path: "c.yaml", knownRules: Self.known)
        #expect(error == nil)
    }

    @Test func dictionariesResolveAgainstTheConfigFolder() throws {
        let configuration = try LintConfiguration.parse("dictionaries:\n  - words.tsv\n  - /abs/other.tsv\n", path: "/proj/.zongjie.yaml", knownRules: Self.known)
        #expect(configuration.dictionaries == ["/proj/words.tsv", "/abs/other.tsv"])
    }

    @Test func findsConfigurationUpward() throws {
        let root = try Paths.temporaryFolder()
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try "rules: {}\n".write(to: root.appendingPathComponent(".zongjie.yaml"), atomically: true, encoding: .utf8)
        #expect(LintConfiguration.find(from: nested.path) == root.appendingPathComponent(".zongjie.yaml").standardizedFileURL.path)
    }

    @Test func inlineCommentsSuppressAtEveryLevel() throws {
        let bad = Self.sample.replacingOccurrences(of: "（二）强化培训", with: "(二)强化培训")
        let nextLine = bad.replacingOccurrences(of: "(二)强化培训", with: "<!-- zongjie-disable-next-line numbering-style -->\n(二)强化培训")
        #expect(try engine().lint(nextLine, path: "a.md").diagnostics.isEmpty)
        let sameLine = bad.replacingOccurrences(of: "组织培训6次。", with: "组织培训6次。<!-- zongjie-disable-line -->")
        #expect(try engine().lint(sameLine, path: "a.md").diagnostics.isEmpty)
        let block = bad.replacingOccurrences(of: "一、主要工作", with: "<!-- zongjie-disable numbering-style -->\n一、主要工作")
            .replacingOccurrences(of: "二、存在的问题", with: "<!-- zongjie-enable numbering-style -->\n二、存在的问题")
        #expect(try engine().lint(block, path: "a.md").diagnostics.isEmpty)
        let file = "<!-- zongjie-disable-file numbering-style -->\n" + bad
        #expect(try engine().lint(file, path: "a.md").diagnostics.isEmpty)
        let otherRule = "<!-- zongjie-disable-file placeholder -->\n" + bad
        #expect(rules(try engine().lint(otherRule, path: "a.md")) == ["numbering-style"])
    }

    @Test func baselineMatchesShiftedText() throws {
        let bad = Self.sample.replacingOccurrences(of: "（二）强化培训", with: "(二)强化培训")
        let first = try engine().lint(bad, path: "a.md")
        let baseline = Baseline(entries: first.diagnostics.map { Baseline.entry(for: $0, path: "a.md", source: first.source) })
        let decoded = try JSONDecoder().decode(BaselineProbe.self, from: baseline.encoded())
        #expect(decoded.version == 1 && decoded.findings.count == 1)
        // Two lines added above: line numbers move, the finding is still known.
        let shifted = bad.replacingOccurrences(of: "一、主要工作", with: "一、主要工作\n全年工作平稳。\n各项任务完成。")
        let second = try engine().lint(shifted, path: "a.md")
        var counts = baseline.counts
        #expect(baseline.filter(second.diagnostics, path: "a.md", source: second.source, remaining: &counts).isEmpty)
        // A new finding of the same rule is reported.
        let more = shifted.replacingOccurrences(of: "二、存在的问题", with: "二、存在的问题\n(一)宣传。宣传不够。")
        let third = try engine().lint(more, path: "a.md")
        var fresh = baseline.counts
        #expect(baseline.filter(third.diagnostics, path: "a.md", source: third.source, remaining: &fresh).count == 1)
    }

    struct BaselineProbe: Decodable {
        var version: Int
        var findings: [Baseline.Entry]
    }

    @Test func fixesApplyOnlyTheirKindAndSkipOverlaps() {
        let source = SourceText("甲乙丙丁\n")
        let mechanical = Diagnostic(ruleID: "a", severity: .warning, range: SourceRange(line: 1, startColumn: 1, endColumn: 3), message: "",
                                    fix: Fix(range: SourceRange(line: 1, startColumn: 1, endColumn: 3), replacement: "AB", kind: .mechanical))
        let overlapping = Diagnostic(ruleID: "b", severity: .warning, range: SourceRange(line: 1, startColumn: 2, endColumn: 4), message: "",
                                     fix: Fix(range: SourceRange(line: 1, startColumn: 2, endColumn: 4), replacement: "X", kind: .mechanical))
        let wording = Diagnostic(ruleID: "c", severity: .warning, range: SourceRange(line: 1, startColumn: 4, endColumn: 5), message: "",
                                 fix: Fix(range: SourceRange(line: 1, startColumn: 4, endColumn: 5), replacement: "D", kind: .wording))
        let onlyMechanical = FixApplier.apply([mechanical, overlapping, wording], to: source, kinds: [.mechanical])
        #expect(onlyMechanical.text == "AB丙丁\n")
        #expect(onlyMechanical.applied.map(\.ruleID) == ["a"])
        let both = FixApplier.apply([wording, overlapping, mechanical], to: source, kinds: [.mechanical, .wording])
        #expect(both.text == "AB丙D\n")
        #expect(LineDiff.unified(old: source.string, new: both.text, path: "a.md") == "--- a.md\n+++ a.md（修复后）\n@@ -1 +1 @@\n-甲乙丙丁\n+AB丙D\n")
    }

    @Test func fixKeepsCRLFLineEndings() throws {
        let text = "XX局2024年度工作总结\r\n\r\n一、主要工作\r\n（一）完善制度\r\n1、修订制度。\r\n"
        let result = try engine().lint(text, path: "a.md")
        let fixed = FixApplier.apply(result.diagnostics, to: result.source, kinds: [.mechanical]).text
        #expect(fixed == "XX局2024年度工作总结\r\n\r\n一、主要工作\r\n（一）完善制度\r\n1.修订制度。\r\n")
    }
}

/// One-match ignores and the rule registry's completeness.
@Suite struct SuppressionAndRegistryTests {
    @Test func oneMatchIgnoreNamesTheText() throws {
        let text = "XX局2024年度工作总结\n\n一、主要工作\n（一）完善制度\n<!-- zongjie-disable-next-line numbering-style:1、 -->\n1、修订制度。\n2、清理文件。\n"
        let engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: EngineTests.catalog)
        let found = engine.lint(text, path: "a.md").diagnostics.filter { $0.ruleID == "numbering-style" }
        #expect(found.map(\.range.start.line) == [7])
        let other = text.replacingOccurrences(of: "numbering-style:1、", with: "numbering-style:2、")
        #expect(engine.lint(other, path: "a.md").diagnostics.filter { $0.ruleID == "numbering-style" }.count == 2)
    }

    /// Every `*Rule.swift` under Sources/ZongjieLint/Rules declares a type listed in the registry.
    @Test func everyRuleFileIsListed() throws {
        let rules = Paths.packageRoot.appendingPathComponent("Sources/ZongjieLint/Rules")
        let listed = Set(RuleRegistry.all.map { String(describing: $0) })
        let enumerator = FileManager.default.enumerator(atPath: rules.path)
        var checked = 0
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix("Rule.swift") else { continue }
            let name = (file as NSString).lastPathComponent.replacingOccurrences(of: ".swift", with: "")
            #expect(listed.contains(name), "\(file) is not listed in its folder's rule list")
            checked += 1
        }
        #expect(checked >= 6)
    }
}
