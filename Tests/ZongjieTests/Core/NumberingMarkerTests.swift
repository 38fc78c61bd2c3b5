import Testing
import ZongjieCore

/// The markers the parser relies on, including 一要 added for plans written as resolutions.
@Suite struct NumberingMarkerTests {
    @Test(arguments: [
        ("一要加强学习", NumberingStyle.ordinalYao, 1, "一要"),
        ("十二要落实", .ordinalYao, 12, "十二要"),
        ("三是完善", .ordinalShi, 3, "三是"),
        ("(二)强化", .chineseParen, 2, "(二)"),
        ("（一）、加强", .chineseParen, 1, "（一）、"),
        ("1、修订", .arabicDot, 1, "1、"),
    ])
    func parses(_ text: String, _ style: NumberingStyle, _ ordinal: Int, _ marker: String) {
        let parsed = NumberingMarker.parse(Substring(text))
        #expect(parsed?.style == style)
        #expect(parsed?.ordinal == ordinal)
        #expect(parsed?.text == marker)
    }

    @Test func yaoMarkersAreCanonicalAsWritten() {
        #expect(NumberingMarker.parse("二要完善")?.isCanonical == true)
        #expect(NumberingStyle.ordinalYao.headingLevel == nil)
    }

    @Test(arguments: ["一要素齐全", "2023、2024年", "1.5万元", "一方"])
    func rejects(_ text: String) {
        let parsed = NumberingMarker.parse(Substring(text))
        #expect(parsed == nil)
    }
}
