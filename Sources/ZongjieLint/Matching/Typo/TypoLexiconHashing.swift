/// The lexicon's keys and hashes: how a word, a masked window or a pair of characters
/// becomes a table slot or a filter bit. Shared by the build (TypoLexiconBuilder) and the
/// queries, which must agree bit for bit.
extension TypoLexicon {
    /// The hash of `scalars[start..<start + length]` with the character at `offset` left out.
    @inline(__always)
    static func maskedMix(_ scalars: [UInt16], _ start: Int, _ length: Int, masking offset: Int) -> UInt64 {
        var key: UInt64 = UInt64(offset + 1) << 3 | UInt64(length)
        for index in 0..<length where index != offset {
            key = (key ^ UInt64(scalars[start + index])) &* 0x9E37_79B9_7F4A_7C15
        }
        return mix(key)
    }

    /// The bit of a masked character in its signature word.
    @inline(__always)
    static func signatureBit(_ scalar: UInt16) -> UInt64 {
        1 << ((UInt64(scalar) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The first bit from the hash's top bits, like the table slot: words loaded in slot
    /// order (words.txt is written so) set it front to back too.
    @inline(__always)
    static func bloomBits(_ mixed: UInt64) -> (Int, Int) {
        (Int(mixed >> 41), Int((mixed >> 9) & UInt64(bloomBitCount - 1)))
    }

    @inline(__always)
    static func pairBit(_ a: UInt16, _ b: UInt16) -> Int {
        Int(((UInt64(a) << 16 | UInt64(b)) &* 0xD6E8_FEB8_6659_FD93) >> 41)
    }

    static let startBitCount = 1 << 21

    @inline(__always)
    static func startBit(_ a: UInt16, _ b: UInt16, _ c: UInt16 = 0) -> Int {
        let packed = UInt64(a) << 32 | UInt64(b) << 16 | UInt64(c)
        return Int((packed &* 0x9E37_79B9_7F4A_7C15) >> 43)
    }

    @inline(__always)
    static func fingerprint(_ mixed: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: mixed) | 1
    }

    /// The bit of `startsOf4` for a packed key of four characters (see `key`).
    @inline(__always)
    static func startBit(packed: UInt64) -> Int {
        Int((packed &* 0x9E37_79B9_7F4A_7C15) >> 43)
    }

    /// The key of a five-character word from its first four characters' packed key.
    @inline(__always)
    static func fiveKey(_ packed: UInt64, _ fifth: UInt16) -> UInt64 {
        mix(packed ^ UInt64(fifth)) | 1
    }

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

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value ^ (value >> 31)
        x = x &* 0x7FB5_D329_728E_A185
        x ^= x >> 27
        x = x &* 0x81DA_DEF4_BC2D_D44D
        return x ^ (x >> 33)
    }
}
