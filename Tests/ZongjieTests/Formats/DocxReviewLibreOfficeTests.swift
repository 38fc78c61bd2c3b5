import Foundation
import Testing
import ZongjieCore
import ZongjieFormats
import ZongjieLint

/// Real readers of what `lint --annotate --fix` and `new`/`export` write: LibreOffice
/// (headless) shows our comments and tracked changes, its accept-all text lints without
/// the fixed findings, and in its PDFs the 落款 never stands alone on the last page.
/// Skipped when LibreOffice (or pdftotext) is not installed; .ci/run installs both.
@Suite struct DocxReviewLibreOfficeTests {
    static let available = LibreOfficeRunner.soffice != nil
    static let types = DocxReviewTests.types

    @Test(.enabled(if: available, "LibreOffice (soffice) not installed"))
    func libreOfficeShowsCommentsAndAcceptsTheFixes() throws {
        let folder = try Paths.temporaryFolder()
        var annotated: [URL] = []
        var findingCounts: [Int] = []
        for type in Self.types {
            let planted = try DocxReviewSupport.planted(DocxReviewSupport.sampleDocx(type, in: folder))
            try planted.write(to: folder.appendingPathComponent("\(type)-原稿.docx"))
            findingCounts.append(try DocxReviewTests.lint(planted).result.diagnostics.count)
            let output = folder.appendingPathComponent("\(type)-审核.docx")
            let run = try CLIRunner.run(["lint", "\(type)-原稿.docx", "--annotate", output.lastPathComponent, "--fix", "--fix-wording"], in: folder)
            #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains("已写入：\(output.lastPathComponent)"), "\(run.stderr)")
            annotated.append(output)
        }
        if DocxPythonCheckTests.pythonDocxAvailable {
            let script = "import sys, docx\nfor p in sys.argv[1:]:\n    d = docx.Document(p)\n    print(len([c for c in d.comments if c.author == 'zongjie' and c.initials == 'ZJ']))\n"
            let result = try DocxPythonCheckTests.run(["python3", "-c", script] + annotated.map(\.path))
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.split(separator: "\n").map { Int($0) ?? -1 } == findingCounts)
        }

        let flat = try LibreOfficeRunner.convert(annotated, to: "fodt", into: folder.appendingPathComponent("fodt"))
        var acceptedFiles: [URL] = []
        for (file, count) in zip(flat, findingCounts) {
            let xml = try String(contentsOf: file, encoding: .utf8)
            let comments = try NSRegularExpression(pattern: "<office:annotation [^>]*>\\s*<dc:creator>zongjie</dc:creator>")
            #expect(comments.numberOfMatches(in: xml, range: NSRange(xml.startIndex..., in: xml)) == count, "\(file.lastPathComponent)")
            #expect(xml.contains("规则：wording（zongjie）"))
            #expect(xml.contains("<text:deletion>") && xml.contains("<text:insertion>"))
            let accepted = folder.appendingPathComponent("accepted").appendingPathComponent(file.lastPathComponent)
            try FileManager.default.createDirectory(at: accepted.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.acceptAll(xml).write(to: accepted, atomically: true, encoding: .utf8)
            acceptedFiles.append(accepted)
        }
        let texts = try LibreOfficeRunner.convert(acceptedFiles, to: "txt:Text", into: folder.appendingPathComponent("txt"))
        let engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: DocxReviewTests.catalog)
        for text in texts {
            let content = try String(contentsOf: text, encoding: .utf8)
            #expect(!content.contains("按装") && content.contains("安装"), "\(text.lastPathComponent)")
            let fixable = engine.lint(content, path: "accepted.txt").diagnostics.filter { ["wording", "punctuation-width"].contains($0.ruleID) }
            #expect(fixable.isEmpty, "\(text.lastPathComponent): \(fixable.map(\.message))")
        }
    }

    /// A flat ODF document with every tracked change accepted: deleted spans dropped, marks removed.
    static func acceptAll(_ xml: String) throws -> String {
        var result = xml
        let regions = try NSRegularExpression(pattern: "<text:changed-region[^>]*text:id=\"([^\"]+)\"[^>]*>\\s*<text:deletion>", options: [])
        let deletions = regions.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).compactMap { Range($0.range(at: 1), in: xml).map { String(xml[$0]) } }
        for id in deletions {
            let span = try NSRegularExpression(pattern: "<text:change-start text:change-id=\"\(id)\"/>.*?<text:change-end text:change-id=\"\(id)\"/>", options: [.dotMatchesLineSeparators])
            result = span.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "")
        }
        for pattern in ["<text:tracked-changes.*?</text:tracked-changes>", "<text:change(-start|-end)? text:change-id=\"[^\"]*\"/>"] {
            let marks = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            result = marks.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "")
        }
        return result
    }

    @Test(.enabled(if: available && LibreOfficeRunner.pdftotext != nil, "LibreOffice or pdftotext not installed"))
    func signatureNeverStandsAloneOnTheLastPage() throws {
        let folder = try Paths.temporaryFolder()
        var files: [URL] = []
        for type in Self.types {
            _ = try DocxReviewSupport.sampleDocx(type, in: folder)
            files.append(folder.appendingPathComponent("\(type).docx"))
        }
        if let corpus = Paths.corpus {
            let drafts = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            let export = try CLIRunner.run(["export"] + drafts.map { corpus.appendingPathComponent($0).path } + ["--out-dir", folder.path], in: folder)
            #expect(export.status == 0, "\(export.stderr)")
            files += drafts.map { folder.appendingPathComponent(($0 as NSString).deletingPathExtension + ".docx") }
        } else {
            print("corpus check skipped: ../shared/corpus not present")
        }
        let pdfs = try LibreOfficeRunner.convert(files, to: "pdf", into: folder.appendingPathComponent("pdf"))
        for (docx, pdf) in zip(files, pdfs) {
            let content = try DocxReader().read(contentsOf: docx.path)
            func squeezed(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
            let closing = content.paragraphs.filter { ["ZJSignature", "ZJDate"].contains($0.styleID ?? "") }.map { squeezed($0.text) }
            let lastPage = try LibreOfficeRunner.pages(ofPDF: pdf).last ?? ""
            let lines = lastPage.split(separator: "\n").map { squeezed(String($0)) }.filter { !$0.isEmpty }
            let pageNumber = try NSRegularExpression(pattern: "^[—-]*[0-9]+[—-]*$")
            let body = lines.filter { line in
                !closing.contains(line) && pageNumber.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) == nil
            }
            #expect(!body.isEmpty, "\(docx.lastPathComponent): the last page holds only \(lines)")
            for line in closing {
                #expect(lines.contains(line), "\(docx.lastPathComponent): “\(line)” is not on the last page")
            }
        }
    }
}
