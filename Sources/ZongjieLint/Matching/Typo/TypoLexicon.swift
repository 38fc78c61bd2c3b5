import ZongjieResources

/// The `typo` rule's data, parsed once per process from the embedded files that
/// scripts/build_typo_data.py derives (dictionaries/typo/NOTICE names the sources):
/// word costs for segmentation, the characters each character is confused with, and
/// the character pairs attested inside longer words. Built by TypoLexiconBuilder; this file
/// holds the structures and the queries on them.
///
/// Words are keyed by their scalars packed into 64 bits (16 bits each: every word
/// character is in the basic or extension-A Han block); a five-character word folds
/// its last scalar in by a multiply, which cannot collide with a packed key in practice.
/// The table stores 32 bits of the key's hash beside the slot the other bits chose: two
/// words agree on both about once in 2^32 probes, far below the detector's own error.
final class TypoLexicon: Sendable {
    static let wordsPath = "dictionaries/typo/words.txt"
    static let confusionsPath = "dictionaries/typo/confusions.txt"
    static let affixesPath = "dictionaries/typo/affixes.txt"
    /// Set on a slot's cost when the word is only a place name (segmented, never offered).
    static let placeOnly: UInt8 = 0x80
    static let maxWordLength = 5

    /// Kinds of confusion, cheapest first (see TypoDetector.Parameters.channelCost).
    enum Kind: UInt8 { case sameSoundSameTone = 0, sameSoundOtherTone = 1, similarShape = 2 }

    /// Open-addressing table of key fingerprints (see `fingerprint`): 0 is empty.
    private let keys: [UInt32]
    /// Cost class per slot: round(2 · ln(total / frequency)), half-nats; `placeOnly` marks names.
    private let costs: [UInt8]
    private let shift: UInt64
    /// Per scalar (16-bit): where its confusions start in `confusedWith`; `confusionStart[s + 1]` ends them.
    let confusionStart: [Int32]
    /// Confused scalar (low 16 bits) and kind (bits 16…).
    let confusedWith: [UInt32]
    /// Bit set (2^23 bits, one hash) of the adjacent pairs inside words of three or more
    /// characters; a false “attested” (about 5 %) only withholds a finding.
    private let pairs: [UInt64]
    /// Cost class of each 16-bit scalar as a word of its own; 0xFF: none.
    private let singles: [UInt8]
    /// Bit sets (2^21 bits) over the first two and first three characters of the words of
    /// at least that length: most windows of running text start no word, and these answer
    /// that from 256 KB each instead of a probe into the 16 MB table.
    private let startsOf2: [UInt64]
    private let startsOf3: [UInt64]
    /// The same over the first four characters of the words of four or five.
    private let startsOf4: [UInt64]
    /// Bloom filter (2^23 bits, two per word) over the words that may be offered as
    /// corrections: most substitutions form no word, and this answers from 1 MB.
    private let correctionBloom: [UInt64]
    /// Bloom filter (2^23 bits, one per entry) over the correction words of three or more
    /// characters with one character masked: a window with no word one character away is
    /// skipped with one probe instead of one per confusable character. Its 64-bit words sit at
    /// even indices; after each, at the odd index, the masked characters of its entries, a bit
    /// each (`signatureBit`): a window that passes tests every confusable in that word, from the
    /// cache line it already loaded, before any probe of its own.
    private let maskedBloom: [UInt64]
    /// Per length (index 0…5), the cheapest correction word: a window whose budget is below
    /// it cannot yield one.
    let cheapestCorrection: [Int32]
    /// Per confused character, window length and place: the cheapest substitution's cost.
    let correctionFloors: TypoCorrectionFloors
    /// Characters that end or start many words made of a word and them (户 期 局 …).
    let suffixes: Set<UInt16>
    let prefixes: Set<UInt16>
    /// Number of words (for tests and the report).
    let wordCount: Int

    /// The built-in lexicon, parsed on first use.
    static let shared = TypoLexicon(
        words: file(wordsPath), confusions: file(confusionsPath), affixes: file(affixesPath)
    )

