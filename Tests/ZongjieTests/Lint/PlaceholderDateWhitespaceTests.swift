import Testing
@testable import ZongjieLint

/// The unfilled-date test skips the Unicode property lookup for ASCII and ideographs: it must
/// answer exactly as `properties.isWhitespace` for every scalar.
@Suite struct PlaceholderDateWhitespaceTests {
    @Test func agreesWithTheUnicodeProperty() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if PlaceholderDateLine.isWhitespace(scalar) != scalar.properties.isWhitespace { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10))")
    }
}
