import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// The 政府信息公开工作年度报告 in .docx: the sample drafts three real Word tables with the
/// official merged header cells, lints clean, and lint reads the same figures as from the .md.
@Suite struct NianbaoDocxTests {
    /// The parts of a .docx our writer produces (all of them: a rewritten file must keep every one).
    static let packageParts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/styles.xml",
        "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels",
    ]

    /// `docx` with its document.xml passed through `edit`.
    static func rewritingDocumentXML(_ docx: Data, _ edit: (String) throws -> String) throws -> Data {
        var parts: [(path: String, data: Data)] = []
        for path in packageParts {
            let text = try ZipArchiveBuilder.text(of: path, in: docx)
            parts.append((path, Data((path == "word/document.xml" ? try edit(text) : text).utf8)))
        }
        return try ZipArchiveBuilder.archive(parts, date: DocxFixtures.created)
    }

    /// Cell values by key, for comparing two readings.
    static func values(_ tables: NianbaoTables) -> [NianbaoCellKey: String] {
        tables.cells.mapValues(\.text)
    }

    static func draftSample(in folder: URL) throws -> (md: String, docx: URL) {
        let md = try CLIRunner.run(["new", "--type", "gongkai-nianbao", "--sample", "-o", "年报.md"], in: folder)
        #expect(md.status == 0, "\(md.stderr)")
        let docx = try CLIRunner.run(["new", "--type", "gongkai-nianbao", "--sample", "-o", "年报.docx"], in: folder)
        #expect(docx.status == 0, "\(docx.stderr)")
        return (try String(contentsOf: folder.appendingPathComponent("年报.md"), encoding: .utf8), folder.appendingPathComponent("年报.docx"))
    }

    @Test func sampleDocxHasThreeWordTablesWithMergedHeaders() throws {
        let folder = try Paths.temporaryFolder()
        let sample = try Self.draftSample(in: folder)
        let xml = try ZipArchiveBuilder.text(of: "word/document.xml", in: try Data(contentsOf: sample.docx))
        #expect(xml.components(separatedBy: "<w:tbl>").count - 1 == 3)
        #expect(!xml.contains("| --- |"), "no Markdown table left as text")
        func cell(_ text: String) -> String? {
            guard let end = xml.range(of: "<w:t xml:space=\"preserve\">\(text)</w:t>") else { return nil }
            guard let start = xml.range(of: "<w:tc>", options: .backwards, range: xml.startIndex..<end.lowerBound) else { return nil }
            return String(xml[start.lowerBound..<end.lowerBound])
        }
        #expect(cell("申请人情况")?.contains("<w:gridSpan w:val=\"7\"/>") == true)
        #expect(cell("法人或其他组织")?.contains("<w:gridSpan w:val=\"5\"/>") == true)
        #expect(cell("自然人")?.contains("<w:vMerge w:val=\"restart\"/>") == true)
        #expect(cell("总计")?.contains("<w:vMerge w:val=\"restart\"/>") == true)
        #expect(cell("行政复议")?.contains("<w:gridSpan w:val=\"5\"/><w:vMerge w:val=\"restart\"/>") == true)
        #expect(cell("行政诉讼")?.contains("<w:gridSpan w:val=\"10\"/>") == true)
        #expect(cell("未经复议直接起诉")?.contains("<w:gridSpan w:val=\"5\"/>") == true)
        #expect(cell("复议后起诉")?.contains("<w:gridSpan w:val=\"5\"/>") == true)
        #expect(cell("第二十条第（八）项")?.contains("<w:gridSpan w:val=\"4\"/>") == true)
        #expect(xml.contains("<w:tblHeader/>"))
    }

    @Test func sampleDocxLintsCleanAndReadsTheSameFiguresAsTheMarkdown() throws {
        let folder = try Paths.temporaryFolder()
        let sample = try Self.draftSample(in: folder)
        let linted = try CLIRunner.run(["lint", "--fail-on", "warning", "年报.docx"], in: folder)
        #expect(linted.status == 0, "\(linted.stdout)")
        #expect(linted.stdout.contains("没有发现问题"))

        let fromMarkdown = NianbaoTableReader.read(SourceText(sample.md))
        let fromDocx = NianbaoTableReader.read(SourceText(try DocxReader().read(contentsOf: sample.docx.path).text))
        #expect(fromMarkdown.applicationTableIsComplete)
        #expect(fromDocx.applicationTableIsComplete)
        #expect(fromDocx.notes.isEmpty, "\(fromDocx.notes.map(\.message))")
        #expect(fromDocx.cells.count == fromMarkdown.cells.count)
        #expect(Self.values(fromDocx) == Self.values(fromMarkdown))
        #expect(fromDocx.value(.application(.received, .total)) == 53)
        #expect(fromDocx.value(.appeal(.review, .total)) == 2)
    }

    @Test func oneChangedCellInTheWordTableIsTheOneFinding() throws {
        let folder = try Paths.temporaryFolder()
        let sample = try Self.draftSample(in: folder)
        // 4.保护第三方合法权益 自然人 1 → 2 in the Word XML: its column and its row no longer add up.
        let edited = try Self.rewritingDocumentXML(try Data(contentsOf: sample.docx)) { xml in
            let label = try #require(xml.range(of: ">4.保护第三方合法权益</w:t>"))
            let figure = try #require(xml.range(of: ">1</w:t>", range: label.upperBound..<xml.endIndex))
            return xml.replacingCharacters(in: figure, with: ">2</w:t>")
        }
        try edited.write(to: folder.appendingPathComponent("改.docx"))
        let linted = try CLIRunner.run(["lint", "改.docx"], in: folder)
        #expect(linted.status == 1)
        let findings = linted.stdout.split(separator: "\n").filter { $0.contains("[") && $0.contains("]") }
        #expect(findings.count == 1, "\(linted.stdout)")
        let finding = String(findings.first ?? "")
        #expect(finding.contains("[table-identity]"))
        #expect(finding.contains("error"))
        #expect(finding.contains("4.保护第三方合法权益"))
        #expect(finding.contains("自然人"))
        // Its line is the row's line in the text lint reads from the .docx.
        let lines = try DocxReader().read(contentsOf: folder.appendingPathComponent("改.docx").path).text.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.hasPrefix("4.保护第三方合法权益\t") })
        #expect(finding.hasPrefix("改.docx:\(row + 1):"), "\(finding)")
    }

    @Test func fixtureReportRoundTripsFromMarkdownDocxAndPlainText() throws {
        let folder = try Paths.temporaryFolder()
        try NianbaoFixture.text("report.md").write(to: folder.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        let exported = try CLIRunner.run(["export", "report.md", "-o", "report.docx"], in: folder)
        #expect(exported.status == 0, "\(exported.stderr)")
        let docx = try DocxReader().read(contentsOf: folder.appendingPathComponent("report.docx").path)
        let xml = try ZipArchiveBuilder.text(of: "word/document.xml", in: try Data(contentsOf: folder.appendingPathComponent("report.docx")))
        #expect(xml.components(separatedBy: "<w:tbl>").count - 1 == 3)
        let fromDocx = NianbaoTableReader.read(SourceText(docx.text))
        NianbaoReaderTests.check(fromDocx, "docx")
        let fromMarkdown = NianbaoTableReader.read(SourceText(try NianbaoFixture.text("report.md")))
        let fromText = NianbaoTableReader.read(SourceText(try NianbaoFixture.text("report.txt")))
        #expect(Self.values(fromDocx).mapValues { Int($0) } == Self.values(fromMarkdown).mapValues { Int($0) })
        #expect(fromDocx.cells.keys.sorted { "\($0)" < "\($1)" } == fromText.cells.keys.sorted { "\($0)" < "\($1)" })
        // No arithmetic finding from the tables in the .docx either.
        let linted = try CLIRunner.run(["lint", "report.docx"], in: folder)
        #expect(!linted.stdout.contains("[table-identity]") && !linted.stdout.contains("[text-table-mismatch]"), "\(linted.stdout)")
    }

    @Test func retypesettingTheDocxKeepsItsWordTables() throws {
        let folder = try Paths.temporaryFolder()
        _ = try Self.draftSample(in: folder)
        let exported = try CLIRunner.run(["export", "年报.docx", "-o", "重排.docx"], in: folder)
        #expect(exported.status == 0, "\(exported.stderr)")
        let xml = try ZipArchiveBuilder.text(of: "word/document.xml", in: try Data(contentsOf: folder.appendingPathComponent("重排.docx")))
        #expect(xml.components(separatedBy: "<w:tbl>").count - 1 == 3)
        #expect(xml.contains("<w:gridSpan w:val=\"7\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"ZJTableText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">申请人情况<"))
        #expect(xml.contains("<w:gridSpan w:val=\"4\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"ZJTableText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">第二十条第（五）项<"))
        let linted = try CLIRunner.run(["lint", "--fail-on", "warning", "重排.docx"], in: folder)
        #expect(linted.status == 0, "\(linted.stdout)")
    }

    @Test(.enabled(if: DocxPythonCheckTests.pythonDocxAvailable, "python3 with python-docx not installed (pip install python-docx)")) func pythonDocxSeesTheThreeTables() throws {
        let folder = try Paths.temporaryFolder()
        let sample = try Self.draftSample(in: folder)
        let script = Paths.packageRoot.appendingPathComponent("scripts/check_docx.py").path
        let result = try DocxPythonCheckTests.run(["python3", script, "--tables", "14x4,28x8,4x15", sample.docx.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("tables 14x4, 28x8, 4x15"))
        let wrong = try DocxPythonCheckTests.run(["python3", script, "--tables", "14x4", sample.docx.path])
        #expect(wrong.status == 1)
        #expect(wrong.output.contains("expected 14x4"))
    }
}
