import Testing
import ZongjieCore
import ZongjieDrafting

/// Mapping headings and unheaded paragraphs onto outline keys.
@Suite struct OutlineMatcherTests {
    static let outline = (try? ReportTypeCatalog.builtIn().type(id: "general")?.outline) ?? Outline(id: "", name: "", sections: [])
    let matcher = OutlineMatcher(outline: Self.outline, reportYear: 2023)

    @Test(arguments: [
        ("存在问题及下一步工作", ["problems", "plans"]),
        ("存在的不足和2024年工作计划", ["problems", "plans"]),
        ("2024年工作计划", ["plans"]),
        ("下步工作谋划", ["plans"]),
        ("2023年工作开展情况", ["achievements"]),
        ("创新工作思路，做好审计整改", []),
        ("强化组织保障，健全工作机制", []),
        ("政策解读", []),
    ])
    func headings(_ heading: String, _ keys: [String]) {
        #expect(matcher.keys(forHeading: heading) == Set(keys))
    }

    @Test func nextYearNeedsAKnownYear() {
        let unknown = OutlineMatcher(outline: Self.outline, reportYear: nil)
        #expect(unknown.keys(forHeading: "2024年重点") == [])
        #expect(matcher.keys(forHeading: "2024年工作") == ["plans"])
    }

    @Test func unheadedClosingCountsForProblemsAndPlans() {
        let text = "XX局2023年度工作总结\n2023年，我局认真履职。\n一、工作成效\n办理事项120件。\n虽取得一定成效，但仍然存在宣传不够等不足。下一步，重点做好以下工作：\n一是加强宣传。\n"
        let document = StructureParser().parse(SourceText(text))
        let match = matcher.match(document)
        #expect(match.has("problems") && match.has("plans") && match.has("achievements") && match.has("opening"))
        #expect(!match.has("signature"))
        #expect(match.parts["problems"]?.first??.start.line == 5)
    }

    @Test func workDoneInsideAchievementsIsNotAProblemsPart() {
        let text = "XX局2023年度工作总结\n2023年，我局认真履职。\n一、主要工作\n对存在的问题及时整改到位。\n"
        let match = matcher.match(StructureParser().parse(SourceText(text)))
        #expect(!match.has("problems"))
    }
}
