/// What the masked-word filter says about a window (see `TypoLexicon.maskedBloom`): which
/// characters, put at the masked place, may complete a correction word. 192 bits, a
/// character's bit set when some entry that shares the filter word masks it; read from the
/// 32-byte record the filter probe already loaded.
///
/// With 64 bits (the fifth pass) about one bit in eight was set and one substitute in eight
/// went on to the start filters and the correction filter, each a cache miss more often than
/// not on the files set; 192 bits pass about a third of those.
struct TypoMaskedSignature {
    /// The record's three signature words; nil: every character (a two-character window).
    let words: UnsafePointer<UInt64>?
    /// The filter rejected the window: no substitute can form a word there.
    let isEmpty: Bool

    static var all: TypoMaskedSignature { TypoMaskedSignature(words: nil, isEmpty: false) }
    static var none: TypoMaskedSignature { TypoMaskedSignature(words: nil, isEmpty: true) }

    /// Whether `substitute` may complete a word here (no false negatives).
    @inline(__always)
    func admits(_ substitute: UInt16) -> Bool {
        guard let words else { return !isEmpty }
        let position = TypoLexicon.signaturePosition(substitute)
        return words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }
}

extension TypoLexicon {
    /// Bytes per record of `maskedBloom`: the filter's word, then three signature words.
    static let maskedRecordBytes = 32

    /// A masked character's place in its signature (0..<192).
    @inline(__always)
    static func signaturePosition(_ scalar: UInt16) -> Int {
        Int((((UInt64(scalar) &* 0x9E37_79B9_7F4A_7C15) >> 32) &* 192) >> 32)
    }
}
