import Testing
import ZongjieCore
import ZongjieLSP

/// Scalar positions ↔ LSP positions in each encoding, on CJK, emoji and CRLF lines.
struct PositionConverterTests {
    static let source = SourceText("标题\r\n😀a测,\n")

    @Test(arguments: [(PositionEncoding.utf16, 4), (.utf8, 8), (.utf32, 3)])
    func columnsConvertBothWays(encoding: PositionEncoding, commaUnits: Int) {
        let converter = PositionConverter(source: Self.source, encoding: encoding)
        // Line 2, the comma is the 4th scalar (column 4) after 😀, a, 测.
        let lsp = converter.lspPosition(SourcePosition(line: 2, column: 4))
        #expect(lsp.line == 1 && lsp.character == commaUnits)
        #expect(converter.sourcePosition(line: 1, character: commaUnits) == SourcePosition(line: 2, column: 4))
    }

    @Test func aPositionInsideAScalarRoundsDownAndPastTheEndClamps() {
        let utf16 = PositionConverter(source: Self.source, encoding: .utf16)
        // Between the two halves of 😀's surrogate pair.
        #expect(utf16.sourcePosition(line: 1, character: 1) == SourcePosition(line: 2, column: 1))
        #expect(utf16.sourcePosition(line: 1, character: 99) == SourcePosition(line: 2, column: 5))
        // The CR of a CRLF is not part of the line.
        #expect(utf16.lineEnd(1) == (line: 0, character: 2))
        #expect(PositionEncoding.negotiate(offered: nil) == .utf16)
        #expect(PositionEncoding.negotiate(offered: ["utf-32", "utf-8"]) == .utf32)
        #expect(PositionEncoding.negotiate(offered: ["latin-1"]) == .utf16)
    }
}