    /// Files of dictionaries/typo/ that replace the embedded copies, by path; set only by
    /// zongjie-bench, before the first check, to measure rebuilt data without a rebuild.
    nonisolated(unsafe) static var overrides: [String: String] = [:]

    static func file(_ path: String) -> String {
        overrides[path] ?? EmbeddedFiles.all[path] ?? ""
    }

    /// Parses the text of words.txt, confusions.txt and affixes.txt (TypoLexiconBuilder).
    convenience init(words: String, confusions: String, affixes: String, parallel: Bool = true) {
        self.init(TypoLexiconBuilder.build(words: words, confusions: confusions, affixes: affixes, parallel: parallel))
    }

    init(_ tables: TypoLexiconTables) {
        keys = tables.keys
        costs = tables.costs
        shift = tables.shift
        singles = tables.singles
        startsOf2 = tables.startsOf2
        startsOf3 = tables.startsOf3
        startsOf4 = tables.startsOf4
        pairs = tables.pairs
        correctionBloom = tables.correctionBloom
        maskedBloom = tables.maskedBloom
        cheapestCorrection = tables.cheapestCorrection
        correctionFloors = tables.correctionFloors
        wordCount = tables.wordCount
        confusionStart = tables.confusionStart
        confusedWith = tables.confusedWith
        suffixes = tables.suffixes
        prefixes = tables.prefixes
    }

    /// The structures as built (a test compares the background-loaded lexicon with a direct build).
    var tables: TypoLexiconTables {
        TypoLexiconTables(
            keys: keys, costs: costs, shift: shift, singles: singles, cheapestCorrection: cheapestCorrection,
            wordCount: wordCount, startsOf2: startsOf2, startsOf3: startsOf3, startsOf4: startsOf4, pairs: pairs,
            correctionBloom: correctionBloom, maskedBloom: maskedBloom, confusionStart: confusionStart,
            confusedWith: confusedWith, suffixes: suffixes, prefixes: prefixes, correctionFloors: correctionFloors
        )
    }

    static let pairBitCount = 1 << 23
    static let bloomBitCount = 1 << 23

