import Foundation
import Testing
import ZongjieFormats
#if canImport(Glibc)
import Glibc
#endif

/// Kills `zongjie lint --fix` and `zongjie new -o --force` with SIGKILL at many
/// points of a run over a large file. Whatever the moment, the target must be
/// byte for byte the old file or the new one: the write goes to a hidden
/// temporary file in the same folder and is renamed over the target.
@Suite("Interrupted writes", .serialized)
struct InterruptedWriteTests {
    /// Outcome counts over the iterations, for the failure message.
    struct Tally: CustomStringConvertible {
        var old = 0, new = 0, duringWrite = 0
        var description: String { "old \(old), new \(new), killed with a temporary file present \(duringWrite)" }
    }

    /// Runs `arguments` once to completion, then `iterations` times killed after a random delay.
    /// `reset` puts the old target back before each run.
    func killRepeatedly(_ arguments: [String], target: URL, folder: URL, iterations: Int,
                        reset: () throws -> Void) throws -> (tally: Tally, new: Data) {
        try reset()
        let old = try Data(contentsOf: target)
        let start = Date()
        let complete = try BoundedRun.run(arguments, in: folder, seconds: 300)
        let fullRun = Date().timeIntervalSince(start)
        #expect(complete.status == 0 || complete.status == 1, "\(complete.stderr.prefix(300))")
        let new = try Data(contentsOf: target)
        #expect(new != old, "the uninterrupted run should change the file")

        var random = SystemRandomNumberGenerator()
        var tally = Tally()
        for iteration in 0..<iterations {
            try reset()
            let pid = try BoundedRun.spawn(Paths.binary.path, arguments, in: folder, stdout: "/dev/null", stderr: "/dev/null")
            if iteration % 2 == 0 {
                // Anywhere in the run, mostly late, where reading is over and writing happens.
                let fraction = iteration % 4 == 0 ? Double.random(in: 0...1, using: &random) : Double.random(in: 0.6...1.1, using: &random)
                usleep(useconds_t(fullRun * fraction * 1_000_000))
            } else {
                // Right inside the write: as soon as the temporary file appears, plus up to 4 ms.
                let deadline = Date().addingTimeInterval(fullRun * 3)
                while Date() < deadline, kill(pid, 0) == 0, temporaryFiles(of: target, in: folder).isEmpty { usleep(300) }
                usleep(UInt32.random(in: 0...4_000, using: &random))
            }
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let temporaries = temporaryFiles(of: target, in: folder)
            if !temporaries.isEmpty { tally.duringWrite += 1 }
            let now = try Data(contentsOf: target)
            if now == old {
                tally.old += 1
            } else if now == new {
                tally.new += 1
            } else {
                Issue.record("iteration \(iteration): target is neither the old nor the new file (\(now.count) bytes; old \(old.count), new \(new.count))")
            }
            // A leftover temporary file is hidden and never takes the target's name.
            for name in temporaries { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            let visible = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            #expect(Set(visible).isSubset(of: Set([target.lastPathComponent, "材料.yaml", "original.md"])), "\(visible)")
        }
        #expect(tally.old + tally.new == iterations, "\(tally)")
        // The targeted kills did land inside writes at least once (else the test proves little).
        #expect(tally.duringWrite > 0, "\(tally)")
        return (tally, new)
    }

    /// The writer's hidden temporary files for `target` (".<name>.zongjie-<pid>-<random>.tmp").
    func temporaryFiles(of target: URL, in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix(".\(target.lastPathComponent).zongjie-") && $0.hasSuffix(".tmp") }
    }

    @Test("SIGKILL during lint --fix never truncates the draft") func killLintFix() throws {
        let folder = try Paths.temporaryFolder()
        let target = folder.appendingPathComponent("big.md")
        // ~4 MB in GB18030 with CRLF: the fix must also keep encoding and line endings.
        var lines = ["某单位2024年度工作总结", "一、主要工作"]
        for index in 0..<40_000 { lines.append("(\(["一", "二", "三"][index % 3]))推进第\(index)项工作，完成投资500万元，同比增长10%。") }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        let original = try #require(TextDecoder.encode(text, as: .gb18030))
        let (tally, fixed) = try killRepeatedly(["lint", "--fix", "big.md"], target: target, folder: folder, iterations: 24) {
            try original.write(to: target)
        }
        // The complete run's output: same encoding and line endings, every marker fixed.
        let (decoded, encoding) = try TextDecoder.decode(fixed, path: "big.md")
        #expect(encoding == .gb18030)
        let fixedLines = decoded.components(separatedBy: "\r\n")
        #expect(fixedLines.count == lines.count + 1)
        #expect(fixedLines[2] == "（一）推进第0项工作，完成投资500万元，同比增长10%。")
        #expect(fixedLines.filter { $0.hasPrefix("(") }.isEmpty)
        print("lint --fix kill test: \(tally)")
    }

    @Test("SIGKILL during new -o --force never truncates the output") func killNew() throws {
        let folder = try Paths.temporaryFolder()
        let target = folder.appendingPathComponent("总结.md")
        var material = "unit: 某某市某某局\nyear: 2024\ndate: 2025-01-10\noverview: 全年工作平稳推进。\nachievements:\n"
        for index in 0..<12_000 {
            material += "  - title: 第\(index)项工作\n    points:\n      - 完成投资\(index)万元，同比增长\(index % 50)%，覆盖\(index)个村（社区）。\n"
        }
        material += "problems:\n  - 统筹力度不够。\nplans:\n  - title: 加强统筹\n    text: 完善机制。\n"
        try material.write(to: folder.appendingPathComponent("材料.yaml"), atomically: true, encoding: .utf8)
        let old = Data("旧的总结，不应被截断。\n".utf8)
        let (tally, _) = try killRepeatedly(["new", "--type", "general", "--input", "材料.yaml", "-o", "总结.md", "--force"],
                                       target: target, folder: folder, iterations: 24) {
            try old.write(to: target)
        }
        print("new -o kill test: \(tally)")
    }
}
