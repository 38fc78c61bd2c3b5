import Foundation
import Testing
import ZongjieFormats

/// Word files built to attack the reader, run through `zongjie lint` and
/// `zongjie export`: zip bombs (honest and lying sizes), too many entries,
/// entity expansion, external entities, invalid UTF-8 (a fuzzing find).
@Suite("Hostile .docx")
struct HostileDocxTests {
    let w = DocxFixtures.self

    /// Runs lint and export on `data` saved as bad.docx; both must refuse with exit 2 and `message`.
    func expectRefused(_ data: Data, message: String, seconds: Double = 20, megabytes: Double = 400,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try Paths.temporaryFolder()
        try data.write(to: folder.appendingPathComponent("bad.docx"))
        for arguments in [["lint", "bad.docx"], ["export", "bad.docx", "-o", "out.docx"]] {
            let result = try BoundedRun.run(arguments, in: folder, seconds: 60)
            #expect(result.status == 2, "\(arguments[0]): \(result.stderr.prefix(300))", sourceLocation: sourceLocation)
            #expect(result.stderr.contains("bad.docx"), sourceLocation: sourceLocation)
            #expect(result.stderr.contains(message), "\(arguments[0]): \(result.stderr.prefix(300))", sourceLocation: sourceLocation)
            Hostile.expectBounded(result, seconds: seconds, megabytes: megabytes, sourceLocation: sourceLocation)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.docx").path), sourceLocation: sourceLocation)
    }

    /// A document.xml inflating to 120 MB (over the 100 MB part limit) from a few hundred KB.
    func bomb() throws -> Data {
        let paragraph = w.paragraph(String(repeating: "重复", count: 500))
        let body = String(repeating: paragraph, count: 120 * 1_048_576 / paragraph.utf8.count)
        return try w.docx(body: body)
    }

    @Test("zip bomb declaring its real size") func honestZipBomb() throws {
        let zip = try bomb()
        #expect(zip.count < 2_000_000)
        try expectRefused(zip, message: "压缩炸弹")
    }

    @Test("zip bomb declaring a small size: stopped while inflating") func lyingZipBomb() throws {
        try expectRefused(Self.forgingDeclaredSizes(try bomb(), to: 1_000), message: "压缩炸弹")
    }

    @Test("more zip entries than any Word file") func tooManyEntries() throws {
        var entries = [(path: String, data: Data)]()
        entries.append(("word/document.xml", Data(w.documentXML(body: w.paragraph("正文")).utf8)))
        for index in 0..<10_001 { entries.append(("word/media/\(index).xml", Data())) }
        try expectRefused(try ZipArchiveBuilder.archive(entries), message: "超过上限 10000")
    }

    @Test("entity expansion (billion laughs in XML)") func entityExpansion() throws {
        var declarations = "<!ENTITY a0 \"哈哈哈哈哈哈哈哈哈哈\">"
        for level in 1...12 {
            declarations += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [\(declarations)]><w:document xmlns:w=\"\(w.wordNamespace)\"><w:body><w:p><w:r><w:t>&a12;</w:t></w:r></w:p></w:body></w:document>"
        try expectRefused(try ZipArchiveBuilder.archive([("word/document.xml", Data(xml.utf8))]), message: "DOCTYPE 或实体声明")
    }

    @Test("external entities are never resolved") func externalEntity() throws {
        let secret = try Paths.temporaryFolder().appendingPathComponent("secret.txt")
        try "绝密内容XYZZY".write(to: secret, atomically: true, encoding: .utf8)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://\(secret.path)\">]><w:document xmlns:w=\"\(w.wordNamespace)\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
        let zip = try ZipArchiveBuilder.archive([("word/document.xml", Data(xml.utf8))])
        try expectRefused(zip, message: "DOCTYPE 或实体声明")
        // Nor hidden in another part, nor does the content ever show up.
        let styles = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"file://\(secret.path)\"><w:styles xmlns:w=\"\(w.wordNamespace)\"/>"
        let folder = try Paths.temporaryFolder()
        try w.docx(body: w.paragraph("正文"), extraParts: ["word/styles.xml": styles]).write(to: folder.appendingPathComponent("bad.docx"))
        let result = try BoundedRun.run(["lint", "--format", "json", "bad.docx"], in: folder, seconds: 60)
        #expect(result.status == 2)
        #expect(result.stderr.contains("styles.xml"))
        #expect(!(result.stdout + result.stderr).contains("XYZZY"))
    }

    @Test("invalid UTF-8 in an element name (found by fuzzing)") func invalidUTF8Name() throws {
        let xml = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(w.wordNamespace)\"><w:body>".utf8)
            + Data([0x3C, 0xE7, 0x89, 0x70, 0x50, 0x3E]) + Data("</w:body></w:document>".utf8)
        try expectRefused(try ZipArchiveBuilder.archive([("word/document.xml", xml)]), message: "无效的 UTF-8")
    }

    @Test("entry data declared past the end of the file (a fuzzing find: read for ever)") func dataPastTheEnd() throws {
        var bytes = [UInt8](try w.docx(body: w.paragraph("正文")))
        // Central directory: compressed size of every entry → 16 MB, in a file of a few hundred bytes.
        var index = 0
        while index + 46 <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x01, bytes[index + 3] == 0x02 {
                bytes.replaceSubrange((index + 20)..<(index + 24), with: [0x00, 0x00, 0x00, 0x01])
            }
            index += 1
        }
        try expectRefused(Data(bytes), message: "数据超出文件末尾", seconds: 10, megabytes: 300)
    }

    /// Sets every uncompressed-size field (local headers and central directory) to `size`.
    static func forgingDeclaredSizes(_ zip: Data, to size: UInt32) -> Data {
        var bytes = [UInt8](zip)
        let little = [UInt8(size & 0xFF), UInt8((size >> 8) & 0xFF), UInt8((size >> 16) & 0xFF), UInt8(size >> 24)]
        var index = 0
        while index + 46 <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B {
                if bytes[index + 2] == 0x03, bytes[index + 3] == 0x04 {
                    bytes.replaceSubrange((index + 22)..<(index + 26), with: little)
                } else if bytes[index + 2] == 0x01, bytes[index + 3] == 0x02 {
                    bytes.replaceSubrange((index + 24)..<(index + 28), with: little)
                }
            }
            index += 1
        }
        return Data(bytes)
    }
}
