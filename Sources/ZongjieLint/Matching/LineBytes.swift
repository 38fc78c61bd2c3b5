import ZongjieCore

/// Byte-level tests on one line of (valid) UTF-8, for the prefilters that let a rule skip
/// a line before it is decoded. Everything works on a raw buffer: these run on every line.
enum LineBytes {
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
