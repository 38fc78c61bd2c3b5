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

    @Test func containsUTF8AgreesWithPlainSearch() {
        let haystacks = ["", "政务公开", "2024年政府信息公开工作年度报告", "报告告", "abcab", "告", "a告b", "政政务", "ééé"]
        let needles = ["", "告", "报告", "政务", "务公", "年度报告", "ab", "b", "cab", "ée", "政务公开工作年度报告书", "é"]
        for haystack in haystacks {
            for needle in needles {
                let plain = needle.isEmpty || Array(haystack.utf8).indices.contains { start in
                    Array(haystack.utf8).dropFirst(start).starts(with: Array(needle.utf8))
                }
                #expect(haystack.containsUTF8(needle) == plain, "\(needle) in \(haystack)")
                let bytes = Array(haystack.utf8)
                let inPlace = bytes.withUnsafeBufferPointer { UTF8Search.contains($0, 0, $0.count, Array(needle.utf8)) }
                #expect(inPlace == plain, "\(needle) in \(haystack)")
            }
        }
    }
}
