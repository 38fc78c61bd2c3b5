import Foundation
import Testing
import ZongjieCore
import ZongjieFormats

/// Every bad .docx gives its own clear Chinese error, in bounded memory, without crashing.
@Suite struct BadDocxTests {
    let w = DocxFixtures.self

    func error(_ data: Data, limits: DocxReadLimits = DocxReadLimits()) -> DocxError? {
        do {
            _ = try DocxReader(limits: limits).read(data, path: "bad.docx")
            return nil
        } catch {
            return error
        }
    }

    /// Rewrites the uncompressed size every central-directory record of `zip` declares.
    func forgingDeclaredSize(_ zip: Data, to size: UInt32) -> Data {
        var bytes = [UInt8](zip)
        var index = 0
        while index + 28 <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x01, bytes[index + 3] == 0x02 {
                for offset in 0..<4 { bytes[index + 24 + offset] = UInt8((size >> (8 * UInt32(offset))) & 0xFF) }
            }
            index += 1
        }
        return Data(bytes)
    }

    @Test func notAZip() {
        let found = error(Data("这只是一个文本文件。".utf8))
        #expect(found == .notZip(path: "bad.docx", found: "文件开头没有 zip 签名"))
        #expect(found?.description.contains("不是 Word .docx 文件") == true)
        #expect(error(Data("{\\rtf1\\ansi 示例}".utf8)) == .notZip(path: "bad.docx", found: "这是 RTF 文件"))
        #expect(error(Data()) == .notZip(path: "bad.docx", found: "文件为空或过短"))
    }

    @Test func zipWithoutDocumentXML() throws {
        let zip = try ZipArchiveBuilder.archive([("xl/workbook.xml", Data("<workbook/>".utf8))])
        let found = error(zip)
        #expect(found == .missingDocument(path: "bad.docx"))
        #expect(found?.description.contains("没有 word/document.xml") == true)
    }

    @Test func encryptedOrOldDoc() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        let found = error(ole)
        #expect(found == .encryptedOrLegacy(path: "bad.docx"))
        #expect(found?.description.contains("文件已加密或为旧版 .doc") == true)
    }

    @Test func damagedZip() {
        let found = error(Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 60)))
        guard case .damagedZip = found else {
            Issue.record("expected damagedZip, got \(String(describing: found))")
            return
        }
        #expect(found?.description.contains("压缩包已损坏") == true)
    }

    @Test func zipBombStopsWhileInflating() throws {
        // 8 MB of one repeated paragraph compresses to a few KB; the zip declares its true size.
        let paragraph = w.paragraph("重复内容")
        let body = String(repeating: paragraph, count: 8 * 1_048_576 / paragraph.utf8.count)
        let zip = try w.docx(body: body)
        let limits = DocxReadLimits(maxTotalBytes: 2 * 1_048_576, maxPartBytes: 2 * 1_048_576)
        #expect(zip.count < 200_000)
        #expect(error(zip, limits: limits) == .tooLarge(path: "bad.docx", part: "word/document.xml", limitBytes: 2 * 1_048_576))
        // The same bomb lying about its size is still stopped by counting inflated bytes.
        let lying = forgingDeclaredSize(zip, to: 1000)
        let found = error(lying, limits: limits)
        #expect(found == .tooLarge(path: "bad.docx", part: "word/document.xml", limitBytes: 2 * 1_048_576))
    }

    @Test func declaredHugeSizeIsRefusedBeforeInflating() throws {
        let zip = forgingDeclaredSize(try w.docx(body: w.paragraph("正文")), to: 0xFFFF_FFF0)
        let found = error(zip)
        #expect(found == .tooLarge(path: "bad.docx", part: "word/document.xml", limitBytes: 100 * 1_048_576))
        #expect(found?.description.contains("压缩炸弹") == true)
    }

    @Test func tooManyEntries() throws {
        let entries = (0..<20).map { (path: "word/media/\($0).xml", data: Data("<x/>".utf8)) }
        let zip = try ZipArchiveBuilder.archive(entries)
        #expect(error(zip, limits: DocxReadLimits(maxEntries: 10)) == .tooManyEntries(path: "bad.docx", count: 11, limit: 10))
    }

    @Test func doctypeAndEntityTricksAreRefused() throws {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "<w:document xmlns:w=\"\(w.wordNamespace)\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
        let external = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"file:///etc/passwd\"><w:document xmlns:w=\"\(w.wordNamespace)\"/>"
        for xml in [laughs, external] {
            let zip = try ZipArchiveBuilder.archive([("word/document.xml", Data(xml.utf8))])
            let found = error(zip)
            #expect(found == .unsafeXML(path: "bad.docx", part: "document.xml"))
            #expect(found?.description.contains("DOCTYPE 或实体声明") == true)
        }
    }

    @Test func malformedXMLNamesPartLineAndColumn() throws {
        let zip = try ZipArchiveBuilder.archive([("word/document.xml", Data("<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"\(w.wordNamespace)\"><w:body><w:p></w:body>".utf8))])
        let found = error(zip)
        guard case .malformedXML(let path, let part, let line, _, _) = found else {
            Issue.record("expected malformedXML, got \(String(describing: found))")
            return
        }
        #expect(path == "bad.docx" && part == "document.xml" && line == 2)
        #expect(found?.description.contains("bad.docx: document.xml:2:") == true)
        // A truncated part (no closing tags) is an error too, not a silently shorter text.
        let truncated = try ZipArchiveBuilder.archive([("word/document.xml", Data("<w:document xmlns:w=\"\(w.wordNamespace)\"><w:body><w:p>".utf8))])
        guard case .malformedXML(_, _, _, _, let reason) = error(truncated) else {
            Issue.record("expected malformedXML for a truncated part")
            return
        }
        #expect(reason == "内容意外结束，文件可能被截断")
    }

    @Test func unreadablePath() {
        #expect(throws: DocxError.unreadable(path: "/nonexistent/x.docx", reason: "文件不存在")) {
            _ = try DocxReader().read(contentsOf: "/nonexistent/x.docx")
        }
    }
}
