import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// A wrong percentage that both a built-in plugin's `rate` rule and `rate-mismatch` catch is
/// reported once, with the plugin's message (it names the type's rule and its counts).
@Suite struct RateFindingsOnceTests {
    static let zhengwu = """
    某局2025年度政务公开工作总结

    现将有关情况总结如下：
    一、主要工作
    全年共收到政府信息公开申请86件，已办结84件，办结率100%。
    共收到政府信息公开申请61件，已办结59件，办结率93.22%。
    二、存在的问题
    宣传力度不够。
    """

    static let anquan = """
    某县应急管理局2025年安全生产工作总结

    现将有关情况总结如下：
    一、主要工作
    全年排查隐患120条，已整改100条，整改率85%。
    二、存在的问题
    基层力量薄弱。
    """

    static func rateFindings(_ text: String, rules: [any LintRule]) throws -> [Diagnostic] {
        let linter = Linter(rules: rules, catalog: try ReportTypeCatalog.builtIn())
        return linter.lint(text, path: "a.md").filter {
            $0.ruleID == RateMismatchRule.id || ($0.ruleID == PluginRule.id && $0.data["computed"] != nil)
        }
    }

    @Test(arguments: [(zhengwu, [5, 6], "依申请公开办结率"), (anquan, [5], "隐患整改率")])
    func oneFindingPerWrongPercentage(text: String, lines: [Int], pluginRule: String) throws {
        // Each rule alone fires on every line: the test is about their overlap.
        let generic = try Self.rateFindings(text, rules: [RateMismatchRule()])
        let plugin = try Self.rateFindings(text, rules: [PluginRule()])
        #expect(generic.map(\.range.start.line) == lines && plugin.map(\.range.start.line) == lines)
        let both = try Self.rateFindings(text, rules: [RateMismatchRule(), PluginRule()])
        #expect(both.map(\.range.start.line) == lines, "\(both.map(\.message))")
        #expect(both.allSatisfy { $0.ruleID == PluginRule.id && $0.data["pluginRule"] == pluginRule && $0.message.contains("（规则“\(pluginRule)”）") })
    }

    @Test func theWholeEngineReportsItOnce() throws {
        let findings = Linter(catalog: try ReportTypeCatalog.builtIn()).lint(Self.zhengwu, path: "a.md")
        let onLine5 = findings.filter { $0.range.start.line == 5 && ($0.ruleID == RateMismatchRule.id || $0.ruleID == PluginRule.id) }
        #expect(onLine5.count == 1)
        #expect(onLine5.first?.message == "“办结率”写作100%，按“办结”84÷“公开申请”86计算应为97.67%，请核对（规则“依申请公开办结率”）。")
    }

    @Test func anInlineIgnoreOfThePluginFindingBringsBackRateMismatch() throws {
        // The clerk switched off the type's rule on that line, not the arithmetic check.
        let ignored = Self.zhengwu.replacingOccurrences(
            of: "全年共收到", with: "<!-- zongjie-disable-next-line plugin-rule -->\n全年共收到")
        let engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: try ReportTypeCatalog.builtIn())
        let rates = engine.lint(ignored, path: "a.md").diagnostics.filter {
            $0.ruleID == RateMismatchRule.id || ($0.ruleID == PluginRule.id && $0.data["computed"] != nil)
        }
        #expect(rates.map(\.ruleID) == [RateMismatchRule.id, PluginRule.id], "\(rates.map(\.message))")
        #expect(rates.map(\.range.start.line) == [6, 7])
        // Both rules switched off there: nothing on that line.
        let both = Self.zhengwu.replacingOccurrences(
            of: "全年共收到", with: "<!-- zongjie-disable-next-line plugin-rule rate-mismatch -->\n全年共收到")
        let none = engine.lint(both, path: "a.md").diagnostics.filter { $0.range.start.line == 6 && [RateMismatchRule.id, PluginRule.id].contains($0.ruleID) }
        #expect(none.isEmpty, "\(none.map(\.message))")
    }

    @Test func rateMismatchStillReportsWhatThePluginDoesNotCheck() throws {
        // 整改率 of a general report: no plugin rate rule, rate-mismatch's finding stays.
        let general = Self.anquan.replacingOccurrences(of: "2025年安全生产工作总结", with: "2025年工作总结")
        let found = try Self.rateFindings(general, rules: [RateMismatchRule(), PluginRule()])
        #expect(found.map(\.ruleID) == [RateMismatchRule.id])
        // A share the plugin has no rule for, next to a rate it has one for.
        let share = Self.zhengwu.replacingOccurrences(of: "办结率93.22%。", with: "其中予以公开20件（33.3%）。")
        let both = try Self.rateFindings(share, rules: [RateMismatchRule(), PluginRule()])
        #expect(both.map(\.ruleID) == [PluginRule.id, RateMismatchRule.id], "\(both.map(\.message))")
    }
}
