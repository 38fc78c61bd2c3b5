import Foundation
import Testing
import ZongjieResources

@Suite struct EmbeddedFilesTests {
    @Test func generatedFileMatchesDataFolders() throws {
        let expected = EmbeddedFilesRenderer.render(try EmbeddedFilesRenderer.collect(packageRoot: Paths.packageRoot))
        let committed = try String(contentsOf: Paths.packageRoot.appendingPathComponent(EmbeddedFilesRenderer.generatedPath), encoding: .utf8)
        #expect(committed == expected, "Sources/ZongjieResources/EmbeddedFiles.swift is stale: run `swift run zongjie-embed`")
    }

    @Test func embedsTheBaseOutline() {
        #expect(EmbeddedFiles.all["outlines/annual-summary.yaml"]?.contains("key: problems") == true)
    }
}
