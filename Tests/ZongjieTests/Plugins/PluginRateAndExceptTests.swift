import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// The plugin lint kind `rate` and `substitution`'s `except:` (issue 13): decoded from
/// plugin.yaml with their mistakes reported, and run on small documents.
@Suite struct PluginRateAndExceptTests {
    func lint(_ rules: [PluginLintRule], _ text: String) -> [Diagnostic] {
        PluginRuleKindTests.linter(rules).lint(text, path: "a.txt")
    }

    static func document(_ body: String) -> String {
        """
        XX局2025年度测试工作总结

        现将有关情况总结如下：
        一、主要工作
        \(body)
        二、存在的问题
        宣传力度不够。
        """
    }

    static let handlingRate = PluginLintRule(
        name: "办结率", kind: .rate(numerator: ["已办结", "办结"], denominator: ["承办"], percent: ["办结率"], tolerance: nil))

    @Test func rateFindsAWholeClaimedForAPart() {
        let found = lint([Self.handlingRate], Self.document("共承办市人大代表建议86件，已办结84件，办结率100%。"))
        #expect(found.count == 1)
        #expect(found.first?.range == SourceRange(line: 5, startColumn: 25, endColumn: 28))
        #expect(found.first?.message == "“办结率”写作100%，按“已办结”84÷“承办”86计算应为97.67%，请核对（规则“办结率”）。")
        #expect(found.first?.data["computed"] == "97.67" && found.first?.data["pluginRule"] == "办结率")
    }

    @Test func rateAcceptsTheRoundedValueAndStaysSilentWithoutItsFigures() {
        #expect(lint([Self.handlingRate], Self.document("共承办市人大代表建议86件，已办结84件，办结率97.67%。")).isEmpty)
        #expect(lint([Self.handlingRate], Self.document("共承办市人大代表建议86件，已办结84件，办结率97.7%。")).isEmpty)
        #expect(lint([Self.handlingRate], Self.document("共承办市人大代表建议86件，已办结86件，办结率100%。")).isEmpty)
        // No denominator stated: nothing to compute, no guess.
        #expect(lint([Self.handlingRate], Self.document("已办结84件，办结率100%。")).isEmpty)
    }

    @Test func rateToleranceInPercentagePoints() {
        // 84÷86 is 97.67: 98.0 is no rounding of it, but within half a point.
        let text = Self.document("共承办市人大代表建议86件，已办结84件，办结率98.0%。")
        #expect(lint([Self.handlingRate], text).count == 1)
        let lenient = PluginLintRule(name: "办结率", kind: .rate(numerator: ["已办结"], denominator: ["承办"], percent: ["办结率"], tolerance: 0.5))
        #expect(lint([lenient], text).isEmpty)
        #expect(lint([lenient], Self.document("共承办市人大代表建议86件，已办结84件，办结率99%。")).count == 1)
    }

    /// Two rates of one kind, each with its own counts on its own line.
    @Test func ratePairsEachPercentageWithItsOwnCounts() {
        let text = Self.document("承办人大代表建议86件，已办结84件，办结率97.67%。\n承办政协委员提案61件，已办结59件，办结率93.22%。")
        let found = lint([Self.handlingRate], text)
        #expect(found.count == 1)
        #expect(found.first?.range.start == SourcePosition(line: 6, column: 23))
        #expect(found.first?.data["computed"] == "96.72")
        // A rate on a line of its own: paired only when the scope holds one count of each.
        let apart = Self.document("共承办市人大代表建议86件，已办结84件。\n办结率100%。")
        #expect(lint([Self.handlingRate], apart).map(\.data["computed"]) == ["97.67"])
        let ambiguous = Self.document("承办人大代表建议86件，已办结84件。\n承办政协委员提案61件，已办结59件。\n办结率100%。")
        #expect(lint([Self.handlingRate], ambiguous).isEmpty)
    }

