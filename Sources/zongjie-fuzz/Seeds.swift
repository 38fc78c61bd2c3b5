import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieResources

/// Starting inputs for each target, built from what ships in the binary, plus
/// any files from `--corpus` folders (e.g. ../shared/corpus, samples/).
enum Seeds {
    /// Drafts of every built-in type from its sample input, as Markdown.
    static let drafts: [String] = FuzzFixtures.plugins.compactMap { plugin in
        guard let sample = plugin.sampleInput,
              let input = try? InputLoader.load(sample, file: "sample.yaml", manifest: plugin.manifest),
              let draft = try? Drafter(plugin: plugin).draft(input) else { return nil }
        return DraftTextWriter.write(draft.document, format: .markdown)
    }

    /// Seeds for `target`; files under `corpus` folders with a matching extension are added.
    static func seeds(for target: FuzzTarget, corpus: [String]) -> [[UInt8]] {
        var result: [[UInt8]]
        let extensions: Set<String>
        switch target {
        case .parser, .lint:
            result = drafts.map { Array($0.utf8) }
            result += drafts.prefix(2).compactMap { TextDecoder.encode($0, as: .gb18030).map { [UInt8]($0) } }
            extensions = ["txt", "md"]
        case .docx:
            result = drafts.compactMap { text in
                (try? DocxWriter.write(StructureParser().parse(SourceText(text)), created: Date(timeIntervalSince1970: 1_700_000_000))).map { [UInt8]($0) }
            }
            extensions = ["docx"]
        case .docxml:
            result = drafts.compactMap { text in
                guard let data = try? DocxWriter.write(StructureParser().parse(SourceText(text)), created: Date(timeIntervalSince1970: 1_700_000_000)) else { return nil }
                return DocxParts.entries(of: data).first { $0.path == "word/document.xml" }.map { [UInt8]($0.data) }
            }
            extensions = []
        case .input:
            result = FuzzFixtures.plugins.compactMap { $0.sampleInput.map { Array($0.utf8) } }
            extensions = ["yaml", "yml", "json"]
        case .manifest:
            result = EmbeddedFiles.all.filter { $0.key.hasSuffix("/plugin.yaml") }.sorted { $0.key < $1.key }.map { Array($0.value.utf8) }
            extensions = []
        case .lsp:
            result = drafts.prefix(3).map { LanguageServerFuzz.session(draft: $0) }
            extensions = []
        case .mcp:
            result = drafts.prefix(3).map { MCPServerFuzz.session(draft: $0) }
            extensions = []
        }
        for folder in corpus {
            let url = URL(fileURLWithPath: folder)
            guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            let files = enumerator.compactMap { $0 as? URL }.filter { extensions.contains($0.pathExtension.lowercased()) }
            for file in files.sorted(by: { $0.path < $1.path }) {
                if let data = try? Data(contentsOf: file), data.count <= 1_048_576 { result.append([UInt8](data)) }
            }
        }
        return result.isEmpty ? [[]] : result
    }
}
