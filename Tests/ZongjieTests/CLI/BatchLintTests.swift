import Foundation
import Testing
@testable import ZongjieCLI

/// `zongjie lint DIR` over several threads: same report, same order, one JSON document.
@Suite(.serialized) struct BatchLintTests {
    /// A folder of drafts that differ (so an order mix-up shows), plus one unreadable file.
    func batchFolder() throws -> URL {
        let folder = try Paths.temporaryFolder()
        for index in 0..<40 {
            var text = LintCommandTests.fixable
            // Every third draft is clean; the rest carry findings on different lines.
            if index % 3 == 0 { text = LintCommandTests.clean }
            if index % 5 == 1 { text += "\n二〇二四年十二月二十日\n" }
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "d%03d.md", index)))
        }
        return folder
    }

    @Test func parallelOutputEqualsSequentialOutput() throws {
        let dir = try batchFolder()
        for format in ["text", "json"] {
            let one = try CLIRunner.run(["lint", "--format", format, "--jobs", "1", "."], in: dir)
            let four = try CLIRunner.run(["lint", "--format", format, "--jobs", "4", "."], in: dir)
            #expect(one.status == four.status)
            #expect(one.stdout == four.stdout, "--jobs 4 must print exactly what --jobs 1 prints (\(format))")
            #expect(!one.stdout.isEmpty)
        }
    }

    @Test func streamedJSONIsOneDocumentInInputOrder() throws {
        let dir = try batchFolder()
        let result = try CLIRunner.run(["lint", "--format", "json", "--jobs", "3", "."], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let paths = files.compactMap { $0["path"] as? String }
        #expect(paths.count == 40)
        #expect(paths == paths.sorted())
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["files"] == 40)
        let counted = files.reduce(0) { $0 + (($1["diagnostics"] as? [Any])?.count ?? 0) }
        #expect(counted == (summary["errors"] ?? 0) + (summary["warnings"] ?? 0) + (summary["infos"] ?? 0))
    }

    @Test func unreadableFilesAreReportedInOrderAndExitTwo() throws {
        let dir = try batchFolder()
        try Data().write(to: dir.appendingPathComponent("d010.md"))
        let result = try CLIRunner.run(["lint", "--jobs", "2", "."], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("d010.md"))
        #expect(result.stdout.contains("检查了 39 个文件"))
    }

    @Test func jobsMustBePositive() throws {
        let dir = try batchFolder()
        for bad in ["--jobs=0", "--jobs=-3"] {
            let result = try CLIRunner.run(["lint", bad, "."], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr.contains("--jobs 应为正整数"), "stderr: \(result.stderr)")
        }
    }

    @Test func orderedMapKeepsOrderWithABoundedWindow() throws {
        // Items finish out of order (later ones are quicker); results still arrive in order.
        var seen: [Int] = []
        try OrderedParallelMap.run(count: 200, jobs: 4, window: 8, work: { index -> Int in
            if index % 7 == 0 { usleep(200) }
            return index * 2
        }, consume: { index, value in
            #expect(value == index * 2)
            seen.append(index)
        })
        #expect(seen == Array(0..<200))
    }

    @Test func orderedMapStopsAtTheFirstConsumerError() {
        struct Stop: Error {}
        var consumed = 0
        #expect(throws: Stop.self) {
            try OrderedParallelMap.run(count: 1_000, jobs: 2, window: 4, work: { $0 }, consume: { index, _ in
                consumed += 1
                if index == 10 { throw Stop() }
            })
        }
        #expect(consumed == 11)
    }
}
