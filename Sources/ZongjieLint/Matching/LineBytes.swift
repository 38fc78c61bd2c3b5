import ZongjieCore

/// Byte-level tests on one line of (valid) UTF-8, for the prefilters that let a rule skip
/// a line before it is decoded. Everything works on a raw buffer: these run on every line.
enum LineBytes {
    /// The scalar whose encoding starts at `index` (before `end`) and its length in bytes.
    @inline(__always)
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        var length = 2
        var value = UInt32(lead & 0x1F)
        if lead >= 0xF0 { length = 4; value = UInt32(lead & 0x07) } else if lead >= 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
        guard index + length <= end else { return (0xFFFD, 1) }
        for next in index + 1..<index + length { value = value << 6 | UInt32(bytes[next] & 0x3F) }
        return (value, length)
    }

    /// The scalar whose encoding ends just before `end` (not before `start`).
    @inline(__always)
    static func scalar(endingBefore end: Int, in bytes: UnsafeBufferPointer<UInt8>, start: Int) -> UInt32 {
        var lead = end - 1
        while lead > start && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return scalar(at: lead, in: bytes, end: end).value
    }

    /// Whether `confirm` is true at some index of `range`. Sixteen indices are tried at a time:
    /// `block` gets the bytes at those indices and the bytes one further on, and sets the lanes
    /// where `confirm` may hold; only a block with such a lane is confirmed index by index. Keep
    /// `block` to equality tests (`.==`, `.|`, `.&`; ordered vector comparisons compile poorly)
    /// and make it rare: a pair of bytes is far rarer than one continuation byte.
    @inline(__always)
    static func contains(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        block: (_ here: SIMD16<UInt8>, _ next: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>, confirm: (Int) -> Bool
    ) -> Bool {
        var index = range.lowerBound
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 17 <= range.upperBound {
                let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
                if anySet(block(here, next)) {
                    for candidate in index..<index + 16 where confirm(candidate) { return true }
                }
                index += 16
            }
        }
        while index < range.upperBound {
            if confirm(index) { return true }
            index += 1
        }
        return false
    }

    /// Whether any lane of `mask` is set. The standard `any(_:)` reduces through a generic
    /// `min()` the optimiser leaves as a call; two words and an OR are what it should be.
    @inline(__always)
    static func anySet(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        return words.0 | words.1 != 0
    }
}

/// A set of byte values, tested with one lookup.
struct ByteClass: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ members: [UInt8]) {
        for byte in members { insert(byte) }
    }

    private mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word >> UInt64(byte & 63) & 1 != 0
    }
}
