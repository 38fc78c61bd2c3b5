import Foundation
import Testing

/// The exit codes the README documents (“Exit codes / 退出码”), per command:
/// 0 success, 1 lint findings at the fail level, 2 usage or input error.
@Suite("Exit codes")
struct ExitCodeTests {
    static let clean = "东城区民政局2024年度工作总结\n\n今年以来，我局扎实推进各项工作，现总结如下。\n一、主要工作\n（一）加强学习\n全年组织学习12次。\n二、存在的问题\n统筹力度还不够。\n三、下一步工作打算\n加强统筹。\n\n东城区民政局\n2024年12月20日\n"

    func run(_ arguments: [String], in folder: URL) throws -> BoundedResult {
        try BoundedRun.run(arguments, in: folder, seconds: 120)
    }

    @Test func new() throws {
        let folder = try Paths.temporaryFolder()
        #expect(try run(["new", "--type", "general", "--sample", "-o", "a.md"], in: folder).status == 0)
        let exists = try run(["new", "--type", "general", "--sample", "-o", "a.md"], in: folder)
        #expect(exists.status == 2)
        #expect(exists.stderr.contains("文件已存在"))
        let unknown = try run(["new", "--type", "no-such-type"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("未知的报告类型"))
        let missing = try run(["new", "--type", "general", "--input", "nope.yaml"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("找不到材料文件"))
        #expect(try run(["new", "--no-such-option"], in: folder).status == 2)
    }

    @Test func importCommand() throws {
        let folder = try Paths.temporaryFolder()
        try Self.clean.write(to: folder.appendingPathComponent("上年.md"), atomically: true, encoding: .utf8)
        #expect(try run(["import", "上年.md", "-o", "材料.yaml"], in: folder).status == 0)
        let exists = try run(["import", "上年.md", "-o", "材料.yaml"], in: folder)
        #expect(exists.status == 2)
        #expect(exists.stderr.contains("文件已存在"))
        let missing = try run(["import", "nope.docx"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("找不到该文件"))
        let unknown = try run(["import", "上年.md", "--type", "no-such-type"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("未知的报告类型"))
        try "一、主要工作\n完成任务。\n".write(to: folder.appendingPathComponent("无年度.md"), atomically: true, encoding: .utf8)
        #expect(try run(["import", "无年度.md"], in: folder).status == 2)
    }

    @Test func lint() throws {
        let folder = try Paths.temporaryFolder()
        try Self.clean.write(to: folder.appendingPathComponent("clean.md"), atomically: true, encoding: .utf8)
        // Signed in the wrong year: a year-mismatch error.
        let wrongYear = Self.clean.replacingOccurrences(of: "2024年12月20日", with: "2023年12月20日")
        try wrongYear.write(to: folder.appendingPathComponent("bad.md"), atomically: true, encoding: .utf8)
        let clean = try run(["lint", "clean.md"], in: folder)
        #expect(clean.status == 0, "\(clean.stdout)")
        let findings = try run(["lint", "bad.md"], in: folder)
        #expect(findings.status == 1)
        #expect(findings.stdout.contains("error"))
        #expect(findings.stdout.contains("[year-mismatch]"))
        // Warnings alone exit 0, unless --fail-on warning.
        try "东城区民政局2024年度工作总结\n一、主要工作\n".write(to: folder.appendingPathComponent("warn.md"), atomically: true, encoding: .utf8)
        let warnings = try run(["lint", "warn.md"], in: folder)
        #expect(warnings.status == 0)
        #expect(warnings.stdout.contains("warning"))
        #expect(try run(["lint", "--fail-on", "warning", "warn.md"], in: folder).status == 1)
        let missing = try run(["lint", "nope.md"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("找不到该文件"))
        #expect(try run(["lint", "--fail-on", "sometimes", "clean.md"], in: folder).status == 2)
    }

    @Test func export() throws {
        let folder = try Paths.temporaryFolder()
        try Self.clean.write(to: folder.appendingPathComponent("clean.md"), atomically: true, encoding: .utf8)
        #expect(try run(["export", "clean.md", "-o", "clean.docx"], in: folder).status == 0)
        let exists = try run(["export", "clean.md", "-o", "clean.docx"], in: folder)
        #expect(exists.status == 2)
        #expect(exists.stderr.contains("文件已存在"))
        let missing = try run(["export", "nope.md"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.md"))
        // One bad draft among several: the others are still exported, the exit code is 2.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let several = try run(["export", "nope.md", "clean.md", "--out-dir", "out"], in: folder)
        #expect(several.status == 2)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/clean.docx").path))
        #expect(try run(["export", "clean.md", "--out-dir", "no-such-folder"], in: folder).status == 2)
    }

    @Test func typesInputTemplateAndRules() throws {
        let folder = try Paths.temporaryFolder()
        let types = try run(["types"], in: folder)
        #expect(types.status == 0)
        #expect(types.stdout.contains("general"))
        #expect(try run(["types", "--no-such-option"], in: folder).status == 2)
        let template = try run(["input-template", "--type", "general"], in: folder)
        #expect(template.status == 0)
        #expect(template.stdout.contains("unit:"))
        let unknownType = try run(["input-template", "--type", "no-such-type"], in: folder)
        #expect(unknownType.status == 2)
        #expect(unknownType.stderr.contains("未知的报告类型"))
        #expect(try run(["rules"], in: folder).status == 0)
        #expect(try run(["rules", "numbering-style"], in: folder).status == 0)
        let unknownRule = try run(["rules", "no-such-rule"], in: folder)
        #expect(unknownRule.status == 2)
        #expect(unknownRule.stderr.contains("未知的规则"))
    }

    @Test func pluginAndOutline() throws {
        let folder = try Paths.temporaryFolder()
        #expect(try run(["plugin", "new", "demo"], in: folder).status == 0)
        let again = try run(["plugin", "new", "demo"], in: folder)
        #expect(again.status == 2)
        #expect(try run(["plugin", "check", "plugins/demo"], in: folder).status == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bad"), withIntermediateDirectories: true)
        try "id: [\n".write(to: folder.appendingPathComponent("bad/plugin.yaml"), atomically: true, encoding: .utf8)
        let bad = try run(["plugin", "check", "bad"], in: folder)
        #expect(bad.status == 1)
        #expect((bad.stdout + bad.stderr).contains("插件检查未通过"))
        let missing = try run(["plugin", "check", "nope"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("文件夹不存在"))
        #expect(try run(["plugin", "list"], in: folder).status == 0)
        #expect(try run(["outline", "show", "general"], in: folder).status == 0)
        let unknown = try run(["outline", "show", "nope"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("未知的报告类型或大纲"))
    }

    @Test func rootCommand() throws {
        let folder = try Paths.temporaryFolder()
        #expect(try run(["--version"], in: folder).status == 0)
        #expect(try run(["--help"], in: folder).status == 0)
        let unknown = try run(["frobnicate"], in: folder)
        #expect(unknown.status == 2)
    }
}
