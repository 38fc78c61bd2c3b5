import Foundation
import ZongjieCore

/// A line as a reader compares it: without whitespace (ASCII, U+3000) and with full-width
/// forms (，：（ ！) folded to ASCII, so width and spacing do not hide a repeated paragraph.
/// Hashed and compared on the UTF-8 bytes, in place: every line of every document is summarised.
enum NormalisedLine {
    /// A line's normalised hash, the number of scalars kept, the byte offset of the first, and
    /// whether it reads as prose (has 。，；！ or ？).
    struct Summary {
        var hash: UInt64
        var scalars: Int
        var first: Int?
        var isProse: Bool
    }

    /// The summary of the line at `span`; nil when it is shorter than `minimumBytes` or has none
    /// of the marks of prose (its summary would say it is no prose), which most lines settle
    /// without being hashed.
    static func summary(of span: SourceText.LineSpan, in source: SourceText, minimumBytes: Int) -> Summary? {
        guard span.end - span.start >= minimumBytes else { return nil }
        return source.utf8.withUnsafeBufferPointer { buffer in
            guard mayBeProse(buffer, span) else { return nil }
            let (hash, scalars, first, prose) = summarise(buffer, span)
            return Summary(hash: hash, scalars: scalars, first: first, isProse: prose)
        }
    }

    /// Whether the lines at `first` and `second` are equal once normalised.
    static func equal(_ first: SourceText.LineSpan, _ second: SourceText.LineSpan, in source: SourceText) -> Bool {
        source.utf8.withUnsafeBufferPointer { normalisedEqual($0, first, second) }
    }

    /// False only when `summarise` would not call the line prose: no 。 (E3 80 82) and no
    /// EF BC x whose low six bits are those of ，；！？ (the test `summarise` makes).
    @inline(__always)
    static func mayBeProse(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        var index = span.start
        let last = span.end - 2
        while index < last {
            let byte = bytes[index]
            if byte == 0xE3 {
                if bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 { return true }
            } else if byte == 0xEF && bytes[index + 1] == 0xBC {
                let low = bytes[index + 2] & 0x3F
                if low == 0x0C || low == 0x1B || low == 0x01 || low == 0x1F { return true }
            }
            index += 1
        }
        return false
    }

    /// One pass over a line: the hash of its normalised bytes (see `NormalisedBytes`), the number of
    /// scalars kept, the offset of the first, and whether it reads as prose (`isProse`).
    ///
    /// The hash is FNV-1a over one chunk per kept scalar: its normalised bytes, a three-byte
    /// character as its bytes in little-endian order (what one four-byte load gives). Chunks of
    /// one, two, three and four bytes never equal each other, so equal normalised texts hash
    /// alike and the hash needs no packing; ideographs (leads E4…E9, never folded or dropped)
    /// are taken one load each. Only equality of hashes matters (a hit is confirmed on the
    /// bytes), not their values.
    static func summarise(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> (hash: UInt64, scalars: Int, first: Int?, isProse: Bool) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        @inline(__always) func mix(_ chunk: UInt64) {
            hash = (hash ^ chunk) &* 0x0000_0100_0000_01B3
        }
        var scalars = 0
        var first = -1
        var prose = false
        var index = span.start
        let end = span.end
        // A four-byte load at `index` stays in the buffer and its first three bytes in the line.
        let loadEnd = Swift.min(end &+ 1, bytes.count)
        while index < end {
            if index &+ 4 <= loadEnd, let base = bytes.baseAddress {
                var word = ThreeByteWord.load(base, at: index)
                if (word & 0xFF) &- 0xE4 < 6 {
                    if first < 0 { first = index }
                    repeat {
                        scalars &+= 1
                        mix(UInt64(word & 0xFF_FFFF))
                        index &+= 3
                        guard index &+ 4 <= loadEnd else { break }
                        word = ThreeByteWord.load(base, at: index)
                    } while (word & 0xFF) &- 0xE4 < 6
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte != 0x20 && byte != 0x09 {
                    if first < 0 { first = index }
                    scalars += 1
                    mix(UInt64(byte))
                }
                index += 1
                continue
            }
            if byte >= 0xE0 && byte < 0xF0 && index + 2 < end {
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if byte == 0xE3 && second == 0x80 {
                    if third == 0x80 { index += 3; continue }
                    // 。 (E3 80 82) marks prose.
                    if third == 0x82 { prose = true }
                }
                if first < 0 { first = index }
                scalars += 1
                index += 3
                // U+FF01…U+FF5E is EF BC 81…EF BD 9E; its ASCII twin is the code point minus 0xFEE0.
                if byte == 0xEF && (second == 0xBC || second == 0xBD) {
                    let value = (UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)) + 0xF000
                    if value >= 0xFF01 && value <= 0xFF5E {
                        // ，；！？ mark prose.
                        if value == 0xFF0C || value == 0xFF1B || value == 0xFF01 || value == 0xFF1F { prose = true }
                        mix(UInt64(value - 0xFEE0))
                        continue
                    }
                }
                mix(UInt64(byte) | UInt64(second) << 8 | UInt64(third) << 16)
                continue
            }
            if first < 0 { first = index }
            scalars += 1
            // Two- and four-byte characters, and broken sequences: their bytes as they stand
            // (a lead of two or four bytes puts the chunk outside the one- and three-byte ranges).
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let scalarEnd = min(index + length, end)
            var chunk: UInt64 = 0
            while index < scalarEnd {
                chunk = chunk << 8 | UInt64(bytes[index])
                index += 1
            }
            mix(chunk | UInt64(length) << 32)
        }
        return (hash, scalars, first < 0 ? nil : first, prose)
    }

    /// Whether two lines are equal once normalised (see `NormalisedBytes`), compared byte by byte
    /// as both are normalised, so nothing is allocated.
    static func normalisedEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ first: SourceText.LineSpan, _ second: SourceText.LineSpan) -> Bool {
        // Most repeats are exact copies: equal bytes are equal once normalised.
        let length = first.end - first.start
        if length == second.end - second.start, let base = bytes.baseAddress,
           memcmp(base + first.start, base + second.start, length) == 0 {
            return true
        }
        var left = NormalisedBytes(bytes: bytes, index: first.start, end: first.end)
        var right = NormalisedBytes(bytes: bytes, index: second.start, end: second.end)
        while true {
            let a = left.next(), b = right.next()
            if a != b { return false }
            if a == nil { return true }
        }
    }

    /// A line's bytes without whitespace (ASCII, U+3000) and with full-width forms (，：（ ！)
    /// folded to ASCII, one at a time, so width and spacing do not hide a repeat.
    struct NormalisedBytes {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let end: Int
        /// Bytes of the current scalar still to hand out.
        private var pending = 0

        init(bytes: UnsafeBufferPointer<UInt8>, index: Int, end: Int) {
            self.bytes = bytes
            self.index = index
            self.end = end
        }

        mutating func next() -> UInt8? {
            if pending > 0 {
                pending -= 1
                index += 1
                return bytes[index - 1]
            }
            while index < end {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 { index += 1; continue }
                if byte == 0xE3 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 { index += 3; continue }
                if byte == 0xEF && index + 2 < end && (bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD) {
                    let value = (UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)) + 0xF000
                    if value >= 0xFF01 && value <= 0xFF5E {
                        index += 3
                        return UInt8(value - 0xFEE0)
                    }
                }
                var length = 1
                if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
                pending = min(index + length, end) - index - 1
                index += 1
                return byte
            }
            return nil
        }
    }
}
