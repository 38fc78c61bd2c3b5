import Foundation
import Testing
import Yams
import ZongjieCore

@Suite struct QuotedStringTests {
    static let samples = ["政务公开", "a\"b\\c", "行一\n行二\r\n\t末尾", "响铃\u{07}与\u{1F}", ""]

    @Test(arguments: samples) func jsonLiteralReadsBackAsTheSameString(_ value: String) throws {
        let literal = QuotedString.json(value)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(decoded == [value])
    }

    @Test(arguments: samples) func yamlReadsTheLiteralAsTheSameString(_ value: String) throws {
        let decoded = try YAMLDecoder().decode([String: String].self, from: "key: \(QuotedString.json(value))\n")
        #expect(decoded["key"] == value)
    }

    @Test func controlCharactersAreEscapedNotWritten() {
        #expect(QuotedString.json("a\u{07}b") == "\"a\\u0007b\"")
    }
}
