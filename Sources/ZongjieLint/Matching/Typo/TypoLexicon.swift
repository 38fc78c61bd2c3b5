import ZongjieResources

/// The `typo` rule's data, parsed once per process from the embedded files that
/// scripts/build_typo_data.py derives (dictionaries/typo/NOTICE names the sources):
/// word costs for segmentation, the characters each character is confused with, and
/// the character pairs attested inside longer words. Built by TypoLexiconBuilder; this file
/// holds the structures, TypoLexiconQueries the queries on them and TypoLexiconHashing the
/// keys and bits they are addressed by.
///
/// Words are keyed by their scalars packed into 64 bits (16 bits each: every word
/// character is in the basic or extension-A Han block); a five-character word folds
/// its last scalar in by a multiply, which cannot collide with a packed key in practice.
/// The table stores 32 bits of the key's hash beside the slot the other bits chose: two
/// words agree on both about once in 2^32 probes, far below the detector's own error.
///
/// What a search touches per document is what it pulls through the core's 1 MB L2 and
/// evicts the other rules' code and data with (BENCHMARKS.md, sixth pass): a hit in the
/// word table is one cache line (TypoWordTable), a correction-filter probe one word.
final class TypoLexicon: Sendable {
    static let wordsPath = "dictionaries/typo/words.txt"
    static let confusionsPath = "dictionaries/typo/confusions.txt"
    static let affixesPath = "dictionaries/typo/affixes.txt"
    /// Set on a slot's cost when the word is only a place name (segmented, never offered).
    static let placeOnly: UInt8 = 0x80
    static let maxWordLength = 5

    /// Kinds of confusion, cheapest first (see TypoDetector.Parameters.channelCost).
    enum Kind: UInt8 { case sameSoundSameTone = 0, sameSoundOtherTone = 1, similarShape = 2 }

    /// The words of two to five characters with their cost classes:
    /// round(2 · ln(total / frequency)), half-nats; `placeOnly` marks names.
    let words: TypoWordTable
    /// Per scalar (16-bit): where its confusions start in `confusedWith`; `confusionStart[s + 1]` ends them.
    let confusionStart: [Int32]
    /// Confused scalar (low 16 bits) and kind (bits 16…).
    let confusedWith: [UInt32]
    /// Bit set (2^23 bits, one hash) of the adjacent pairs inside words of three or more
    /// characters; a false “attested” (about 5 %) only withholds a finding.
    let pairs: [UInt64]
    /// Cost class of each 16-bit scalar as a word of its own; 0xFF: none.
    let singles: [UInt8]
    /// The first two, three and four characters of the words of at least that length: most
    /// windows of running text start no word, and this answers that from 768 KB instead of a
    /// probe into the 5.6 MB table.
    let starts: TypoStartFilter
    /// Blocked Bloom filter (2^17 64-bit words, two bits per word in one of them; see
    /// `bloomWord`) over the words that may be offered as corrections: most substitutions
    /// form no word, and this answers from one load into 1 MB.
    let correctionBloom: [UInt64]
    /// Bloom filter (2^23 bits, one per entry) over the correction words of three or more
    /// characters with one character masked: a window with no word one character away is
    /// skipped with one probe instead of one per confusable character. Records of 32 bytes:
    /// the filter's word, then 192 bits with the masked characters of its entries, a bit each
    /// (TypoMaskedSignature): a window that passes tests every confusable there, from the
    /// cache line it already loaded, before any probe of its own. 4 MB.
    let maskedBloom: TypoLineBuffer
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
        words = tables.words
        singles = tables.singles
        starts = tables.starts
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
            words: words, singles: singles, cheapestCorrection: cheapestCorrection,
            wordCount: wordCount, starts: starts, pairs: pairs,
            correctionBloom: correctionBloom, maskedBloom: maskedBloom, confusionStart: confusionStart,
            confusedWith: confusedWith, suffixes: suffixes, prefixes: prefixes, correctionFloors: correctionFloors
        )
    }

    static let pairBitCount = 1 << 23
    static let bloomBitCount = 1 << 23
    static let maskedFold = 4
}
