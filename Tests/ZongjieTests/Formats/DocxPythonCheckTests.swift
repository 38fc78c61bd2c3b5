import Foundation
import Testing
import ZongjieFormats

/// Opens our .docx with python-docx through scripts/check_docx.py, an independent
/// OOXML reader. Skipped when python3 with python-docx is not installed (CI installs it).
@Suite struct DocxPythonCheckTests {
    static var pythonDocxAvailable: Bool {
        guard let result = try? run(["python3", "-c", "import docx"]) else { return false }
        return result.status == 0
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: pythonDocxAvailable, "python3 with python-docx not installed (pip install python-docx)")) func pythonDocxAcceptsOurExport() throws {
        let folder = try Paths.temporaryFolder()
        let path = folder.appendingPathComponent("sample.docx").path
        try DocxWriter.write(DocxFixtures.sampleDocument(), created: DocxFixtures.created).write(to: URL(fileURLWithPath: path))
        let script = Paths.packageRoot.appendingPathComponent("scripts/check_docx.py").path
        let result = try Self.run(["python3", script, path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("ok (19 paragraphs)"))
    }

    @Test(.enabled(if: pythonDocxAvailable, "python3 with python-docx not installed (pip install python-docx)")) func pythonCheckFailsOnAForeignDocx() throws {
        let folder = try Paths.temporaryFolder()
        let path = folder.appendingPathComponent("plain.docx").path
        let body = DocxFixtures.paragraph("普通文档")
        try DocxFixtures.docx(body: body).write(to: URL(fileURLWithPath: path))
        let script = Paths.packageRoot.appendingPathComponent("scripts/check_docx.py").path
        let result = try Self.run(["python3", script, path])
        #expect(result.status != 0)
    }
}
