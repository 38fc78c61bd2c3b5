import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Each kind of plugin lint rule on small documents, and how the engine treats
/// `plugin-rule` (severity overrides, disabling, inline comments).
@Suite struct PluginRuleKindTests {
    static let general = (try? ReportTypeCatalog.builtIn())?.type(id: "general")

    /// A catalog with one type `t` (测试工作总结) carrying `rules`.
    static func linter(_ rules: [PluginLintRule]) -> Linter {
        var type = ReportType(id: "t", name: "测试工作总结", titleKeywords: ["测试工作"],
                              outline: general?.outline ?? Outline(id: "x", name: "", sections: []), origin: .path)
        type.lintRules = rules
        return Linter(rules: [PluginRule()], catalog: ReportTypeCatalog(types: [type]))
    }

    static let document = """
    XX局2024年度测试工作总结

    现将有关情况总结如下：
    一、主要工作
    全年开展检查12次，发现问题30个，其中已整改26个、正在整改4个。搞好服务。
    二、存在的问题
    宣传力度不够。
    三、2025年工作打算
    下一步，加大宣传力度。

    XX局
    2025年1月10日
    """

    func lint(_ rules: [PluginLintRule], _ text: String = Self.document) -> [Diagnostic] {
        Self.linter(rules).lint(text, path: "a.txt")
    }

    @Test func existenceFindsEachOccurrence() {
        let found = lint([PluginLintRule(name: "口语", kind: .existence(terms: ["搞好"]))])
        #expect(found.count == 1)
        #expect(found.first?.range == SourceRange(line: 5, startColumn: 35, endColumn: 37))
        #expect(found.first?.message == "测试工作总结中不应出现“搞好”（规则“口语”）。")
        #expect(found.first?.data["pluginRule"] == "口语" && found.first?.data["plugin"] == "t")
        #expect(lint([PluginLintRule(name: "口语", kind: .existence(terms: ["弄好"]))]).isEmpty)
    }

    @Test func existenceInASectionOnly() {
        let inProblems = PluginLintRule(name: "口语", kind: .existence(terms: ["搞好"]), section: "problems")
        #expect(lint([inProblems]).isEmpty)
        let inAchievements = PluginLintRule(name: "口语", kind: .existence(terms: ["搞好"]), section: "achievements")
        #expect(lint([inAchievements]).count == 1)
    }

    @Test func substitutionOffersAWordingFixAndSkipsTheRightForm() {
        let rule = PluginLintRule(name: "用语", kind: .substitution(swaps: [.init(wrong: "宣传", right: "宣传教育")]))
        let found = lint([rule], Self.document.replacingOccurrences(of: "加大宣传力度", with: "加大宣传教育力度"))
        #expect(found.count == 1)
        #expect(found.first?.range.start == SourcePosition(line: 7, column: 1))
        #expect(found.first?.fix == Fix(range: SourceRange(line: 7, startColumn: 1, endColumn: 3), replacement: "宣传教育", kind: .wording))
        #expect(found.first?.message == "“宣传”应写作“宣传教育”（规则“用语”）。")
    }

    @Test func requiredTermAndFigure() {
        #expect(lint([PluginLintRule(name: "检查", kind: .required(terms: ["检查"], figure: true))]).isEmpty)
        let missing = lint([PluginLintRule(name: "督查", kind: .required(terms: ["督查", "巡查"], figure: false))])
        #expect(missing.count == 1)
        #expect(missing.first?.range.start == SourcePosition(line: 1, column: 1))
        #expect(missing.first?.message == "测试工作总结应写到“督查”或“巡查”（规则“督查”）。")
        let noFigure = lint([PluginLintRule(name: "宣传", kind: .required(terms: ["宣传"], figure: true), section: "problems")])
        #expect(noFigure.count == 1)
        #expect(noFigure.first?.range.start == SourcePosition(line: 6, column: 1))
    }

    @Test func requiredFigureIgnoresYearsAndTitlesButTakesStatedNone() {
        let rule = PluginLintRule(name: "申请", kind: .required(terms: ["依申请公开"], figure: true))
        let year = Self.document.replacingOccurrences(of: "搞好服务。", with: "2024年依申请公开工作平稳。")
        #expect(lint([rule], year).count == 1)
        let title = Self.document.replacingOccurrences(of: "搞好服务。", with: "依申请公开按《2024年工作要点》办理。")
        #expect(lint([rule], title).count == 1)
        let counted = Self.document.replacingOccurrences(of: "搞好服务。", with: "依申请公开共3件。")
        #expect(lint([rule], counted).isEmpty)
        let none = Self.document.replacingOccurrences(of: "搞好服务。", with: "全年未收到依申请公开申请。")
        #expect(lint([rule], none).isEmpty)
        let fullWidth = Self.document.replacingOccurrences(of: "搞好服务。", with: "依申请公开共３件。")
        #expect(lint([rule], fullWidth).isEmpty)
    }

