import Foundation
import Testing

/// Oversized files, extremely long lines and deeply nested numbering: refused
/// with a clear message, or checked in time linear in the input.
@Suite("Hostile text input")
struct HostileTextTests {
    static let tooLarge = "文件过大"

    @Test("files over the size limit are refused before reading", arguments: [
        (["lint", "big.md"], "big.md"),
        (["new", "--type", "general", "--input", "big.yaml", "-o", "out.md"], "big.yaml"),
        (["export", "big.md", "-o", "out.docx"], "big.md"),
        (["export", "big.docx", "-o", "out.docx"], "big.docx"),
    ])
    func oversized(arguments: [String], file: String) throws {
        let folder = try Paths.temporaryFolder()
        // 1 GB, sparse: a command that read it would show in time and memory.
        try Hostile.sparseFile(folder.appendingPathComponent(file), size: 1 << 30)
        let result = try BoundedRun.run(arguments, in: folder, seconds: 30)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file): \(Self.tooLarge)（1024.0 MB），超过上限 20.0 MB"), "\(result.stderr)")
        #expect(result.stderr.contains("--max-size"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.md").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.docx").path))
        Hostile.expectBounded(result, seconds: 10, megabytes: 200)
    }

    @Test("endless standard input is cut off at the size limit") func endlessStandardInput() throws {
        let folder = try Paths.temporaryFolder()
        let result = try BoundedRun.run(["lint", "--max-size", "5M", "-"], in: folder, seconds: 60, stdin: "/dev/zero")
        #expect(result.status == 2)
        #expect(result.stderr.contains("-: \(Self.tooLarge)"))
        #expect(result.stderr.contains("超过上限 5.0 MB"))
        Hostile.expectBounded(result, seconds: 20, megabytes: 300)
    }

    @Test("--max-size is configurable for new and export") func maxSizeOption() throws {
        let folder = try Paths.temporaryFolder()
        let material = "unit: 某某局\nyear: 2024\n" + String(repeating: "# 注释行，凑足大小\n", count: 200)
        try material.write(to: folder.appendingPathComponent("材料.yaml"), atomically: true, encoding: .utf8)
        let small = try BoundedRun.run(["new", "--type", "general", "--input", "材料.yaml", "--max-size", "1K"], in: folder, seconds: 30)
        #expect(small.status == 2)
        #expect(small.stderr.contains("材料.yaml: \(Self.tooLarge)"))
        let enough = try BoundedRun.run(["new", "--type", "general", "--input", "材料.yaml", "--max-size", "1M", "-o", "a.md"], in: folder, seconds: 30)
        #expect(enough.status == 0, "\(enough.stderr)")
        let export = try BoundedRun.run(["export", "a.md", "--max-size", "100", "-o", "a.docx"], in: folder, seconds: 30)
        #expect(export.status == 2)
        #expect(export.stderr.contains("a.md: \(Self.tooLarge)"))
        let bad = try BoundedRun.run(["export", "a.md", "--max-size", "lots"], in: folder, seconds: 30)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--max-size 应为正整数字节数"))
    }

    /// One line of `megabytes` MB of prose full of what rules look at: markers, dates, figures, brackets.
    static func longLine(megabytes: Int) -> String {
        let piece = "全年完成项目建设，（一）推进1.落实(2)工作，2024年12月31日，投入资金500万元，同比增长10%，【待填】某某XX。"
        let count = megabytes * 1_048_576 / piece.utf8.count
        return "某单位2024年度工作总结\n" + String(repeating: piece, count: count) + "\n"
    }

    @Test("a 5 MB single line is linted (and fixed) in linear time") func longLine() throws {
        let folder = try Paths.temporaryFolder()
        try Self.longLine(megabytes: 1).write(to: folder.appendingPathComponent("one.md"), atomically: true, encoding: .utf8)
        try Self.longLine(megabytes: 5).write(to: folder.appendingPathComponent("five.md"), atomically: true, encoding: .utf8)
        let one = try BoundedRun.run(["lint", "--format", "json", "one.md"], in: folder, seconds: 120)
        let five = try BoundedRun.run(["lint", "--format", "json", "five.md"], in: folder, seconds: 300)
        for result in [one, five] {
            #expect(result.status == 0 || result.status == 1, "\(result.stderr.prefix(300))")
            #expect(result.stdout.hasPrefix("{\"version\":1"))
        }
        Hostile.expectBounded(five, seconds: 120, megabytes: 1_500)
        // Quadratic work would take 25× as long for 5× the text; allow noise from parallel tests.
        #expect(five.cpuSeconds < max(one.cpuSeconds, 0.5) * 15, "CPU 1 MB: \(one.cpuSeconds) s, 5 MB: \(five.cpuSeconds) s")
        let fixed = try BoundedRun.run(["lint", "--fix", "five.md"], in: folder, seconds: 300)
        #expect(fixed.status == 0 || fixed.status == 1)
        Hostile.expectBounded(fixed, seconds: 180, megabytes: 1_500)
    }

    @Test("thousands of levels of nested numbering") func deeplyNestedNumbering() throws {
        let folder = try Paths.temporaryFolder()
        let markers = ["一、", "（一）", "1.", "（1）", "①", "(1)", "1)", "一是"]
        var lines = ["某单位2024年度工作总结"]
        for index in 0..<20_000 { lines.append(markers[index % markers.count] + "第\(index)项工作。") }
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("levels.md"), atomically: true, encoding: .utf8)
        let oneLine = "某单位2024年度工作总结\n" + String(repeating: "（一）1.（1）①", count: 300_000) + "\n"
        try oneLine.write(to: folder.appendingPathComponent("line.md"), atomically: true, encoding: .utf8)
        for file in ["levels.md", "line.md"] {
            let result = try BoundedRun.run(["lint", "--format", "json", file], in: folder, seconds: 180)
            #expect(result.status == 0 || result.status == 1, "\(file): \(result.stderr.prefix(300))")
            #expect(result.stdout.contains("\"path\":\"\(file)\""))
            Hostile.expectBounded(result, seconds: 90, megabytes: 1_000)
        }
        let export = try BoundedRun.run(["export", "levels.md", "-o", "levels.docx"], in: folder, seconds: 180)
        #expect(export.status == 0, "\(export.stderr.prefix(300))")
        Hostile.expectBounded(export, seconds: 90, megabytes: 1_000)
    }
}
