import ZongjieCore

/// Finds 一是/二是 (and 一要) written inside a paragraph after 。；：， or at its start.
enum InlineEnumeration {
    /// Markers in reading order with their scalar offset in the paragraph.
    static func markers(in text: String, paragraphMarker: NumberingMarker?) -> [(Int, NumberingMarker)] {
        var result: [(Int, NumberingMarker)] = []
        if let paragraphMarker { result.append((0, paragraphMarker)) }
        var text = text
        text.withUTF8 { bytes in
            // A marker needs 是 or 要 after one to four numerals right after a boundary
            // (。；：;，). 是/要 are about ten times rarer than the boundaries, so the search
            // runs on their bytes and walks back from each over the numerals to the boundary.
            // Scalar offsets are counted only up to such a find.
            let end = bytes.count
            var countedBytes = 0
            var countedScalars = 0
            // Handles a possible 是/要 at `position` (its lead byte already matched E6 98 or E8 A6).
            func visit(_ position: Int) {
                guard position + 2 < end else { return }
                let second = bytes[position + 1], third = bytes[position + 2]
                guard (bytes[position] == 0xE6 && second == 0x98 && third == 0xAF)
                    || (bytes[position] == 0xE8 && second == 0xA6 && third == 0x81) else { return }
                guard let next = runStart(bytes, before: position) else { return }
                let restEnd = byteOffset(bytes, from: next, scalars: 8, end: end)
                let rest = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[next..<restEnd]), as: UTF8.self))
                guard let marker = NumberingMarker.parse(rest), marker.style == .ordinalShi || marker.style == .ordinalYao else { return }
                countedScalars += UTF8Scalars.count(bytes, countedBytes, next)
                countedBytes = next
                result.append((countedScalars, marker))
            }
            var byte = 0
            if let base = bytes.baseAddress {
                // Sixteen lanes per step (each needs the byte after it, so 17 bytes are read):
                // where E6 98 or E8 A6 (the first two bytes of 是 and 要) starts. 是/要 are rare
                // enough that most steps find none and cost a dozen instructions.
                let raw = UnsafeRawPointer(base)
                @inline(__always) func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
                while byte + 17 <= end {
                    let here = raw.loadUnaligned(fromByteOffset: byte, as: SIMD16<UInt8>.self)
                    let next = raw.loadUnaligned(fromByteOffset: byte + 1, as: SIMD16<UInt8>.self)
                    let found = ((here .== splat(0xE6)) .& (next .== splat(0x98))) .| ((here .== splat(0xE8)) .& (next .== splat(0xA6)))
                    let lanes = unsafeBitCast(found, to: (UInt64, UInt64).self)
                    if lanes.0 | lanes.1 != 0 {
                        var low = lanes.0, high = lanes.1
                        while low != 0 {
                            visit(byte + low.trailingZeroBitCount >> 3)
                            low &= ~(0xFF << UInt64(low.trailingZeroBitCount & ~7))
                        }
                        while high != 0 {
                            visit(byte + 8 + high.trailingZeroBitCount >> 3)
                            high &= ~(0xFF << UInt64(high.trailingZeroBitCount & ~7))
                        }
                    }
                    byte += 16
                }
            }
            while byte < end {
                if bytes[byte] == 0xE6 || bytes[byte] == 0xE8 { visit(byte) }
                byte += 1
            }
        }
        return result
    }

    /// The start of the numeral run ending at `shi` (是/要) when that run is one to four
    /// numerals long and a boundary stands right before it; nil otherwise. Every numeral
    /// scalar is three bytes long.
    private static func runStart(_ bytes: UnsafeBufferPointer<UInt8>, before shi: Int) -> Int? {
        var start = shi
        var run = 0
        while start >= 3, bytes[start - 3] & 0xF0 == 0xE0,
              ChineseNumerals.isNumeralScalar(UTF8Scalars.decode(bytes, at: start - 3, end: start).scalar) {
            // A fifth numeral: reading forward, the run would end on it rather than on 是/要.
            guard run < 4 else { return nil }
            run += 1
            start -= 3
        }
        guard run > 0 else { return nil }
        if start >= 1, bytes[start - 1] == 0x3B { return start } // ;
        guard start >= 3 else { return nil }
        let first = bytes[start - 3], second = bytes[start - 2], last = bytes[start - 1]
        if first == 0xE3 { return second == 0x80 && last == 0x82 ? start : nil } // 。
        if first == 0xEF, second == 0xBC, last == 0x9B || last == 0x9A || last == 0x8C { return start } // ；：，
        return nil
    }

    /// The byte offset `scalars` scalars after `start`, at most `end`.
    private static func byteOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalars: Int, end: Int) -> Int {
        var byte = start
        var count = 0
        while byte < end, count < scalars {
            byte += UTF8Scalars.decode(bytes, at: byte, end: end).length
            count += 1
        }
        return byte
    }
}
