import Foundation
import Testing

/// `zongjie lint --previous LAST`: last year's report is read once, with the same readers and
/// errors as a draft.
@Suite struct PreviousOptionTests {
    @Test func missingPreviousIsAnInputError() throws {
        let dir = try Paths.temporaryFolder()
        try Data(LintCommandTests.clean.utf8).write(to: dir.appendingPathComponent("a.md"))
        let result = try CLIRunner.run(["lint", "a.md", "--previous", "上年.docx"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == "zongjie: 错误：上年.docx: 找不到该文件或文件夹，请检查路径是否正确。\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func emptyPreviousIsAnInputError() throws {
        let dir = try Paths.temporaryFolder()
        try Data(LintCommandTests.clean.utf8).write(to: dir.appendingPathComponent("a.md"))
        try Data().write(to: dir.appendingPathComponent("上年.txt"))
        let result = try CLIRunner.run(["lint", "a.md", "--previous", "上年.txt"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误：上年.txt: 文件是空的"))
    }

    @Test func previousOfAnotherYearLintsTheDraft() throws {
        let dir = try Paths.temporaryFolder()
        try Data(LintCommandTests.clean.utf8).write(to: dir.appendingPathComponent("a.md"))
        let last = LintCommandTests.clean.replacingOccurrences(of: "2025", with: "2024").replacingOccurrences(of: "2024", with: "2023")
        try Data(last.utf8).write(to: dir.appendingPathComponent("上年.md"))
        let result = try CLIRunner.run(["lint", "a.md", "--previous", "上年.md", "--format", "json"], in: dir)
        #expect(result.stdout.contains("\"path\":\"a.md\""))
        #expect(result.stderr.isEmpty)
    }
}