    @Test func substitutionSkipsItsExceptions() {
        let swap = PluginLintRule.Swap(wrong: "政协建议", right: "政协提案", except: ["政协建议案"])
        let rule = PluginLintRule(name: "提案", kind: .substitution(swaps: [swap]))
        let found = lint([rule], Self.document("办理政协建议案2件，办理政协建议15件。"))
        #expect(found.count == 1)
        #expect(found.first?.range == SourceRange(line: 5, startColumn: 13, endColumn: 17))
        #expect(found.first?.fix?.replacement == "政协提案")
        // Without the exception the 政协建议案 is flagged too.
        let plain = PluginLintRule(name: "提案", kind: .substitution(swaps: [.init(wrong: "政协建议", right: "政协提案")]))
        #expect(lint([plain], Self.document("办理政协建议案2件，办理政协建议15件。")).count == 2)
    }

    static func manifest(lint: String) -> String {
        """
        id: demo
        name: 演示工作总结
        outline:
          extends: annual-summary
        slots:
          - key: unit
            type: text
            label: 单位名称
        lint:
        \(lint)
        """
    }

    @Test func decodesRateAndExcept() throws {
        let manifest = try ManifestDecoder.decode(Self.manifest(lint: """
          - name: 办结率
            kind: rate
            numerator: 已办结
            denominator: [承办, 交办]
            percent: [办结率]
            tolerance: 0.1
          - name: 提案
            kind: substitution
            swap: {政协建议: 政协提案, 人大建议: 人大代表建议}
            except: [政协建议案]
        """), file: "plugin.yaml")
        #expect(manifest.lint.first?.kind == .rate(numerator: ["已办结"], denominator: ["承办", "交办"], percent: ["办结率"], tolerance: 0.1))
        // Each swap keeps the exceptions that hold its wrong form.
        #expect(manifest.lint.last?.kind == .substitution(swaps: [
            .init(wrong: "政协建议", right: "政协提案", except: ["政协建议案"]),
            .init(wrong: "人大建议", right: "人大代表建议"),
        ]))
    }

    @Test func rateAndExceptMistakesCarryTheirPlace() {
        let found = ManifestAndOutlineTests.problems(Self.manifest(lint: """
          - name: 办结率
            kind: rate
            numerator: [办结]
            denominator: [办结]
            percent: [办结率]
          - name: 整改率
            kind: rate
            numerator: [已整改]
            denominator: [隐患]
            percent: [整改率]
            tolerance: 一点
          - name: 缺分母
            kind: rate
            numerator: [已整改]
            percent: [整改率]
          - name: 提案
            kind: substitution
            swap: {政协建议: 政协提案}
            except: [人大建议案, 政协建议]
        """))
        #expect(found.contains { $0.line == 13 && $0.message == "lint[办结率] 的分子和分母都用了“办结”，比率永远是 100%。请给分母写另一个词。" }, "\(found)")
        #expect(found.contains { $0.line == 20 && $0.message.hasPrefix("lint[整改率].tolerance 应为 0 到 100 之间的数") }, "\(found)")
        #expect(found.contains { $0.line == 21 && $0.message == "检查规则“缺分母”（rate）缺少 denominator：分母（如“收到申请”）前面的词，数字紧跟其后。" }, "\(found)")
        #expect(found.contains { $0.line == 28 && $0.message.contains("“人大建议案”不含任何错误写法（“政协建议”），永远不起作用") }, "\(found)")
        #expect(found.contains { $0.line == 28 && $0.message.contains("“政协建议”就是错误写法本身") }, "\(found)")
    }

    /// The built-in 政务公开 type checks its 办结率 against the counts.
    @Test func zhengwuGongkaiChecksTheHandlingRate() throws {
        let linter = Linter(catalog: try ReportTypeCatalog.builtIn())
        let text = """
        XX局2025年度政务公开工作总结

        现将有关情况总结如下：
        一、政务公开工作开展情况
        全年主动公开政府信息1260条。共收到政府信息公开申请36件，按法定时限答复办结35件，办结率98.22%。
        """
        let found = linter.lint(text, path: "a.txt").filter { $0.data["pluginRule"] == "依申请公开办结率" }
        #expect(found.map(\.data["computed"]) == ["97.22"])
        let right = text.replacingOccurrences(of: "98.22%", with: "97.22%")
        #expect(linter.lint(right, path: "a.txt").filter { $0.data["pluginRule"] == "依申请公开办结率" }.isEmpty)
    }
}
