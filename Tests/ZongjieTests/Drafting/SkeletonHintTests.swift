import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint

/// The skeleton speaks Chinese: hints say 小标题、要点, never the input keys title/points/text,
/// and a skeleton draft lints with placeholder findings only (no spacing or layout findings from hint text).
@Suite struct SkeletonHintTests {
    static let keyWords = ["title", "points", "text"]

    @Test(arguments: ZeroCountsTests.ids) func hintsNameNoInputKeys(id: String) throws {
        let plugin = try #require(ZeroCountsTests.catalog.plugin(id: id))
        let skeleton = DraftTextWriter.write(try Drafter(plugin: plugin).draft(DraftInput()).document, format: .plainText)
        for word in Self.keyWords { #expect(!skeleton.contains(word), "\(id) skeleton names \(word)") }
        // In the input template the keys are the YAML itself; the hint comments still speak Chinese.
        let hints = InputTemplateWriter.write(plugin.manifest).split(separator: "\n").filter { $0.hasPrefix("# ") }
        for hint in hints { for word in Self.keyWords { #expect(!hint.contains(word + "（"), "\(id): \(hint)") } }
    }

    @Test(arguments: ZeroCountsTests.ids) func skeletonLintsWithPlaceholderFindingsOnly(id: String) throws {
        let plugin = try #require(ZeroCountsTests.catalog.plugin(id: id))
        let document = try Drafter(plugin: plugin).draft(DraftInput()).document
        let linter = Linter(catalog: ZeroCountsTests.catalog)
        for format in [DraftTextWriter.Format.markdown, .plainText] {
            let text = DraftTextWriter.write(document, format: format)
            let other = linter.lint(text, path: "\(id).\(format == .markdown ? "md" : "txt")", reportType: id)
                .filter { $0.severity != .info && $0.ruleID != "placeholder" }
            #expect(other.isEmpty, "\(other.map { "\($0.range.start.line): \($0.message) [\($0.ruleID)]" })")
        }
    }

    @Test(arguments: ZeroCountsTests.ids) func docxSkeletonLintsWithPlaceholderFindingsOnly(id: String) throws {
        let folder = try Paths.temporaryFolder()
        try "".write(to: folder.appendingPathComponent("empty.yaml"), atomically: true, encoding: .utf8)
        let made = try CLIRunner.run(["new", "--type", id, "--input", "empty.yaml", "-o", "s.docx"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let lint = try CLIRunner.run(["lint", "s.docx", "--format", "json"], in: folder)
        let data = Data(lint.stdout.utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(lint.stdout.prefix(300))")
        let files = root["files"] as? [[String: Any]] ?? []
        let findings = files.flatMap { $0["diagnostics"] as? [[String: Any]] ?? [] }
        let other = findings.filter { ($0["severity"] as? String) != "info" && ($0["rule"] as? String) != "placeholder" }
        #expect(!findings.isEmpty)
        #expect(other.isEmpty, "\(other.map { "\($0["rule"] ?? ""): \($0["message"] ?? "")" })")
    }
}
