import Foundation
import Testing
import ZongjieFormats

/// `zongjie lint X.docx --annotate OUT.docx` and `--fix` on a .docx, end to end.
@Suite struct LintAnnotateCommandTests {
    static let body = DocxFixtures.paragraph("示范县数据管理局2024年度工作总结")
        + DocxFixtures.paragraph("2024年,我局扎实推进各项工作，按装设备12台。")
        + DocxFixtures.paragraph("特此报告。")

    func folderWithDraft() throws -> URL {
        let folder = try Paths.temporaryFolder()
        try DocxFixtures.docx(body: Self.body).write(to: folder.appendingPathComponent("总结.docx"))
        return folder
    }

    @Test func annotatesACopyAndLeavesTheOriginal() throws {
        let folder = try folderWithDraft()
        let original = try Data(contentsOf: folder.appendingPathComponent("总结.docx"))
        let run = try CLIRunner.run(["lint", "总结.docx", "--annotate", "总结-审核.docx"], in: folder)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("已写入：总结-审核.docx（批注"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("总结.docx")) == original)
        let annotated = try DocxReader().read(contentsOf: folder.appendingPathComponent("总结-审核.docx").path)
        let findings = run.stdout.split(separator: "\n").filter { $0.hasPrefix("总结.docx:") }
        #expect(annotated.commentRanges.count == findings.count && findings.count >= 2)
        #expect(annotated.text == (try DocxReader().read(original, path: "x.docx")).text)

        let again = try CLIRunner.run(["lint", "总结.docx", "--annotate", "总结-审核.docx"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("zongjie: 错误：总结-审核.docx: 文件已存在，未覆盖。如确需覆盖，请加 --force"))
        let forced = try CLIRunner.run(["lint", "总结.docx", "--annotate", "总结-审核.docx", "--force"], in: folder)
        #expect(forced.status == 0 || forced.status == 1, "\(forced.stderr)")
    }

    @Test func fixAloneWritesTrackedChangesInPlace() throws {
        let folder = try folderWithDraft()
        let run = try CLIRunner.run(["lint", "总结.docx", "--fix", "--fix-wording"], in: folder)
        #expect(run.stderr.contains("已修复（修订）：“,”→“，” [punctuation-width]"), "\(run.stderr)")
        #expect(run.stderr.contains("已修复（修订）：“按装”→“安装” [wording]"))
        let fixed = try DocxReader().read(contentsOf: folder.appendingPathComponent("总结.docx").path)
        #expect(fixed.paragraphs[1].text == "2024年，我局扎实推进各项工作，安装设备12台。")
        #expect(fixed.commentRanges.isEmpty)
        // What is left to report is the pending revisions themselves, so none is submitted by accident.
        #expect(run.stdout.contains("文档中仍有未接受的修订 4 处、批注 0 条"), "\(run.stdout)")
    }

    @Test func refusesToAnnotateWhatIsNotOneDocx() throws {
        let folder = try folderWithDraft()
        try "示范\n".write(to: folder.appendingPathComponent("草稿.md"), atomically: true, encoding: .utf8)
        let markdown = try CLIRunner.run(["lint", "草稿.md", "--annotate", "审核.docx"], in: folder)
        #expect(markdown.status == 2)
        #expect(markdown.stderr.contains("--annotate 只能用于一个 .docx 文件"))
        let wrongOutput = try CLIRunner.run(["lint", "总结.docx", "--annotate", "审核.md"], in: folder)
        #expect(wrongOutput.status == 2)
        #expect(wrongOutput.stderr.contains("--annotate 的输出应为 .docx 文件"))
    }
}
