import Testing
import ZongjieCore

/// `UTF8Search.containsRare` (the search for inline-ignore comments in every document)
/// against a plain search of the bytes.
@Suite struct UTF8SearchTests {
    @Test func containsRareAgreesWithPlainSearch() {
        let needle = Array("zongjie-".utf8)
        let texts = [
            "", "z", "zongjie-", "zongjie", "一二三zongjie-", "zzongjie-", "zongjie zongjie-disable",
            "文中有z但没有指令，z又出现。zongjie", "末尾<!-- zongjie-disable-line -->", "zongjiezongjie-x",
            String(repeating: "年度工作总结z", count: 40) + "zongjie-",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let plain = bytes.count >= needle.count
                && (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
            let found = bytes.withUnsafeBufferPointer { UTF8Search.containsRare($0, needle) }
            #expect(found == plain, "\(text)")
        }
    }
}
