import Foundation
import Testing

/// Replays every input the fuzzers ever crashed on (Regressions/<target>/…)
/// through the same fuzz target, in a child process so a crash fails one test
/// instead of the whole run; and runs each target briefly from its seeds.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let regressions = Paths.packageRoot.appendingPathComponent("Tests/ZongjieTests/Fuzz/Regressions")
    static let targets = ["parser", "lint", "docx", "docxml", "input", "manifest"]

    static var fuzzBinary: URL {
        Paths.binary.deletingLastPathComponent().appendingPathComponent("zongjie-fuzz")
    }

    /// The committed crash inputs of `target`, sorted.
    static func inputs(of target: String) -> [URL] {
        let folder = regressions.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("committed crash inputs no longer crash", arguments: targets)
    func replay(target: String) throws {
        let inputs = Self.inputs(of: target)
        guard !inputs.isEmpty else { return }
        let result = try BoundedRun.run([target, "--replay"] + inputs.map(\.path), binary: Self.fuzzBinary,
                                        in: try Paths.temporaryFolder(), seconds: 120)
        #expect(result.status == 0, "\(target): \(result.stdout.suffix(300)) \(result.stderr.prefix(1_000))")
        #expect(result.signal == nil)
        for input in inputs {
            #expect(result.stdout.contains("ok: \(input.path)"), "\(input.lastPathComponent) did not finish")
        }
    }

    @Test("lint regressions also pass through the zongjie binary") func lintRegressionsThroughCLI() throws {
        for input in Self.inputs(of: "lint") {
            let folder = try Paths.temporaryFolder()
            try Data(contentsOf: input).write(to: folder.appendingPathComponent("draft.md"))
            let result = try BoundedRun.run(["lint", "draft.md"], in: folder, seconds: 60)
            #expect(result.signal == nil, "\(input.lastPathComponent): \(result.stderr.prefix(500))")
            #expect([0, 1, 2].contains(result.status), "\(input.lastPathComponent)")
        }
        #expect(!Self.inputs(of: "lint").isEmpty)
    }

    @Test("the docx regressions exist (a crash found by fuzzing)") func regressionsAreCommitted() {
        #expect(!Self.inputs(of: "docxml").isEmpty)
        #expect(!Self.inputs(of: "docx").isEmpty)
    }

    @Test("each target survives a short deterministic run", arguments: targets)
    func shortRun(target: String) throws {
        let folder = try Paths.temporaryFolder()
        let result = try BoundedRun.run([target, "--seconds", "2", "--seed", "7", "--out", folder.path, "--timeout", "20"],
                                        binary: Self.fuzzBinary, in: folder, seconds: 120)
        #expect(result.status == 0, "\(target): \(result.stdout.suffix(300)) \(result.stderr.prefix(1_000))")
        #expect(result.stdout.contains("zongjie-fuzz \(target):"))
        #expect(result.stdout.contains("no crash"))
    }
}
