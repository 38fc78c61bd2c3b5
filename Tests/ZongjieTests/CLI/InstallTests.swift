import Foundation
import Testing
import Yams

/// scripts/install.sh and the pre-commit hook. The install check builds a static release
/// binary (about ten minutes on two busy cores), so it runs only when asked; CI runs
/// scripts/check-install.sh itself after the tests.
@Suite struct InstallTests {
    static let installRequested = ProcessInfo.processInfo.environment["ZONGJIE_TEST_INSTALL"] == "1"

    @Test(.enabled(if: installRequested, "slow release build: set ZONGJIE_TEST_INSTALL=1 to run it (CI runs scripts/check-install.sh after the tests)"))
    func installedBinaryRunsWithoutSwift() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Paths.packageRoot.appendingPathComponent("scripts/check-install.sh").path]
        var environment = ProcessInfo.processInfo.environment
        // Its own scratch folder: the running `swift test` holds .build.
        environment["ZONGJIE_BUILD_DIR"] = Paths.packageRoot.appendingPathComponent(".build-install-test").path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text.suffix(1500))")
        #expect(text.contains("install check:"))
    }

    @Test func scriptsAreExecutableAndParse() throws {
        for name in ["install.sh", "check-install.sh"] {
            let path = Paths.packageRoot.appendingPathComponent("scripts/\(name)").path
            #expect(FileManager.default.isExecutableFile(atPath: path), "\(name) is not executable")
            let result = try DocxPythonCheckTests.run(["bash", "-n", path])
            #expect(result.status == 0, "\(name): \(result.output.prefix(300))")
        }
    }

    @Test func preCommitHookLintsDrafts() throws {
        let text = try String(contentsOf: Paths.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let hooks = try #require(try Yams.load(yaml: text) as? [[String: Any]])
        let hook = try #require(hooks.first { $0["id"] as? String == "zongjie-lint" })
        #expect(hook["language"] as? String == "swift")
        #expect(hook["entry"] as? String == "zongjie lint")
        let files = try #require(hook["files"] as? String)
        #expect(files == #"\.(md|txt|docx)$"#)
        let pattern = try NSRegularExpression(pattern: files)
        func matches(_ name: String) -> Bool {
            pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
        #expect(matches("2024总结.md") && matches("草稿/a.txt") && matches("b.docx"))
        #expect(!matches("a.mdx") && !matches("a.doc") && !matches("Package.swift"))
    }
}