    /// Whether some word may start with `scalars[start..<start + length]` (length 2 or 3;
    /// false positives possible, no false negatives).
    @inline(__always)
    func mayStartWord(_ scalars: [UInt16], _ start: Int, _ length: Int) -> Bool {
        if length == 2 {
            let bit = Self.startBit(scalars[start], scalars[start + 1])
            return startsOf2[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }
        let bit = Self.startBit(scalars[start], scalars[start + 1], scalars[start + 2])
        return startsOf3[bit >> 6] & (1 << UInt64(bit & 63)) != 0
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
        guard let raw = rawCost(key: Self.key(scalars, start, length)) else { return nil }
        return Int32(raw & 0x7F)
    }

    /// The cost class of a word that may be offered as a correction (not a mere place name).
    @inline(__always)
    func correctionCost(_ scalars: [UInt16], _ start: Int, _ length: Int) -> Int32? {
        let key = Self.key(scalars, start, length)
        let (first, second) = Self.bloomBits(Self.mix(key))
        guard correctionBloom[first >> 6] & (1 << UInt64(first & 63)) != 0,
              correctionBloom[second >> 6] & (1 << UInt64(second & 63)) != 0,
              let raw = rawCost(key: key), raw & Self.placeOnly == 0 else { return nil }
        return Int32(raw)
    }

    @inline(__always)
    private func rawCost(key: UInt64) -> UInt8? {
        rawCost(mixed: Self.mix(key))
    }

    // Probes on packed keys, for the detector's inner loops: the window's key is built once
    // and a substitution only replaces one 16-bit lane, and the key is hashed once per probe.

    /// Whether some word may start with `a b` (no false negatives).
    @inline(__always)
    func mayStartWord(_ a: UInt16, _ b: UInt16) -> Bool {
        let bit = Self.startBit(a, b)
        return startsOf2[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether some word may start with `a b c` (no false negatives).
    @inline(__always)
    func mayStartWord(_ a: UInt16, _ b: UInt16, _ c: UInt16) -> Bool {
        let bit = Self.startBit(a, b, c)
        return startsOf3[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether some word may start with the four characters packed in `key` (no false negatives).
    @inline(__always)
    func mayStartWord(packed key: UInt64) -> Bool {
        let bit = Self.startBit(packed: key)
        return startsOf4[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// `cost` for a packed key (see `key`) whose start the caller has already tested with
    /// `mayStartWord`.
    @inline(__always)
    func cost(packedKey key: UInt64) -> Int32? {
        guard let raw = rawCost(mixed: Self.mix(key)) else { return nil }
        return Int32(raw & 0x7F)
    }

    /// `correctionCost` for a packed key (see `key`); `folded` (see `foldedCorrectionBloom`)
    /// rejects most keys first from a quarter of the memory.
    @inline(__always)
    func correctionCost(key: UInt64, folded: [UInt64]) -> Int32? {
        let mixed = Self.mix(key)
        let (first, second) = Self.bloomBits(mixed)
        let foldedMask = Self.bloomBitCount / Self.maskedFold - 1
        let (foldedFirst, foldedSecond) = (first & foldedMask, second & foldedMask)
        guard folded[foldedFirst >> 6] & (1 << UInt64(foldedFirst & 63)) != 0,
              folded[foldedSecond >> 6] & (1 << UInt64(foldedSecond & 63)) != 0,
              correctionBloom[first >> 6] & (1 << UInt64(first & 63)) != 0,
              correctionBloom[second >> 6] & (1 << UInt64(second & 63)) != 0,
              let raw = rawCost(mixed: mixed), raw & Self.placeOnly == 0 else { return nil }
        return Int32(raw)
    }

    /// `mayCorrect` on the window at `scalars` (length 3…5), as the signature word of the
    /// masked key (see `maskedBloom`; 0 when the filter rejects the window); `folded`
    /// (see `foldedMaskedBloom`) answers most windows first from a quarter of the memory.
    @inline(__always)
    func maskedSignature(_ scalars: UnsafePointer<UInt16>, _ length: Int, at offset: Int, folded: [UInt64]) -> UInt64 {
        var key: UInt64 = UInt64(offset + 1) << 3 | UInt64(length)
        for index in 0..<length where index != offset {
            key = (key ^ UInt64(scalars[index])) &* 0x9E37_79B9_7F4A_7C15
        }
        let mixed = Self.mix(key)
        let bit = Int(mixed & UInt64(Self.bloomBitCount - 1))
        let foldedBit = bit & (Self.bloomBitCount / Self.maskedFold - 1)
        guard folded[foldedBit >> 6] & (1 << UInt64(foldedBit & 63)) != 0,
              maskedBloom[(bit >> 6) << 1] & (1 << UInt64(bit & 63)) != 0 else { return 0 }
        return maskedBloom[(bit >> 6) << 1 | 1]
    }

    static let maskedFold = 4

    /// The masked-word filter folded onto a quarter of its bits (256 KB, every bit the OR of
    /// four): a window it rejects is rejected by the full filter too, and it stays in the
    /// core's cache where the 1 MB filter does not. Made once, in well under a millisecond.
    func foldedMaskedBloom() -> [UInt64] {
        Self.fold(stride(from: 0, to: maskedBloom.count, by: 2).map { maskedBloom[$0] })
    }

    /// The correction-word filter folded the same way.
    func foldedCorrectionBloom() -> [UInt64] { Self.fold(correctionBloom) }

    private static func fold(_ filter: [UInt64]) -> [UInt64] {
        let words = filter.count / maskedFold
        var folded = [UInt64](repeating: 0, count: words)
        for index in filter.indices { folded[index & (words - 1)] |= filter[index] }
        return folded
    }

    @inline(__always)
    private func rawCost(mixed: UInt64) -> UInt8? {
        let mask = keys.count - 1
        let print = Self.fingerprint(mixed)
        var slot = Int(mixed >> shift)
        while true {
            let found = keys[slot]
            if found == print { return costs[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `first` `second` occur side by side inside some word of three or more characters.
    func isAttestedPair(_ first: UInt16, _ second: UInt16) -> Bool {
        let bit = Self.pairBit(first, second)
        return pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
