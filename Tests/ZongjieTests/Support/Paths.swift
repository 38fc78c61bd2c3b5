import Foundation

/// Locations tests need, found relative to this file so tests run from any folder.
enum Paths {
    /// The package root (…/Tests/ZongjieTests/Support/Paths.swift → three levels up).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// ../shared next to the package, when present (CI has it; skip tests that need it otherwise).
    static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The shared corpus of real summaries, or nil when absent.
    static var corpus: URL? {
        let url = shared.appendingPathComponent("corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The built `zongjie` binary beside the test bundle.
    static var binary: URL {
        let bundleFolder = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [
            bundleFolder.appendingPathComponent("zongjie"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zongjie"),
            packageRoot.appendingPathComponent(".build/debug/zongjie"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zongjie-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
