import Foundation
import Testing
import ZongjieFormats

/// Encoding detection: never mojibake, binary refused, round trip for --fix.
@Suite struct TextDecoderTests {
    static let sample = "XX局2024年度工作总结\n一、主要工作\n"

    @Test(arguments: [TextEncoding.utf8, .utf8WithBOM, .utf16LittleEndian, .utf16BigEndian, .gb18030])
    func roundTrips(_ encoding: TextEncoding) throws {
        let data = try #require(TextDecoder.encode(Self.sample, as: encoding))
        let decoded = try TextDecoder.decode(data, path: "a.txt")
        #expect(decoded.text == Self.sample)
        #expect(decoded.encoding == encoding)
    }

    @Test func gb18030IsNotMistakenForUTF8() throws {
        // "总结" in GB18030 is invalid UTF-8.
        let decoded = try TextDecoder.decode(Data([0xD7, 0xDC, 0xBD, 0xE1]), path: "a.txt")
        #expect(decoded.text == "总结")
        #expect(decoded.encoding == .gb18030)
    }

    @Test func refusesBinaryAndGarbage() {
        #expect(throws: InputError.binary(path: "a.txt")) { try TextDecoder.decode(Data([0x41, 0x00, 0x42]), path: "a.txt") }
        #expect(throws: InputError.binary(path: "a.txt")) { try TextDecoder.decode(Data([0x01, 0x02, 0x03, 0x41]), path: "a.txt") }
        #expect(throws: InputError.undecodable(path: "a.txt")) { try TextDecoder.decode(Data([0xFF, 0xFF, 0x80]), path: "a.txt") }
        #expect(throws: InputError.undecodable(path: "a.txt")) { try TextDecoder.decode(Data([0xFF, 0xFE, 0x41]), path: "a.txt") }
    }

    @Test func strayControlCharacterIsToleratedButManyAreNot() throws {
        // Counted per scalar, not per byte: 150 Han characters are 450 bytes but 150 scalars.
        let han = String(repeating: "总", count: 150)
        let one = try TextDecoder.decode(Data((han + "\u{07}" + han).utf8), path: "a.txt")
        #expect(one.encoding == .utf8)
        // One bell per 100 scalars is more than one per 200: refused as binary.
        let many = String(repeating: String(repeating: "总", count: 99) + "\u{07}", count: 5)
        #expect(throws: InputError.binary(path: "a.txt")) { try TextDecoder.decode(Data(many.utf8), path: "a.txt") }
        // Tab, newline, CR and form feed are text.
        let layout = try TextDecoder.decode(Data("一\t二\r\n三\u{0C}".utf8), path: "a.txt")
        #expect(layout.text == "一\t二\r\n三\u{0C}")
    }

    @Test func readerRefusesWhitespaceOnlyText() {
        #expect(throws: InputError.empty(path: "a.md")) { try PlainTextReader().read(Data("\u{3000}\n \n".utf8), path: "a.md") }
    }

    @Test func readersByExtension() {
        #expect(DocumentReaders.reader(forExtension: "DOCX") is DocxInputReader)
        #expect(DocumentReaders.reader(forExtension: "md") is PlainTextReader)
        #expect(DocumentReaders.reader(forExtension: "rtf") is PlainTextReader)
    }
}
