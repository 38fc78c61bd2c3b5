import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting

/// `zongjie new --from LAST -o DRAFT`: last year's report as this year's draft in one step.
@Suite struct NewFromTests {
    static let documents = ImportSupport.corpusFiles().filter {
        $0.lastPathComponent.hasPrefix("06-") || $0.lastPathComponent.hasPrefix("12-")
    }

    /// Years moved on, every figure marked, plans as the checklist, the date a placeholder,
    /// and lint reports every marker of the draft.
    @Test(.enabled(if: documents.count == 2, "../shared/corpus not present"), arguments: documents)
    func nextYearDraft(_ url: URL) throws {
        let dir = try Paths.temporaryFolder()
        let last = try String(contentsOf: url, encoding: .utf8)
        try Data(last.utf8).write(to: dir.appendingPathComponent("上年.txt"))
        let result = try CLIRunner.run(["new", "--from", "上年.txt", "-o", "草稿.md"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let draft = try String(contentsOf: dir.appendingPathComponent("草稿.md"), encoding: .utf8)
        let lastDocument = StructureParser().parse(SourceText(last))
        let document = StructureParser().parse(SourceText(draft))

        // Years: the title and every 2023年 that named the report year are 2024 now.
        let title = try #require(document.title?.text)
        #expect(title == lastDocument.title?.text.replacingOccurrences(of: "2023", with: "2024"))
        #expect(draft.contains("2024年"))
        #expect(!title.contains("2023"))

        // Figures: every figure of last year's prose is a marker that names it.
        var figures: [String] = []
        lastDocument.forEachParagraph { paragraph in
            let scalars = Array(paragraph.text.unicodeScalars)
            figures += ProseFigures.figures(in: scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        #expect(!figures.isEmpty)
        for figure in figures {
            #expect(draft.contains("【待更新：上年为\(figure)】"), "\(figure) not marked")
        }
        let markers = draft.components(separatedBy: "【待更新：").count - 1
        #expect(markers == figures.count)

        // Plans: one checklist line per plan of last year.
        let plans = PlanItems.extract(from: lastDocument, outline: try #require(ImportSupport.catalog.plugin(id: "zhengwu-gongkai")).outline,
                                      reportYear: 2023)
        #expect(!plans.isEmpty)
        let checklist = draft.split(separator: "\n").filter { $0.hasPrefix("上年计划：") && $0.hasSuffix("；完成情况：【待填】") }
        #expect(checklist.count == plans.count)

        // Signature date to be filled in.
        #expect(draft.contains("【待填：成文日期】"))

        // lint reports each marker, each checklist line and the date.
        let lint = try CLIRunner.run(["lint", "草稿.md", "--only", "placeholder", "--format", "json"], in: dir)
        #expect(lint.status == 1)
        let findings = lint.stdout.components(separatedBy: "\"rule\":\"placeholder\"").count - 1
        #expect(findings == markers + checklist.count + 1)
    }

    /// The checklist once filled in reads as this year's work; a filled figure drops its marker.
    @Test func filledChecklistIsWovenIntoAchievements() throws {
        let dir = try Paths.temporaryFolder()
        let last = """
        XX局2023年度政务公开工作总结

        2023年，我局扎实推进政务公开。
        一、主要工作
        全年主动公开政府信息1260条，收到政府信息公开申请36件。
        二、2024年工作打算
        一是加强政策解读。二是开展业务培训。
        XX局
        2024年1月10日
        """
        try Data(last.utf8).write(to: dir.appendingPathComponent("上年.txt"))
        let imported = try CLIRunner.run(["import", "上年.txt", "-o", "材料.yaml"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        var yaml = try String(contentsOf: dir.appendingPathComponent("材料.yaml"), encoding: .utf8)
        #expect(yaml.contains("proactive_last_year: 1260"))
        #expect(yaml.contains("  - plan: 加强政策解读\n    done: \n"))
        yaml = yaml.replacingOccurrences(of: "  - plan: 加强政策解读\n    done: \n", with: "  - plan: 加强政策解读\n    done: 全年发布政策解读24篇。\n")
        yaml = yaml.replacingOccurrences(of: "proactive_total:", with: "proactive_total: 1386")
        try Data(yaml.utf8).write(to: dir.appendingPathComponent("材料.yaml"))
        let new = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.yaml", "-o", "草稿.txt"], in: dir)
        #expect(new.status == 0, "\(new.stderr)")
        let draft = try String(contentsOf: dir.appendingPathComponent("草稿.txt"), encoding: .utf8)
        #expect(draft.contains("一、主要工作\n全年发布政策解读24篇。\n上年计划：开展业务培训；完成情况：【待填】\n全年主动公开政府信息1386条，较上年增长10%，收到政府信息公开申请【待更新：上年为36件】。"))
        #expect(draft.hasPrefix("XX局2024年度政务公开工作总结\n\n2024年，我局扎实推进政务公开。"))
        #expect(draft.contains("二、2025年工作打算"))
    }
}
