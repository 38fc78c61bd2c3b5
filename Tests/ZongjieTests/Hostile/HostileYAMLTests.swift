import Foundation
import Testing

/// YAML and JSON built to blow up: alias bombs and deep nesting, in material
/// files, plugin manifests and .zongjie.yaml. Each is refused with a located
/// Chinese message and exit 2, quickly and in little memory.
@Suite("Hostile YAML and JSON")
struct HostileYAMLTests {
    /// Nine aliases of nine aliases … 24 levels deep: 9^24 nodes once expanded.
    /// Refused where the anchored nodes pass the limit: a6 on line 6 (9^6 nodes), used or not.
    static func laughs(keyed: Bool) -> String {
        var lines = ["a0: &a0 [\"哈哈哈哈哈哈哈哈\"]"]
        for level in 1...24 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
        }
        // As a key, Yams would hash the whole expansion; as a value, readers would walk it.
        lines.append(keyed ? "? *a24\n: 1" : "achievements: *a24")
        return lines.joined(separator: "\n") + "\n"
    }

    static let bombMessage = "十亿笑声"
    static let depthMessage = "嵌套超过 64 层"

    @Test("billion laughs in a material file", arguments: [false, true])
    func laughsInInput(keyed: Bool) throws {
        let folder = try Paths.temporaryFolder()
        try Self.laughs(keyed: keyed).write(to: folder.appendingPathComponent("材料.yaml"), atomically: true, encoding: .utf8)
        let result = try BoundedRun.run(["new", "--type", "general", "--input", "材料.yaml", "-o", "out.md"], in: folder, seconds: 30)
        #expect(result.status == 2)
        #expect(result.stderr.contains("材料.yaml:6:"))
        #expect(result.stderr.contains(Self.bombMessage))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.md").path))
        Hostile.expectBounded(result, seconds: 10, megabytes: 300)
    }

    @Test("billion laughs in a plugin manifest") func laughsInManifest() throws {
        let folder = try Paths.temporaryFolder()
        let plugin = folder.appendingPathComponent("plugins/bomb")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try Self.laughs(keyed: true).write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        let result = try BoundedRun.run(["types", "--plugin-dir", "plugins"], in: folder, seconds: 30)
        // A plugin that fails to load is skipped with a warning; the built-ins are still listed.
        #expect(result.status == 0)
        #expect(result.stderr.contains("plugin.yaml:6:"))
        #expect(result.stderr.contains(Self.bombMessage))
        #expect(result.stdout.contains("general"))
        Hostile.expectBounded(result, seconds: 10, megabytes: 300)
        let drafting = try BoundedRun.run(["new", "--type", "bomb", "--plugin-dir", "plugins"], in: folder, seconds: 30)
        #expect(drafting.status == 2)
        // The type exists on the search path but failed to load: the run says why, never “unknown”.
        #expect(drafting.stderr.contains("报告类型“bomb”") && drafting.stderr.contains("未能加载"), "\(drafting.stderr)")
    }

    @Test("billion laughs in a plugin checked with zongjie plugin check") func laughsInPluginCheck() throws {
        let folder = try Paths.temporaryFolder()
        let plugin = folder.appendingPathComponent("bomb")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try Self.laughs(keyed: true).write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        // The sample-path guard composed the manifest with Yams directly and hung here.
        let result = try BoundedRun.run(["plugin", "check", "bomb"], in: folder, seconds: 60)
        #expect(result.status == 1)
        #expect((result.stdout + result.stderr).contains("plugin.yaml:6:"))
        #expect((result.stdout + result.stderr).contains(Self.bombMessage))
        Hostile.expectBounded(result, seconds: 10, megabytes: 300)
    }

    @Test("billion laughs in .zongjie.yaml") func laughsInLintConfiguration() throws {
        let folder = try Paths.temporaryFolder()
        try Self.laughs(keyed: true).write(to: folder.appendingPathComponent(".zongjie.yaml"), atomically: true, encoding: .utf8)
        try "某单位2024年度工作总结\n一、主要工作\n".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let result = try BoundedRun.run(["lint", "a.md"], in: folder, seconds: 30)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".zongjie.yaml:6:"))
        #expect(result.stderr.contains(Self.bombMessage))
        Hostile.expectBounded(result, seconds: 10, megabytes: 300)
    }

    /// Each file's hostile text and where the error must point. Built from the name inside
    /// the test: as a test argument, the text (up to 2 MB on one line) was printed in the
    /// test's name on every run.
    static func nestedInput(_ file: String) -> (text: String, location: String) {
        switch file {
        case "deep.yaml": ("unit: " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + "\n", "deep.yaml:1:")
        case "block.yaml": ("unit:\n" + (1...100).map { String(repeating: "  ", count: $0) + "-\n" }.joined(), "block.yaml:65:")
        case "deep.json": (String(repeating: "[", count: 1_000_000) + String(repeating: "]", count: 1_000_000), "deep.json:1:65:")
        default: (String(repeating: "{\"a\":", count: 500_000) + "1" + String(repeating: "}", count: 500_000), "object.json:1:")
        }
    }

    @Test("deep nesting in material files", arguments: ["deep.yaml", "block.yaml", "deep.json", "object.json"])
    func deepNesting(file: String) throws {
        let (text, location) = Self.nestedInput(file)
        let folder = try Paths.temporaryFolder()
        try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        let result = try BoundedRun.run(["new", "--type", "general", "--input", file], in: folder, seconds: 30)
        #expect(result.status == 2, "\(result.stderr.prefix(300))")
        #expect(result.signal == nil)
        #expect(result.stderr.contains(location))
        #expect(result.stderr.contains(Self.depthMessage))
        // The message stays short: no echo of a megabyte-long line.
        #expect(result.stderr.utf8.count < 2_000)
        Hostile.expectBounded(result, seconds: 10, megabytes: 300)
    }

    @Test("40 000 long unknown keys: every one reported, in linear time") func manyLongUnknownKeys() throws {
        let folder = try Paths.temporaryFolder()
        let text = (0..<40_000).map { "k\($0)" + String(repeating: "x", count: 400) + ": 1" }.joined(separator: "\n") + "\n"
        try text.write(to: folder.appendingPathComponent("keys.yaml"), atomically: true, encoding: .utf8)
        let result = try BoundedRun.run(["new", "--type", "general", "--input", "keys.yaml"], in: folder, seconds: 120)
        #expect(result.status == 2)
        #expect(result.stderr.contains("发现 40000 处问题"))
        #expect(result.stderr.contains("keys.yaml:40000:1: 未知的填写项"))
        // Suggestions (did you mean …) used to compare every long key with every slot name: 36 s.
        Hostile.expectBounded(result, seconds: 20, megabytes: 500)
    }

    @Test("deep nesting in a plugin manifest") func deepManifest() throws {
        let folder = try Paths.temporaryFolder()
        let plugin = folder.appendingPathComponent("plugins/deep")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        let text = "id: deep\nname: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        try text.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        let result = try BoundedRun.run(["types", "--plugin-dir", "plugins"], in: folder, seconds: 30)
        #expect(result.status == 0)
        #expect(result.stderr.contains("plugin.yaml:2:"))
        #expect(result.stderr.contains(Self.depthMessage))
        Hostile.expectBounded(result, seconds: 10, megabytes: 300)
    }
}

/// Shared expectations for hostile-input tests.
enum Hostile {
    /// The run ended by itself (no signal, no timeout) within `seconds` of CPU time and `megabytes`.
    static func expectBounded(_ result: BoundedResult, seconds: Double, megabytes: Double,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.timedOut, "killed after the time limit", sourceLocation: sourceLocation)
        #expect(result.signal == nil, "ended by signal \(result.signal ?? 0): \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
        // CPU time, not wall time: seven builds on two cores stretch the wall clock several times.
        #expect(result.cpuSeconds < seconds, "used \(result.cpuSeconds) s of CPU (\(result.seconds) s wall)", sourceLocation: sourceLocation)
        #expect(result.peakMegabytes < megabytes, "peak \(result.peakMegabytes) MB", sourceLocation: sourceLocation)
    }

    /// A file of `size` bytes that takes no disk space or time to make (sparse).
    static func sparseFile(_ url: URL, size: Int) throws {
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("某单位2024年度工作总结\n".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }
}
