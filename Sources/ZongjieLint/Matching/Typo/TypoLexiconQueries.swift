/// The queries the `typo` search asks of the lexicon: whether a window is a word and at what
/// cost, whether some word starts so, whether a substitution can form a correction word.
/// Every filter here may answer “maybe” for a key the word table lacks, never “no” for one
/// it holds, so the search finds exactly what it would with the table alone.
extension TypoLexicon {
    /// Whether some word may start with `scalars[start..<start + length]` (length 2 or 3;
    /// false positives possible, no false negatives).
    @inline(__always)
    func mayStartWord(_ scalars: [UInt16], _ start: Int, _ length: Int) -> Bool {
        length == 2 ? starts.mayStart(scalars[start], scalars[start + 1]) : starts.mayStart(scalars[start], scalars[start + 1], scalars[start + 2])
    }

    /// The cost class of a character as a word of its own, or nil.
    @inline(__always)
    func singleCost(_ scalar: UInt16) -> Int32? {
        let cost = singles[Int(scalar)]
        return cost == 0xFF ? nil : Int32(cost)
    }

    /// The cost class of the word `scalars[start..<start + length]`, or nil when it is no word.
    @inline(__always)
    func cost(_ scalars: [UInt16], _ start: Int, _ length: Int) -> Int32? {
        if length == 1 { return singleCost(scalars[start]) }
        if !mayStartWord(scalars, start, min(length, 3)) { return nil }
        guard let raw = words.rawCost(mixed: Self.mix(Self.key(scalars, start, length))) else { return nil }
        return Int32(raw & 0x7F)
    }

    /// The cost class of a word that may be offered as a correction (not a mere place name).
    @inline(__always)
    func correctionCost(_ scalars: [UInt16], _ start: Int, _ length: Int) -> Int32? {
        let mixed = Self.mix(Self.key(scalars, start, length))
        let (word, bits) = Self.bloomWord(mixed)
        guard correctionBloom[word] & bits == bits,
              let raw = words.rawCost(mixed: mixed), raw & Self.placeOnly == 0 else { return nil }
        return Int32(raw)
    }

    // Probes on packed keys, for the detector's inner loops: the window's key is built once
    // and a substitution only replaces one 16-bit lane, and the key is hashed once per probe.

    /// Whether some word may start with `a b` (no false negatives).
    @inline(__always)
    func mayStartWord(_ a: UInt16, _ b: UInt16) -> Bool {
        starts.mayStart(a, b)
    }

    /// Whether some word may start with `a b c` (no false negatives).
    @inline(__always)
    func mayStartWord(_ a: UInt16, _ b: UInt16, _ c: UInt16) -> Bool {
        starts.mayStart(a, b, c)
    }

    /// Whether some word may start with the four characters packed in `key` (no false negatives).
    @inline(__always)
    func mayStartWord(packed key: UInt64) -> Bool {
        starts.mayStart(packed: key)
    }

    /// `cost` for a packed key (see `key`) whose start the caller has already tested with
    /// `mayStartWord`.
    @inline(__always)
    func cost(packedKey key: UInt64) -> Int32? {
        guard let raw = words.rawCost(mixed: Self.mix(key)) else { return nil }
        return Int32(raw & 0x7F)
    }

    /// `correctionCost` for a packed key (see `key`); `folded` (see `foldedCorrectionBloom`)
    /// rejects most keys first from a quarter of the memory.
    @inline(__always)
    func correctionCost(key: UInt64, folded: [UInt64]) -> Int32? {
        let mixed = Self.mix(key)
        let (word, bits) = Self.bloomWord(mixed)
        guard folded[word & (Self.bloomBitCount / 64 / Self.maskedFold - 1)] & bits == bits,
              correctionBloom[word] & bits == bits,
              let raw = words.rawCost(mixed: mixed), raw & Self.placeOnly == 0 else { return nil }
        return Int32(raw)
    }

    /// The masked filter on the window at `scalars` (length 3…5) with the character at
    /// `offset` masked, as the signature of the characters that may complete it there (see
    /// `maskedBloom`; `.none` when the filter rejects the window); `folded` (see
    /// `foldedMaskedBloom`) answers most windows first from 256 KB.
    @inline(__always)
    func maskedSignature(_ scalars: UnsafePointer<UInt16>, _ length: Int, at offset: Int, folded: [UInt64]) -> TypoMaskedSignature {
        var key: UInt64 = UInt64(offset + 1) << 3 | UInt64(length)
        for index in 0..<length where index != offset {
            key = (key ^ UInt64(scalars[index])) &* 0x9E37_79B9_7F4A_7C15
        }
        let mixed = Self.mix(key)
        let bit = Int(mixed & UInt64(Self.bloomBitCount - 1))
        let foldedBit = bit & (Self.bloomBitCount / Self.maskedFold - 1)
        guard folded[foldedBit >> 6] & (1 << UInt64(foldedBit & 63)) != 0 else { return .none }
        // The record of the filter's word and its signature words: 32 bytes at `bit >> 6`.
        let record = UnsafePointer<UInt64>(maskedBloom.base.assumingMemoryBound(to: UInt64.self)) + (bit >> 6) &* 4
        guard record[0] & (1 << UInt64(bit & 63)) != 0 else { return .none }
        return TypoMaskedSignature(words: record + 1, isEmpty: false)
    }

    /// The masked-word filter folded onto a quarter of its bits (256 KB, every bit the OR of
    /// four): a window it rejects is rejected by the full filter too, and it stays in the
    /// core's cache where the 1 MB filter does not. Made once, in well under a millisecond.
    func foldedMaskedBloom() -> [UInt64] {
        let records = UnsafeRawPointer(maskedBloom.base).assumingMemoryBound(to: UInt64.self)
        return Self.fold((0..<(Self.bloomBitCount / 64)).map { records[4 * $0] })
    }

    /// The correction-word filter folded the same way (its words: a blocked filter's bits stay in one word).
    func foldedCorrectionBloom() -> [UInt64] { Self.fold(correctionBloom) }

    private static func fold(_ filter: [UInt64]) -> [UInt64] {
        let words = filter.count / maskedFold
        var folded = [UInt64](repeating: 0, count: words)
        for index in filter.indices { folded[index & (words - 1)] |= filter[index] }
        return folded
    }

    /// Whether `first` `second` occur side by side inside some word of three or more characters.
    func isAttestedPair(_ first: UInt16, _ second: UInt16) -> Bool {
        let bit = Self.pairBit(first, second)
        return pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
