import Testing
import ZongjieCore
@testable import ZongjieLint

/// `LineFeatures.scan` (sixteen positions at a time, with a shorter path for blocks without
/// ASCII) against the definition of each feature tested one byte position at a time.
@Suite struct LineFeaturesTests {
    @Test func scanEqualsTheBytewiseDefinition() {
        var random = SeededGenerator(seed: 1405)
        var texts: [String] = []
        for _ in 0..<300 { texts.append(HostileText.document(lines: 12, using: &random)) }
        // Long runs of Chinese with a rare ASCII byte or mark, where the short path is taken.
        for _ in 0..<100 {
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                for _ in 0..<Int.random(in: 0...80, using: &random) {
                    let rare = Int.random(in: 0..<4, using: &random) == 0
                    text += rare ? (HostileText.pieces.randomElement(using: &random) ?? "") : "政务公开工作"
                }
                text += "\n"
            }
            texts.append(text)
        }
        var mismatches: [String] = []
        var seen = LineFeatures()
        for text in texts {
            let source = SourceText(text)
            let features = LineFeatures.scan(source)
            let bytes = Array(source.utf8)
            for (index, span) in source.lines.enumerated() {
                let expected = Self.reference(bytes, span)
                seen.formUnion(expected)
                if features[index] != expected {
                    mismatches.append("\(features[index].rawValue) != \(expected.rawValue): \(String(decoding: bytes[span.start..<span.end], as: UTF8.self).debugDescription.prefix(120))")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // Not vacuous: every feature occurs in the inputs.
        #expect(seen == .all)
    }

    /// Each feature's definition (see `LineFeatures`), tested at every byte of the line with
    /// the two bytes after it (read past the line's end, as the scan reads them).
    static func reference(_ bytes: [UInt8], _ span: SourceText.LineSpan) -> LineFeatures {
        guard span.end > span.start else { return [] }
        guard span.end + 17 <= bytes.count else { return .all }
        let marks: Set<UInt8> = [0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x3F, 0x21, 0x5B]
        let placeholderBytes: Set<UInt8> = [0x5F, 0x7B, 0x58, 0x54, 0x46, 0xC3]
        var found: LineFeatures = []
        for position in span.start..<span.end {
            let (here, next, third) = (bytes[position], bytes[position + 1], bytes[position + 2])
            let (highHere, highNext) = (here >= 0x80, next >= 0x80)
            if placeholderBytes.contains(here) || ((here == 0x9F || here == 0x80) && next == 0x90)
                || (here == 0xBC && (next == 0xBF || next == 0xB8)) { found.insert(.placeholder) }
            if (marks.contains(here) && highNext) || (highHere && marks.contains(next)) { found.insert(.markNearNonASCII) }
            if ((here == 0x80 && next == 0x90) || (here == 0xBC && (next == 0x88 || next == 0xBB))) && third & 0xF0 == 0x30 {
                found.insert(.bracketBeforeDigit)
            }
            if here & 0xE0 == 0x40 && next & 0xE0 == 0xE0 { found.insert(.letterBeforeIdeograph) }
            if (here == 0x20 && highNext) || (highHere && next == 0x20) { found.insert(.spaceNearNonASCII) }
            if here & 0xF0 == 0x30 || here & 0xC0 == 0x40 { found.insert(.alphanumeric) }
            if (here == 0x85 && next == 0xB6) || (here == 0x88 && next == 0xAB) { found.insert(.sumAnchor) }
            if here == 0x25 || (here == 0xBC && next == 0x85) { found.insert(.percent) }
            if ((here == 0xE3 || here == 0xE2) && next == 0x80) || (here == 0xEF && (next == 0xBC || next == 0xBD)) {
                found.insert(.chinesePunctuation)
            }
        }
        return found
    }
}
