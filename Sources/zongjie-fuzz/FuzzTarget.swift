import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint
import ZongjieResources

/// One entry point per input surface that takes bytes from users.
///
/// Each target swallows the errors the code is meant to throw: only a crash,
/// a trap or a hang is a finding. Shared by the libFuzzer driver and the
/// deterministic mutation harness.
enum FuzzTarget: String, CaseIterable, Sendable {
    case parser, lint, docx, docxml, input, manifest, lsp, mcp

    /// Runs one input through the target.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .parser: Self.parse(bytes)
        case .lint: Self.lint(bytes)
        case .docx: Self.docx(bytes)
        case .docxml: Self.docx(FuzzFixtures.docx(documentXML: bytes))
        case .input: Self.input(bytes)
        case .manifest: Self.manifest(bytes)
        case .lsp: LanguageServerFuzz.run(bytes)
        case .mcp: MCPServerFuzz.run(bytes)
        }
    }

    /// The structure parser on any UTF-8 (invalid bytes repaired, as the decoder never passes them).
    private static func parse(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let source = SourceText(text)
        _ = StructureParser().parse(source)
    }

    /// Decoding as the CLI does, every rule, both reporters, and applying all fixes.
    private static func lint(_ bytes: [UInt8]) {
        guard let decoded = try? TextDecoder.decode(Data(bytes), path: "fuzz.md") else { return }
        let result = FuzzFixtures.engine.lint(decoded.text, path: "fuzz.md")
        _ = JSONReporter().report([result])
        _ = TextReporter().report([result])
        let (fixed, _) = FixApplier.apply(result.diagnostics, to: result.source, kinds: [.mechanical, .wording])
        _ = TextDecoder.encode(fixed, as: decoded.encoding)
        _ = FuzzFixtures.engine.lint(fixed, path: "fuzz.md")
    }

    /// The .docx reader; what it reads is linted with its layout, as `zongjie lint x.docx` does.
    private static func docx(_ bytes: [UInt8]) {
        let limits = DocxReadLimits(maxTotalBytes: 8 * 1_048_576, maxPartBytes: 4 * 1_048_576, maxEntries: 200)
        guard let content = try? DocxReader(limits: limits).read(Data(bytes), path: "fuzz.docx") else { return }
        let text = content.paragraphs.map(\.text).joined(separator: "\n")
        _ = FuzzFixtures.engine.lint(text, path: "fuzz.docx", docxLayout: content.layout)
    }

    /// Input files against every built-in type, as YAML and as JSON, then drafting what loads.
    private static func input(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let plugins = FuzzFixtures.plugins
        guard !plugins.isEmpty else { return }
        let plugin = plugins[Int(bytes.first ?? 0) % plugins.count]
        for file in ["fuzz.yaml", "fuzz.json"] {
            guard let input = try? InputLoader.load(text, file: file, manifest: plugin.manifest) else { continue }
            _ = InputLoader.missingRequired(in: input, manifest: plugin.manifest, file: file)
            _ = FigureConsistency.warnings(plugin.manifest, input: input)
            _ = try? Drafter(plugin: plugin).draft(input)
        }
    }

    /// A user's plugin.yaml: decoded, then loaded as a whole plugin over the built-in outlines.
    private static func manifest(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard (try? ManifestDecoder.decode(text, file: "fuzz/plugin.yaml")) != nil else { return }
        _ = try? PluginLoader.load(files: ["plugin.yaml": text], location: "fuzz", origin: .user,
                                   outlines: FuzzFixtures.outlines, inheritedTemplates: FuzzFixtures.generalTemplates)
    }
}

/// Built once: the catalog, an engine with every rule, the outlines.
enum FuzzFixtures {
    static let catalog: ReportTypeCatalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])
    static let engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: catalog)
    static let plugins: [Plugin] = catalog.types.compactMap { catalog.plugin(id: $0.id) }
    static let generalTemplates: [String: String] = catalog.plugin(id: "general")?.templates ?? [:]
    static let outlines: [String: Outline] = {
        var result: [String: Outline] = [:]
        for (path, text) in EmbeddedFiles.all where path.hasPrefix("outlines/") && path.hasSuffix(".yaml") {
            if let outline = try? OutlineResolver.decodeOutline(text, file: path) { result[outline.id] = outline }
        }
        return result
    }()

    /// The parts of a small valid .docx, from the `general` sample.
    static let docxParts: [(path: String, data: Data)] = {
        var document = StructureParser().parse(SourceText("某单位2024年度工作总结\n一、主要工作\n（一）抓好学习。\n"))
        if let general = catalog.plugin(id: "general"), let sample = general.sampleInput,
           let input = try? InputLoader.load(sample, file: "sample.yaml", manifest: general.manifest),
           let draft = try? Drafter(plugin: general).draft(input) {
            document = draft.document
        }
        guard let data = try? DocxWriter.write(document, created: Date(timeIntervalSince1970: 1_700_000_000)) else { return [] }
        return DocxParts.entries(of: data)
    }()

    /// A .docx whose word/document.xml is `documentXML` and whose other parts are valid.
    static func docx(documentXML: [UInt8]) -> [UInt8] {
        var parts = docxParts
        if let index = parts.firstIndex(where: { $0.path == "word/document.xml" }) {
            parts[index].data = Data(documentXML)
        }
        return (try? ZipArchiveBuilder.archive(parts, date: Date(timeIntervalSince1970: 1_700_000_000))).map { [UInt8]($0) } ?? []
    }
}
