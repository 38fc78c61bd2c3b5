import Foundation
import Testing
import ZongjieFormats

/// `zongjie export` end to end: files written, never overwritten without --force, errors exit 2.
@Suite struct ExportCommandTests {
    static let draft = "示范县数据管理局2024年度工作总结\n\n2024年，我局扎实推进各项工作。\n\n特此报告。\n"

    func folderWithDrafts(_ names: [String]) throws -> URL {
        let folder = try Paths.temporaryFolder()
        for name in names {
            try Self.draft.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func exportsOneDraftAndRefusesToOverwrite() throws {
        let folder = try folderWithDrafts(["草稿.md"])
        let first = try CLIRunner.run(["export", "草稿.md", "-o", "总结.docx"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已导出"))
        let output = folder.appendingPathComponent("总结.docx")
        let content = try DocxReader().read(contentsOf: output.path)
        #expect(content.paragraphs.first?.text == "示范县数据管理局2024年度工作总结")
        #expect(content.propertiesTitle == "示范县数据管理局2024年度工作总结")

        let again = try CLIRunner.run(["export", "草稿.md", "-o", "总结.docx"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("文件已存在，未覆盖"))
        let forced = try CLIRunner.run(["export", "草稿.md", "-o", "总结.docx", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
    }

    @Test func reTypesetsAWordFile() throws {
        let folder = try folderWithDrafts(["草稿.md"])
        #expect(try CLIRunner.run(["export", "草稿.md", "-o", "一.docx"], in: folder).status == 0)
        let again = try CLIRunner.run(["export", "一.docx", "-o", "二.docx"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        let first = try DocxReader().read(contentsOf: folder.appendingPathComponent("一.docx").path)
        let second = try DocxReader().read(contentsOf: folder.appendingPathComponent("二.docx").path)
        #expect(first.paragraphs.map(\.text) == second.paragraphs.map(\.text))
    }

    @Test func exportsManyDraftsIntoAFolder() throws {
        let folder = try folderWithDrafts(["甲.md", "乙.txt"])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("导出"), withIntermediateDirectories: true)
        let result = try CLIRunner.run(["export", "甲.md", "乙.txt", "--out-dir", "导出"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["甲.docx", "乙.docx"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("导出/\(name)").path))
        }
    }

    @Test func badInputsExitTwoWithAClearMessage() throws {
        let folder = try folderWithDrafts(["甲.md", "乙.md"])
        let missing = try CLIRunner.run(["export", "没有这个.md", "-o", "x.docx"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("没有这个.md: 无法读取（文件不存在）"))

        let twoWithO = try CLIRunner.run(["export", "甲.md", "乙.md", "-o", "x.docx"], in: folder)
        #expect(twoWithO.status == 2)
        #expect(twoWithO.stderr.contains("-o 只能用于一个草稿"))

        let noFolder = try CLIRunner.run(["export", "甲.md", "--out-dir", "不存在的目录"], in: folder)
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("输出目录不存在"))

        try Data([0xC4, 0xE3, 0xBA, 0xC3, 0xFF]).write(to: folder.appendingPathComponent("旧.txt"))
        let notUTF8 = try CLIRunner.run(["export", "旧.txt", "-o", "旧.docx"], in: folder)
        #expect(notUTF8.status == 2)
        #expect(notUTF8.stderr.contains("不是 UTF-8 编码"))

        // A Word file that is not one: its own message, exit 2.
        try Data("不是压缩包".utf8).write(to: folder.appendingPathComponent("假.docx"))
        let fake = try CLIRunner.run(["export", "假.docx", "-o", "真.docx"], in: folder)
        #expect(fake.status == 2)
        #expect(fake.stderr.contains("zongjie: 错误：假.docx: 不是 Word .docx 文件（文件开头没有 zip 签名）"))
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)).write(to: folder.appendingPathComponent("加密.docx"))
        let encrypted = try CLIRunner.run(["export", "加密.docx", "-o", "x.docx"], in: folder)
        #expect(encrypted.status == 2)
        #expect(encrypted.stderr.contains("文件已加密或为旧版 .doc"))

        // One bad draft among several: the good one is still exported, the run exits 2.
        let mixed = try CLIRunner.run(["export", "甲.md", "没有这个.md", "--out-dir", "."], in: folder)
        #expect(mixed.status == 2)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("甲.docx").path))
    }
}
