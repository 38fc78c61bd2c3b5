import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// parse(text) → .docx → read → parse gives the same Document, for every real
/// summary in ../shared/corpus (skipped when absent) and every draft in samples/.
@Suite struct DocxCorpusRoundTripTests {
    static func drafts() -> [URL] {
        var folders: [URL] = []
        if let corpus = Paths.corpus { folders.append(corpus) }
        folders.append(Paths.packageRoot.appendingPathComponent("samples"))
        return folders.flatMap { folder in
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects.compactMap { $0 as? URL } ?? []
            return files
                .filter { ["txt", "md"].contains($0.pathExtension) && $0.lastPathComponent.uppercased() != "README.MD" }
                .sorted { $0.path < $1.path }
        }
    }

    @Test(.enabled(if: !drafts().isEmpty, "no drafts in ../shared/corpus or samples/")) func everyDraftRoundTrips() throws {
        for url in Self.drafts() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let document = StructureParser().parse(SourceText(text))
            let data = try DocxWriter.write(document, created: Date(timeIntervalSince1970: 0))
            let content = try DocxReader().read(data, path: url.lastPathComponent)
            let back = StructureParser().parse(SourceText(content.text))
            // Markdown tables come back as Word table rows (cells joined by tabs): compared by their cells.
            let expected = TableRowNormalization.normalized(document.withoutRanges())
            #expect(TableRowNormalization.normalized(back.withoutRanges()) == expected, "\(url.lastPathComponent) did not round-trip")
        }
    }
}
