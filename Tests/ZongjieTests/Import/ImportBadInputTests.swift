import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// `zongjie import` / `new --from` on what is not a summary: a clear error, exit 2, nothing written.
@Suite struct ImportBadInputTests {
    func run(_ name: String, _ data: Data, command: [String] = ["import"]) throws -> (CLIResult, URL) {
        let dir = try Paths.temporaryFolder()
        try data.write(to: dir.appendingPathComponent(name))
        let result = try CLIRunner.run(command + [name, "-o", "out.yaml"], in: dir)
        return (result, dir)
    }

    func expectRefused(_ result: CLIResult, _ dir: URL, message: String) {
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误："), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.yaml").path))
    }

    @Test func emptyFile() throws {
        let (result, dir) = try run("上年.txt", Data())
        expectRefused(result, dir, message: "上年.txt: 文件是空的")
    }

    @Test func binaryFile() throws {
        let (result, dir) = try run("上年.txt", Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x89, 0x50]))
        expectRefused(result, dir, message: "上年.txt: ")
    }

    @Test func noTitle() throws {
        let text = "今年以来，我们按照上级要求开展了大量工作，取得了明显成效，群众满意度不断提高，各项工作稳步推进，全年完成各项任务，现将有关情况总结如下：\n一、主要工作\n完成任务。\n"
        let (result, dir) = try run("上年.txt", Data(text.utf8))
        expectRefused(result, dir, message: "找不到标题")
    }

    @Test func spreadsheetSavedAsDocx() throws {
        let table = Paragraph("| 单位 | 件数 |\n|---|---|\n| 办公室 | 3 |\n| 法规科 | 5 |")
        let data = try DocxWriter.write(Document(opening: [table]), created: Date(timeIntervalSince1970: 0))
        let (result, dir) = try run("表格.docx", data)
        expectRefused(result, dir, message: "不像工作总结")
    }

    @Test func newFromRefusesTooAndWritesNothing() throws {
        let (result, dir) = try run("上年.txt", Data(), command: ["new", "--from"])
        expectRefused(result, dir, message: "上年.txt: 文件是空的")
    }

    @Test func existingOutputIsKeptWithoutForce() throws {
        let dir = try Paths.temporaryFolder()
        try Data("XX局2023年度工作总结\n\n2023年，我局认真履职，完成各项任务。\n".utf8).write(to: dir.appendingPathComponent("上年.txt"))
        try Data("旧材料\n".utf8).write(to: dir.appendingPathComponent("out.yaml"))
        let result = try CLIRunner.run(["import", "上年.txt", "-o", "out.yaml"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误：out.yaml"))
        #expect(try String(contentsOf: dir.appendingPathComponent("out.yaml"), encoding: .utf8) == "旧材料\n")
        let forced = try CLIRunner.run(["import", "上年.txt", "-o", "out.yaml", "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: dir.appendingPathComponent("out.yaml"), encoding: .utf8).contains("structure:"))
    }

    @Test func badStructureIsReportedWithLineAndColumn() throws {
        let dir = try Paths.temporaryFolder()
        let yaml = "unit: XX局\nstructure:\n  sections:\n    - heading: 主要工作\n      body: [完成任务。]\n"
        try Data(yaml.utf8).write(to: dir.appendingPathComponent("材料.yaml"))
        let result = try CLIRunner.run(["new", "--type", "general", "--input", "材料.yaml"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误：材料.yaml:4:16: 标题“主要工作”没有序号。"), "\(result.stderr)")
    }
}
