import ZongjieCore

extension ByteTests {
    /// Whether the run of X starting at `start` can be a slot (see `figureSlot`): after a digit
    /// (20XX), or before 余, 多, 同志 or a unit. XX市XX区 masks names in published text and is
    /// common, so those lines are not decoded.
    private static func xRunMayBeSlot(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ span: SourceText.LineSpan, _ xRunFollowers: Set<UInt32>) -> Bool {
        if start > span.start && bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39 { return true }
        var end = start
        while end < span.end && bytes[end] == 0x58 { end += 1 }
        guard end < span.end else { return false }
        let next = UTF8Scalars.decode(bytes, at: end, end: span.end).scalar.value
        return xRunFollowers.contains(next)
    }

    /// A cheap byte test, true for every line with a finding: _ or ＿ (EF BC BF), {{, XX (after a digit or
    /// before one of `xRunFollowers`), ××
    /// (C3 97 C3 97), ＸＸ (EF BC B8 EF BC B8), 某某 (E6 9F 90 E6 9F 90), 【 (E3 80 90), TO, TB or FI.
    static func mayHaveFillInMark(_ buffer: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan, xRunFollowers: Set<UInt32>) -> Bool {
        func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
        // Lanes: the ASCII triggers, × (C3 97), and the last two bytes of ＿ (BC BF), Ｘ (BC B8),
        // 某 (9F 90) and 【 (80 90).
        let (underscore, brace, letterX, letterT, letterF) = (splat(0x5F), splat(0x7B), splat(0x58), splat(0x54), splat(0x46))
        let (xC3, x97, xBC, xBF, xB8, x9F, x80, x90) = (splat(0xC3), splat(0x97), splat(0xBC), splat(0xBF), splat(0xB8), splat(0x9F), splat(0x80), splat(0x90))
        do {
            return LineBytes.contains(buffer, span.start..<span.end, block: { here, next in
                let ascii = (here .== underscore) .| (here .== brace) .| (here .== letterX) .| (here .== letterT) .| (here .== letterF)
                let fullWidth = (here .== xBC) .& ((next .== xBF) .| (next .== xB8))
                return ascii .| ((here .== xC3) .& (next .== x97)) .| fullWidth .| (((here .== x9F) .| (here .== x80)) .& (next .== x90))
            }) { index in
                func at(_ offset: Int) -> UInt8 {
                    index + offset >= span.start && index + offset < span.end ? buffer[index + offset] : 0
                }
                switch buffer[index] {
                case 0x5F: return true
                case 0x7B: return at(1) == 0x7B
                case 0x58: return at(1) == 0x58 && xRunMayBeSlot(buffer, from: index, span, xRunFollowers)
                case 0x54: return at(1) == 0x4F || at(1) == 0x42
                case 0x46: return at(1) == 0x49
                case 0xC3: return at(1) == 0x97 && at(2) == 0xC3 && at(3) == 0x97
                case 0xBC:
                    // ＿, or the first of ＸＸ.
                    return at(-1) == 0xEF && (at(1) == 0xBF || (at(1) == 0xB8 && at(2) == 0xEF && at(3) == 0xBC && at(4) == 0xB8))
                case 0x80: return at(-1) == 0xE3 && at(1) == 0x90
                case 0x9F: return at(-1) == 0xE6 && at(1) == 0x90 && at(2) == 0xE6 && at(3) == 0x9F && at(4) == 0x90
                default: return false
                }
            }
        }
    }

    /// One of , ; : ( ) ? ! [ next to a non-ASCII byte (a Chinese neighbour).
    static func mayHaveASCIIMarkBesideNonASCII(_ buffer: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
        let (comma, semicolon, colon, open, close, question, exclamation, bracket) =
            (splat(0x2C), splat(0x3B), splat(0x3A), splat(0x28), splat(0x29), splat(0x3F), splat(0x21), splat(0x5B))
        return LineBytes.contains(buffer, span.start..<span.end, block: { here, _ in
            (here .== comma) .| (here .== semicolon) .| (here .== colon) .| (here .== open)
                .| (here .== close) .| (here .== question) .| (here .== exclamation) .| (here .== bracket)
        }) { index in
            asciiMarks.contains(buffer[index])
                && ((index > span.start && buffer[index - 1] >= 0x80) || (index + 1 < span.end && buffer[index + 1] >= 0x80))
        }
    }

    /// , ; : ( ) ? ! and [.
    static let asciiMarks = ByteClass(Array(",;:()?![".utf8))

    /// 【 (E3 80 90), （ (EF BC 88) or ［ (EF BC BB) before an ASCII digit.
    static func mayHaveBracketBeforeDigit(_ buffer: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        // Lanes: the last two bytes of 【 (80 90), （ (BC 88) and ［ (BC BB).
        func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
        let (x80, x90, xBC, x88, xBB) = (splat(0x80), splat(0x90), splat(0xBC), splat(0x88), splat(0xBB))
        return LineBytes.contains(buffer, span.start..<span.end, block: { here, next in
            ((here .== x80) .& (next .== x90)) .| ((here .== xBC) .& ((next .== x88) .| (next .== xBB)))
        }) { index in
            let byte = buffer[index]
            guard byte == 0x80 || byte == 0xBC, index > span.start, index + 2 < span.end,
                  buffer[index + 2] >= 0x30 && buffer[index + 2] <= 0x39 else { return false }
            let (lead, last) = (buffer[index - 1], buffer[index + 1])
            return (lead == 0xE3 && byte == 0x80 && last == 0x90) || (lead == 0xEF && byte == 0xBC && (last == 0x88 || last == 0xBB))
        }
    }

    /// The check loop's own test on bytes: a run of one or two spaces, not at the line start,
    /// not before a tab or the line end, between an ideograph and an ASCII letter or digit.
    static func mayHaveSpaceBetweenIdeographAndAlphanumeric(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        let space = SIMD16<UInt8>(repeating: 0x20)
        return LineBytes.contains(bytes, span.start..<span.end, block: { here, _ in here .== space }) { index in
            // Only where a run starts after something else: one at the line start has no neighbour.
            guard bytes[index] == 0x20, index > span.start, bytes[index - 1] != 0x20 else { return false }
            var end = index
            while end < span.end && bytes[end] == 0x20 { end += 1 }
            // Three or more spaces or a tab align columns; a space at the line end has no neighbour.
            guard end < span.end, end - index <= 2, bytes[end] != 0x09 else { return false }
            let before = UTF8Scalars.decode(bytes, at: UTF8Scalars.scalarStart(bytes, before: index, from: span.start), end: index).scalar.value
            let after = UTF8Scalars.decode(bytes, at: end, end: span.end).scalar.value
            return (isIdeograph(before) && isAlphanumeric(after)) || (isAlphanumeric(before) && isIdeograph(after))
        }
    }

    @inline(__always)
    private static func isAlphanumeric(_ value: UInt32) -> Bool {
        (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    @inline(__always)
    private static func isIdeograph(_ value: UInt32) -> Bool {
        Unicode.Scalar(value).map(CJK.isIdeograph) ?? false
    }
}
