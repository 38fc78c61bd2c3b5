/// UTF-8 decoding for the scan (see `MultiPatternMatcher`): the general decoder, and the quick
/// one that takes a three-byte character with one load.
extension MultiPatternMatcher {
    /// What `decode` returns for a byte that does not start a well-formed scalar.
    static let invalid = UInt32.max

    /// The scalar starting at `bytes[index]` (which must be before `end`) and its length;
    /// `invalid` and length 1 when the bytes there are not well-formed UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead >= 0xE0 && lead < 0xF0 {
            guard index + 2 < end else { return (invalid, 1) }
            let b1 = UInt32(bytes[index + 1]), b2 = UInt32(bytes[index + 2])
            guard b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 else { return (invalid, 1) }
            let value = (lead & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)
            guard value >= 0x800 && (value < 0xD800 || value > 0xDFFF) else { return (invalid, 1) }
            return (value, 3)
        }
        if lead >= 0xC2 && lead < 0xE0 {
            guard index + 1 < end else { return (invalid, 1) }
            let b1 = UInt32(bytes[index + 1])
            guard b1 & 0xC0 == 0x80 else { return (invalid, 1) }
            return ((lead & 0x1F) << 6 | (b1 & 0x3F), 2)
        }
        if lead >= 0xF0 && lead < 0xF5 {
            guard index + 3 < end else { return (invalid, 1) }
            let b1 = UInt32(bytes[index + 1]), b2 = UInt32(bytes[index + 2]), b3 = UInt32(bytes[index + 3])
            guard b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 && b3 & 0xC0 == 0x80 else { return (invalid, 1) }
            let value = (lead & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F)
            guard value >= 0x10000 && value <= 0x10FFFF else { return (invalid, 1) }
            return (value, 4)
        }
        return (invalid, 1)
    }

    /// `decode` with the usual case first: a three-byte character read with one four-byte load
    /// (when four bytes remain) and one mask for the lead's class and both continuation bytes.
    /// The same answers as `decode`, overlong forms and surrogates included.
    @inline(__always)
    static func decodeQuickly(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32, Int) {
        if index &+ 4 <= end, let base = bytes.baseAddress {
            let word = ThreeByteWord.load(base, at: index)
            if ThreeByteWord.startsThreeByteCharacter(word) {
                let value = ThreeByteWord.value(word)
                guard value >= 0x800 && (value < 0xD800 || value > 0xDFFF) else { return (invalid, 1) }
                return (value, 3)
            }
        }
        return decode(bytes, at: index, end: end)
    }
}
