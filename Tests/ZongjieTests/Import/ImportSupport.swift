import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// Import as the CLI does it, in process: read, parse, check, material, YAML, load, draft.
enum ImportSupport {
    static let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])

    static func corpusFiles() -> [URL] {
        guard let corpus = Paths.corpus else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    /// The material YAML for `text` and the draft `new --input` makes of it (plain text).
    static func roundTrip(_ text: String, path: String, targetYear: Int? = nil) throws -> (yaml: String, draft: String, material: ImportedMaterial) {
        let source = SourceText(text)
        let document = StructureParser().parse(source)
        try Importer.check(document, path: path)
        let typeID = catalog.recognise(title: document.title?.text ?? "")?.id ?? "general"
        guard let plugin = catalog.plugin(id: typeID) else { throw ImportError(description: "no plugin \(typeID)") }
        let material = Importer(plugin: plugin).material(from: document, source: source, path: path, targetYear: targetYear)
        let yaml = MaterialYAMLWriter.write(material)
        let input = try InputLoader.load(yaml, file: "材料.yaml", manifest: plugin.manifest)
        let draft = try Drafter(plugin: plugin).draft(input)
        return (yaml, DraftTextWriter.write(draft.document, format: .plainText), material)
    }

    /// Text without whitespace and Markdown marks (# headings, ** emphasis), for comparing.
    static func normalised(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for line in text.split(separator: "\n") {
            var line = Substring(line)
            while line.first == "#" { line = line.dropFirst() }
            for scalar in line.unicodeScalars where !scalar.properties.isWhitespace && scalar != "\u{FEFF}" && scalar != "*" {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Character-pair (bigram) overlap of two texts, 0…1 (Dice).
    static func similarity(_ a: String, _ b: String) -> Double {
        func bag(_ text: String) -> [String: Int] {
            let scalars = Array(text.unicodeScalars)
            var bag: [String: Int] = [:]
            for index in scalars.indices.dropFirst() { bag[String(scalars[index - 1]) + String(scalars[index]), default: 0] += 1 }
            return bag
        }
        let left = bag(a), right = bag(b)
        let shared = left.reduce(0) { $0 + min($1.value, right[$1.key] ?? 0) }
        let total = left.values.reduce(0, +) + right.values.reduce(0, +)
        return total == 0 ? 1 : 2 * Double(shared) / Double(total)
    }

    /// Every numbered heading, marker included, in document order.
    static func headings(_ text: String) -> [String] {
        StructureParser().parse(SourceText(text)).allSections.map { $0.marker.text + $0.heading }
    }
}
