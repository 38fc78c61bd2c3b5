import Foundation
import Testing

/// A draft written with --allow-inconsistent whose 【待核对：…】 markers a clerk deleted: lint
/// must still find what drafting warned about, from the figures alone.
@Suite struct InconsistentFiguresLintTests {
    @Test func lintFindsTheProblemsAfterTheMarkersAreDeleted() throws {
        let folder = try Paths.temporaryFolder()
        try DraftChecksCommandTests.write(DraftChecksCommandTests.inconsistent, "in.yaml", in: folder)
        let drafted = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "in.yaml", "--allow-inconsistent", "-o", "稿.md"], in: folder)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let draft = try String(contentsOf: folder.appendingPathComponent("稿.md"), encoding: .utf8)
        let unmarked = draft.replacingOccurrences(of: "【待核对：[^】]*】", with: "", options: .regularExpression)
        #expect(unmarked.contains("共主动公开政府信息862条，分别为工作动态500条、政策文件344条。"), "\(unmarked)")
        #expect(unmarked.contains("办结率166.67%"), "\(unmarked)")
        try DraftChecksCommandTests.write(unmarked, "稿.md", in: folder)

        let lint = try CLIRunner.run(["lint", "稿.md"], in: folder)
        #expect(lint.status == 1)
        #expect(!lint.stdout.contains("待核对"), "\(lint.stdout)")
        #expect(lint.stdout.contains("sum-mismatch") && lint.stdout.contains("合计为862条，其中各项相加为500+344=844条"), "\(lint.stdout)")
        #expect(lint.stdout.contains("rate-over-100") && lint.stdout.contains("办结率为166.67%，超过了100%"), "\(lint.stdout)")
    }

    @Test func singleCategoryIsNotPresentedAsAList() throws {
        let folder = try Paths.temporaryFolder()
        let input = DraftChecksCommandTests.inconsistent
            .replacingOccurrences(of: "  - name: 政策文件\n    count: 344\n", with: "")
            .replacingOccurrences(of: "proactive_total: 862", with: "proactive_total: 500")
            .replacingOccurrences(of: "applications_handled: 5", with: "applications_handled: 3")
        try DraftChecksCommandTests.write(input, "in.yaml", in: folder)
        let drafted = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "in.yaml", "-o", "稿.md"], in: folder)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let draft = try String(contentsOf: folder.appendingPathComponent("稿.md"), encoding: .utf8)
        #expect(draft.contains("共主动公开政府信息500条。其中，工作动态500条。"), "\(draft)")
    }
}
