import Foundation
import Testing

/// Bad input gets a clear message on stderr and exit code 2; nothing crashes.
@Suite struct BadInputTests {
    func run(_ arguments: [String], files: [String: Data] = [:]) throws -> CLIResult {
        let folder = try Paths.temporaryFolder()
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return try CLIRunner.run(arguments, in: folder)
    }

    @Test func binaryFile() throws {
        let result = try run(["lint", "a.txt"], files: ["a.txt": Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10])])
        #expect(result.status == 2)
        #expect(result.stderr == "zongjie: 错误：a.txt: 看起来不是文本文件（含有二进制内容）。请提供 .txt、.md 或 .docx 文件；Word 文档请另存为 .docx。\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func missingPath() throws {
        let result = try run(["lint", "没有这个文件.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "zongjie: 错误：没有这个文件.md: 找不到该文件或文件夹，请检查路径是否正确。\n")
    }

    @Test func folderWithoutDrafts() throws {
        let folder = try Paths.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let result = try CLIRunner.run(["lint", "empty"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("empty: 文件夹中没有 .txt、.md 或 .docx 文件。"))
    }

    @Test func emptyFile() throws {
        for contents in [Data(), Data(" \n\n".utf8)] {
            let result = try run(["lint", "a.md"], files: ["a.md": contents])
            #expect(result.status == 2)
            #expect(result.stderr == "zongjie: 错误：a.md: 文件是空的，没有可检查的内容。\n")
        }
    }

    @Test func fiftyMegabyteFile() throws {
        let folder = try Paths.temporaryFolder()
        let url = folder.appendingPathComponent("big.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let chunk = Data(repeating: 0x61, count: 1024 * 1024)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        let result = try CLIRunner.run(["lint", "big.txt"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("big.txt: 文件过大（50.0 MB），超过上限 20.0 MB。"))
        #expect(result.stderr.contains("--max-size"))
        try FileManager.default.removeItem(at: url)
    }

    @Test func maxSizeIsConfigurable() throws {
        let result = try run(["lint", "--max-size", "1K", "a.md"], files: ["a.md": Data(String(repeating: "甲", count: 400).utf8)])
        #expect(result.status == 2)
        #expect(result.stderr == "zongjie: 错误：a.md: 文件过大（2 KB），超过上限 1 KB。年度总结一般不超过几百 KB，请确认文件是否正确；如确需检查，可用 --max-size 调高上限。\n")
        #expect(try run(["lint", "--max-size", "lots", "a.md"]).stderr.contains("--max-size 应为正整数字节数"))
    }

    @Test func undecodableBytes() throws {
        // Not UTF-8 and not valid GB18030 (0x80 alone, 0xFF).
        let result = try run(["lint", "a.txt"], files: ["a.txt": Data([0xC4, 0xE3, 0x80, 0xFF, 0xFF, 0x0A])])
        #expect(result.status == 2)
        #expect(result.stderr.contains("a.txt: 无法识别文本编码"))
    }

    @Test func brokenDocx() throws {
        let result = try run(["lint", "a.docx"], files: ["a.docx": Data([0x50, 0x4B, 0x03, 0x04])])
        #expect(result.status == 2)
        #expect(result.stderr == "zongjie: 错误：a.docx: .docx 压缩包已损坏，无法解压（找不到 zip 目录）。请用 Word/WPS 打开修复后另存为 .docx 再试。\n")
    }

    @Test func unknownType() throws {
        let result = try run(["lint", "--type", "no-such-type", "a.md"], files: ["a.md": Data("XX局2024年工作总结\n".utf8)])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误：未知的报告类型“no-such-type”。可用的报告类型：\n  general\t单位年度工作总结\n"), "\(result.stderr)")
    }

    @Test func badFormatAndFailOn() throws {
        let format = try run(["lint", "--format", "xml", "a.md"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("--format 只能是 text、json、sarif、rdjson 或 github，而不是“xml”。"))
        let failOn = try run(["lint", "--fail-on", "fatal", "a.md"])
        #expect(failOn.status == 2 && failOn.stderr.contains("--fail-on 只能是 error、warning 或 info"))
        let noPaths = try run(["lint"])
        #expect(noPaths.status == 2 && noPaths.stderr.contains("请指定要检查的文件或文件夹"))
        let dryRun = try run(["lint", "--dry-run", "a.md"])
        #expect(dryRun.status == 2 && dryRun.stderr.contains("--dry-run 需与 --fix"))
    }

    @Test func oneBadFileDoesNotHideTheOthers() throws {
        let result = try run(["lint", "good.md", "bad.txt"], files: ["good.md": Data("XX局2024年工作总结\n\n一、主要工作\n1、修订制度。\n".utf8), "bad.txt": Data([0, 1, 2])])
        #expect(result.status == 2)
        #expect(result.stdout.contains("good.md:4:1: warning:"))
        #expect(result.stderr.contains("bad.txt: 看起来不是文本文件"))
    }
}
