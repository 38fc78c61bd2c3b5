/// Four bytes of UTF-8 read as one little-endian word, to take runs of three-byte characters
/// (nearly all of Chinese text) one load and one mask each: the line decoder (`ScalarLine`)
/// and the dictionary scan's root loop (`MultiPatternMatcher`) share these.
enum ThreeByteWord {
    /// The four bytes at `base + index` (the caller ensures four remain).
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at index: Int) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self))
    }

    /// Whether the word's first three bytes are a three-byte lead (1110xxxx) and two
    /// continuation bytes (10xxxxxx).
    @inline(__always)
    static func startsThreeByteCharacter(_ word: UInt32) -> Bool {
        word & 0x00C0_C0F0 == 0x0080_80E0
    }

    /// The scalar value of the three-byte character the word starts with.
    @inline(__always)
    static func value(_ word: UInt32) -> UInt32 {
        (word & 0x0F) &<< 12 | (word & 0x3F00) &>> 2 | (word &>> 16) & 0x3F
    }
}
