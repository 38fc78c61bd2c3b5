import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// A 落款 whose date is not filled in yet (issue 13): one `placeholder` finding at the date,
/// never a `missing-section` for the 落款 that is there.
@Suite struct PlaceholderDateTests {
    static func document(ending: String) -> String {
        """
        XX局2025年度工作总结

        2025年，我局认真履职，现将有关情况总结如下：
        一、主要工作
        全年办理事项120件。
        二、存在的问题
        宣传力度不够。
        三、下一步工作打算
        下一步，我局将加大宣传力度。
        江川市统计局
        \(ending)
        """
    }

    func findings(_ ending: String) throws -> [String] {
        let linter = Linter(catalog: try ReportTypeCatalog.builtIn())
        return linter.lint(Self.document(ending: ending), path: "a.txt")
            .filter { $0.ruleID == "placeholder" || $0.ruleID == "missing-section" }
            .map { "\($0.ruleID)@\($0.range.start.line):\($0.range.start.column)" }
    }

    @Test(arguments: ["【待填：成文日期】", "【待填：成文日期】（提示：落款日期，如 2025-01-10。）", "2025年X月X日", "2025年XX月XX日", "2025年　月　日", "2025年12月__日"])
    func unfilledDateIsAPlaceholderNotAMissingSignature(_ ending: String) throws {
        let found = try findings(ending)
        // 2025年XX月XX日 is two slots (XX月, XX日), each reported where it stands.
        #expect(found == (ending.contains("XX") ? ["placeholder@11:6", "placeholder@11:9"] : ["placeholder@11:1"]))
    }

    @Test func filledDateAndOtherEndings() throws {
        #expect(try findings("2025年12月20日").isEmpty)
        #expect(try findings("二○二五年十二月二十日").isEmpty)
        // A placeholder that asks for something else leaves the 落款 missing.
        #expect(try findings("【待填：工作打算】") == ["placeholder@11:1", "missing-section@11:10"])
    }
}
