import Foundation
import Testing

/// Both servers' message loops under the fuzz harness: a short deterministic run from
/// their seeds (whole sessions) must end without a crash or a hang.
@Suite("Server fuzz targets")
struct ServerFuzzTests {
    @Test("each server loop survives a short deterministic run", arguments: ["lsp", "mcp"])
    func shortRun(target: String) throws {
        let folder = try Paths.temporaryFolder()
        let result = try BoundedRun.run([target, "--seconds", "3", "--seed", "11", "--out", folder.path, "--timeout", "20"],
                                        binary: FuzzRegressionTests.fuzzBinary, in: folder, seconds: 180)
        #expect(result.status == 0, "\(target): \(result.stdout.suffix(300)) \(result.stderr.prefix(1_000))")
        #expect(result.stdout.contains("zongjie-fuzz \(target):"))
        #expect(result.stdout.contains("no crash"))
    }
}
