/// How the `typo` lexicon's structures are addressed: words packed into 64-bit keys, the
/// keys mixed, and the bits of the filters chosen from the mix. The builder and the queries
/// both use these, so a filter always holds the bits its queries test.
extension TypoLexicon {
    /// The packed key of `scalars[start..<start + length]` (length 1…5).
    @inline(__always)
    static func key(_ scalars: [UInt16], _ start: Int, _ length: Int) -> UInt64 {
        var key: UInt64 = 0
        for index in start..<(start + min(length, 4)) { key = key << 16 | UInt64(scalars[index]) }
        key <<= UInt64(16 * (4 - min(length, 4)))
        if length == 5 { key = mix(key ^ UInt64(scalars[start + 4])) | 1 }
        return key
    }

    /// The packed key of the four characters at `scalars`.
    @inline(__always)
    static func key4(_ scalars: UnsafePointer<UInt16>) -> UInt64 {
        UInt64(scalars[0]) << 48 | UInt64(scalars[1]) << 32 | UInt64(scalars[2]) << 16 | UInt64(scalars[3])
    }

    /// The key of a five-character word from its first four characters' packed key.
    @inline(__always)
    static func fiveKey(_ packed: UInt64, _ fifth: UInt16) -> UInt64 {
        mix(packed ^ UInt64(fifth)) | 1
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value ^ (value >> 31)
        x = x &* 0x7FB5_D329_728E_A185
        x ^= x >> 27
        x = x &* 0x81DA_DEF4_BC2D_D44D
        return x ^ (x >> 33)
    }

    /// What the word table stores of a key: the low 32 bits of its mix (the slot comes from the top bits).
    @inline(__always)
    static func fingerprint(_ mixed: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: mixed) | 1
    }

    /// The correction filter's word for a mixed key and the two bits of it: the word from the
    /// hash's top bits, like the table slot (words loaded in slot order, as words.txt is
    /// written, set it front to back too), the bits from two other six-bit fields. Both bits
    /// in one word: a probe is one load, where two bits anywhere in 1 MB were two misses.
    @inline(__always)
    static func bloomWord(_ mixed: UInt64) -> (word: Int, bits: UInt64) {
        (Int(mixed >> 47), 1 << ((mixed >> 9) & 63) | 1 << ((mixed >> 15) & 63))
    }

    /// The hash of `scalars[start..<start + length]` with the character at `offset` left out.
    @inline(__always)
    static func maskedMix(_ scalars: [UInt16], _ start: Int, _ length: Int, masking offset: Int) -> UInt64 {
        var key: UInt64 = UInt64(offset + 1) << 3 | UInt64(length)
        for index in 0..<length where index != offset {
            key = (key ^ UInt64(scalars[start + index])) &* 0x9E37_79B9_7F4A_7C15
        }
        return mix(key)
    }

    @inline(__always)
    static func pairBit(_ a: UInt16, _ b: UInt16) -> Int {
        Int(((UInt64(a) << 16 | UInt64(b)) &* 0xD6E8_FEB8_6659_FD93) >> 41)
    }

}
