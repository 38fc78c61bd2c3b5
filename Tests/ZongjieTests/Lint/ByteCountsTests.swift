import Testing
import ZongjieCore
@testable import ZongjieLint

/// `ByteCounts.contains` (a `memchr` search for a scalar's last byte) and `LineText.mayBeShort`
/// against plain searches of the decoded lines.
@Suite struct ByteCountsTests {
    static let scalars: [Unicode.Scalar] = ["告", "开", "a", "%", "é", "\u{3000}", "𠀀", "，", "\u{7F}", "\u{80}", "\u{FFFF}"]

    @Test func containsAgreesWithTheEncodedBytes() {
        var random = SeededGenerator(seed: 2024)
        var texts = ["", "告", "报告", "开告", "a", "ééa", "𠀀", "x𠀀y", "\u{3000}公开", "告\n开", "廿告", String(repeating: "政务公开年度报", count: 30) + "告"]
        for _ in 0..<200 { texts.append(HostileText.document(lines: 4, using: &random)) }
        var hits = 0
        for text in texts {
            let source = SourceText(text)
            let bytes = Array(source.utf8)
            for span in source.lines {
                let line = Array(bytes[span.start..<span.end])
                for scalar in Self.scalars {
                    let needle = Array(String(scalar).utf8)
                    let plain = line.count >= needle.count
                        && (0...(line.count - needle.count)).contains { Array(line[$0..<($0 + needle.count)]) == needle }
                    let found = bytes.withUnsafeBufferPointer { ByteCounts.contains(scalar, $0, span) }
                    if found { hits += 1 }
                    #expect(found == plain, "\(scalar) in \(String(decoding: line, as: UTF8.self).debugDescription.prefix(80))")
                }
            }
        }
        #expect(hits > 100)
    }

    @Test func mayBeShortIsFalseOnlyWhenTheLineCannotQualify() {
        let lines = ["2024年政务公开工作年度报告", "某局 2024 年政府信息 公开 工作年度报告", "工作报告", "公开",
                     String(repeating: "开", count: 79) + "告", String(repeating: "开", count: 80) + "告", "告开 开告"]
        let source = SourceText(lines.joined(separator: "\n"))
        for (index, line) in lines.enumerated() {
            let kept = line.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }
            let qualifies = kept.count <= 80 && kept.contains("告") && kept.contains("开")
            #expect(LineText.mayBeShort(source, line: index + 1, atMost: 80, holding: ["告", "开"]) == qualifies, "\(line)")
        }
    }
}