    @Test func requiredFigureAlone() {
        let rule = PluginLintRule(name: "有数字", kind: .required(terms: [], figure: true), section: "problems")
        #expect(lint([rule]).count == 1)
        #expect(lint([PluginLintRule(name: "有数字", kind: .required(terms: [], figure: true), section: "achievements")]).isEmpty)
    }

    @Test func identityChecksTheSumAtTheTotal() {
        let good = PluginLintRule(name: "合计", kind: .identity(total: "发现问题", parts: ["已整改", "正在整改"]))
        #expect(lint([good]).isEmpty)
        let wrong = Self.document.replacingOccurrences(of: "正在整改4个", with: "正在整改3个")
        let found = lint([good], wrong)
        #expect(found.count == 1)
        #expect(found.first?.range == SourceRange(line: 5, startColumn: 15, endColumn: 17))
        #expect(found.first?.message == "“发现问题”为30，但已整改26、正在整改3相加为29，两者应相等（规则“合计”）。")
        #expect(found.first?.data["expected"] == "29")
        // A figure that is not stated cannot be checked: no finding rather than a guess.
        let unknownPart = PluginLintRule(name: "合计", kind: .identity(total: "发现问题", parts: ["已整改", "挂牌督办"]))
        #expect(lint([unknownPart], wrong).isEmpty)
    }

    @Test func lengthBounds() {
        let short = PluginLintRule(name: "字数", kind: .length(min: 20, max: nil), section: "problems", message: "问题写得太短。")
        let found = lint([short])
        #expect(found.count == 1 && found.first?.message == "问题写得太短。" && found.first?.data["count"] == "7")
        #expect(found.first?.range.start == SourcePosition(line: 6, column: 1))
        #expect(lint([PluginLintRule(name: "字数", kind: .length(min: 5, max: 7), section: "problems")]).isEmpty)
        let long = lint([PluginLintRule(name: "字数", kind: .length(min: nil, max: 6), section: "problems")])
        #expect(long.first?.message == "“存在的问题”部分共7字，超过要求的6字，请压缩（规则“字数”）。")
    }

    @Test func lengthDoesNotCountMarkdownHeadingMarks() {
        let text = "# XX局2024年度测试工作总结\n\n## 一、主要工作\n\n全年开展检查12次。\n\n## 二、存在的问题\n\n### （一）宣传\n\n宣传力度不够。\n"
        let found = lint([PluginLintRule(name: "字数", kind: .length(min: 13, max: nil), section: "problems")], text)
        #expect(found.first?.data["count"] == "12", "\(found)")
    }

    @Test func rulesOfAbsentPartsStaySilent() {
        let text = "XX局2024年度测试工作总结\n\n一、主要工作\n全年开展检查12次。\n"
        #expect(lint([PluginLintRule(name: "字数", kind: .length(min: 100, max: nil), section: "problems")], text).isEmpty)
    }

    @Test func otherTypesDoNotRunTheRules() {
        let text = Self.document.replacingOccurrences(of: "测试工作总结", with: "工作总结")
        let linter = Self.linter([PluginLintRule(name: "口语", kind: .existence(terms: ["搞好"]))])
        #expect(linter.lint(text, path: "a.txt").isEmpty)
    }

    @Test func customMessageFillsTheTerm() {
        let rule = PluginLintRule(name: "口语", kind: .existence(terms: ["搞好"]), message: "请勿使用口语“{term}”。", severity: .error)
        let found = lint([rule])
        #expect(found.first?.message == "请勿使用口语“搞好”。" && found.first?.severity == .error)
    }

    @Test func engineAppliesConfigurationToPluginRule() throws {
        var type = ReportType(id: "t", name: "测试工作总结", titleKeywords: ["测试工作"], outline: Self.general?.outline ?? Outline(id: "x", name: "", sections: []), origin: .path)
        type.lintRules = [PluginLintRule(name: "口语", kind: .existence(terms: ["搞好"]))]
        let catalog = ReportTypeCatalog(types: [type])
        var configuration = LintConfiguration()
        configuration.severities["plugin-rule"] = .error
        let raised = LintEngine(configuration: configuration, settings: LintSettings(), catalog: catalog).lint(Self.document, path: "a.md")
        #expect(raised.diagnostics.filter { $0.ruleID == "plugin-rule" }.map(\.severity) == [.error])
        configuration.disabledRules = ["plugin-rule"]
        let off = LintEngine(configuration: configuration, settings: LintSettings(), catalog: catalog).lint(Self.document, path: "a.md")
        #expect(off.diagnostics.filter { $0.ruleID == "plugin-rule" }.isEmpty)
        let commented = Self.document.replacingOccurrences(of: "全年开展检查", with: "<!-- zongjie-disable-next-line plugin-rule -->\n全年开展检查")
        let silenced = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: catalog).lint(commented, path: "a.md")
        #expect(silenced.diagnostics.filter { $0.ruleID == "plugin-rule" }.isEmpty)
    }
}
