import ZongjieCore

/// The byte tests behind the `LinePrefilter` kinds, on one line of valid UTF-8 in place. Each
/// is true for every line its kind's declaration holds on (see the kinds for the declarations
/// and PrefilterSoundnessTests for the proof by testing); the lane masks only narrow where the
/// exact byte test is tried.
enum ByteTests {
    /// A byte test, true for every line with a finding, and rare: a doubled word of n ideographs
    /// (three bytes each) is 3n bytes followed by the same 3n bytes, and a doubled single
    /// character is one of `singles`. A line with a four-byte scalar (extension-B
    /// ideographs) breaks that arithmetic and always passes.
    static func mayHaveDoubledIdeographs(_ buffer: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan, singles: Set<Unicode.Scalar>) -> Bool {
        do {
            @inline(__always) func doubledAt(_ index: Int) -> Bool {
                let lead = buffer[index]
                if lead >= 0xF0 { return true }
                guard lead & 0xF0 == 0xE0, index + 6 <= span.end else { return false }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(buffer[index + 1] & 0x3F) << 6 | UInt32(buffer[index + 2] & 0x3F)
                guard let scalar = Unicode.Scalar(value), CJK.isIdeograph(scalar) else { return false }
                for length in 1...4 where index + 6 * length <= span.end {
                    let width = 3 * length
                    var same = true
                    for offset in 0..<width where buffer[index + offset] != buffer[index + width + offset] {
                        same = false
                        break
                    }
                    if same && (length > 1 || singles.contains(scalar)) { return true }
                }
                return false
            }
            var index = span.start
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                let high = SIMD16<UInt8>(repeating: 0xF0)
                let (xE2, xE3, xEF, x80, x87, xBC, xBD) = (
                    SIMD16<UInt8>(repeating: 0xE2), SIMD16<UInt8>(repeating: 0xE3), SIMD16<UInt8>(repeating: 0xEF),
                    SIMD16<UInt8>(repeating: 0x80), SIMD16<UInt8>(repeating: 0x87), SIMD16<UInt8>(repeating: 0xBC),
                    SIMD16<UInt8>(repeating: 0xBD)
                )
                // Sixteen positions at a time: a lane is a candidate when its three bytes reappear
                // 3, 6, 9 or 12 bytes on and do not start punctuation (、。“（ repeat all the time),
                // or it starts a four-byte scalar. Loads may run past the line into the next ones
                // (short lines are the common case); lanes past the line are never confirmed.
                while index < span.end && index + 30 <= buffer.count {
                    @inline(__always) func load(_ offset: Int) -> SIMD16<UInt8> {
                        raw.loadUnaligned(fromByteOffset: index + offset, as: SIMD16<UInt8>.self)
                    }
                    let (here, next, third) = (load(0), load(1), load(2))
                    var again = (here .== load(3)) .& (next .== load(4)) .& (third .== load(5))
                    again = again .| ((here .== load(6)) .& (next .== load(7)) .& (third .== load(8)))
                    again = again .| ((here .== load(9)) .& (next .== load(10)) .& (third .== load(11)))
                    again = again .| ((here .== load(12)) .& (next .== load(13)) .& (third .== load(14)))
                    // U+2000–2FFF, U+3000–303F but 〇, and the full-width forms hold no ideograph.
                    let punctuation = (here .== xE2) .| ((here .== xE3) .& (next .== x80) .& .!(third .== x87))
                        .| ((here .== xEF) .& ((next .== xBC) .| (next .== xBD)))
                    let mask = (again .& .!punctuation) .| ((here & high) .== high)
                    if LineBytes.anySet(mask) {
                        // Each set lane is a 0xFF byte of one of two words: confirm those lanes only.
                        let lanes = unsafeBitCast(mask, to: (UInt64, UInt64).self)
                        var bits = lanes.0
                        var half = 0
                        while true {
                            while bits != 0 {
                                let lane = bits.trailingZeroBitCount / 8
                                let candidate = index + half + lane
                                if candidate < span.end && doubledAt(candidate) { return true }
                                bits &= ~(UInt64(0xFF) << UInt64(lane * 8))
                            }
                            if half == 8 { break }
                            (bits, half) = (lanes.1, 8)
                        }
                    }
                    index += 16
                }
            }
            while index < span.end {
                if doubledAt(index) { return true }
                index += 1
            }
            return false
        }
    }

    /// Whether the line has a CJK punctuation mark (U+3001–303F, full-width forms, curly quotes).
    static func hasChineseMark(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        var index = span.start
        while index + 2 < span.end {
            let byte = bytes[index]
            // U+3000 (E3 80 80) is indentation, not punctuation.
            if (byte == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] != 0x80) || (byte == 0xEF && (bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD))
                || (byte == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] >= 0x9C && bytes[index + 2] <= 0x9D) {
                return true
            }
            index += 1
        }
        return false
    }

    /// A cheap byte test: a run of one upper-case letter other than `excluded`, right before an
    /// ideograph's lead byte (E3 or above) and after the line start or a non-ASCII scalar, as
    /// every stray run is.
    static func mayHaveLetterRunBeforeChinese(_ buffer: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan, excluding excluded: UInt8) -> Bool {
        // Lanes: a byte in 0x40–0x7F (letters among them) before a byte of E0 or above.
        let (x40, xC0, xE0) = (SIMD16<UInt8>(repeating: 0x40), SIMD16<UInt8>(repeating: 0xC0), SIMD16<UInt8>(repeating: 0xE0))
        do {
            return LineBytes.contains(
                buffer, span.start..<span.end,
                block: { here, next in ((here & xC0) .== x40) .& ((next & xE0) .== xE0) }
            ) { index in
                let byte = buffer[index]
                guard byte &- 0x41 < 26 && byte != excluded && index + 1 < span.end && buffer[index + 1] >= 0xE3 else { return false }
                // A stray run is one letter repeated, after the line start or a multi-byte scalar
                // (an ideograph or Chinese punctuation): GDP增长, 5G网络 and A级 are not.
                var start = index
                while start > span.start && buffer[start - 1] == byte { start -= 1 }
                return start == span.start || buffer[start - 1] >= 0x80
            }
        }
    }
}
