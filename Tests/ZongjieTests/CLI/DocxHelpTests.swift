import Foundation
import Testing

/// What the help says about Word files: `rules docx-layout` shows real findings, `new --help` names .docx.
@Suite struct DocxHelpTests {
    @Test func rulesShowsARealDocxLayoutExample() throws {
        let result = try CLIRunner.run(["rules", "docx-layout"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("总结.docx:3:1: warning: 正文字体为“宋体”（同类共 3 段：第 3、5、6 段），GB/T 9704 要求仿宋体（仿宋_GB2312）。 [docx-layout]"), "\(result.stdout)")
        #expect(result.stdout.contains("以上版式问题可一次解决：zongjie export 总结.docx"))
    }

    @Test func newHelpDocumentsDocx() throws {
        let result = try CLIRunner.run(["new", "--help"])
        #expect(result.stdout.contains("-o 总结.docx 写出 Word 文件（按 GB/T"))
        #expect(result.stdout.contains("输出文件：.md、.txt，或 .docx（Word 文件）"))
    }
}
