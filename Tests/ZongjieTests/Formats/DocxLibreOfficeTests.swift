import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// Our .docx opened and saved again by LibreOffice reads back to the same text
/// and keeps every layout fact `docx-layout` checks. Skipped when `soffice` is not installed.
@Suite struct DocxLibreOfficeTests {
    static var soffice: String? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: soffice != nil, "LibreOffice (soffice) not installed")) func libreOfficeResaveKeepsTextAndLayout() throws {
        let folder = try Paths.temporaryFolder()
        let document = DocxFixtures.sampleDocument()
        let input = folder.appendingPathComponent("ours.docx")
        try DocxWriter.write(document, created: DocxFixtures.created).write(to: input)
        let output = folder.appendingPathComponent("resaved")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.soffice))
        process.arguments = ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", output.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let content = try DocxReader().read(contentsOf: output.appendingPathComponent("ours.docx").path)
        let lines = content.paragraphs.map(\.text)
        #expect(lines == DocxFixtures.expectedLines(document))
        // Every layout fact survives; LibreOffice only drops the fallback names (w:altName) of
        // the font table, which the rule rightly reports as fonts Word may substitute.
        let findings = DocxLayoutRuleTests.findings(document, layout: content.layout, lines: lines)
        #expect(findings.map { $0.data["item"] ?? "" } == ["font-substitution", "font-substitution", "font-substitution"], "\(findings.map(\.message))")
        #expect(findings.map { $0.data["found"] ?? "" } == ["方正小标宋简体", "仿宋_GB2312", "楷体_GB2312"])
    }
}
