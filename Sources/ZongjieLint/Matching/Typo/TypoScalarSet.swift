/// A set of 16-bit scalars as a 64 Ki-bit map (8 KB): membership is one load and a bit
/// test, where `Set<UInt16>` hashes every probe. The `typo` search asks it for every Han
/// character of a line (curated pairs' first characters) and for every window it tries
/// (the productive affixes).
struct TypoScalarSet: Sendable {
    private let bits: [UInt64]

    init(_ members: some Sequence<UInt16>) {
        var bits = [UInt64](repeating: 0, count: 1024)
        for member in members { bits[Int(member >> 6)] |= 1 << UInt64(member & 63) }
        self.bits = bits
    }

    @inline(__always)
    func contains(_ scalar: UInt16) -> Bool {
        bits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
    }
}

extension TypoDetector {
    /// Small tables derived from the lexicon for the search: its affixes as bit maps and its
    /// masked-word and correction-word filters folded; made once for the shared lexicon, per search for another.
    /// A class: a run's search holds it with one reference count, not one per array.
    final class SearchTables: Sendable {
        let suffixes: TypoScalarSet
        let prefixes: TypoScalarSet
        let foldedMasked: [UInt64]
        let foldedCorrection: [UInt64]
        /// `TypoCorrectionFloors.combined` for `channels` (rows of 16 bytes).
        let floors: [UInt8]
        /// Per 16-bit scalar, its row in `floors` (`TypoCorrectionFloors.rowOf`).
        let floorRowOf: [UInt16]
        /// Per row of `floors`, where its character's confusions start and end in
        /// `confusedWith` (row 0: a character with none), beside the row instead of in the 256 KB
        /// `confusionStart`.
        let rowLists: [Int32]
        let channels: (Int32, Int32, Int32)
        static let shared = SearchTables(TypoLexicon.shared, channels: Parameters().channelCost)

        init(_ lexicon: TypoLexicon, channels: (Int32, Int32, Int32)) {
            suffixes = TypoScalarSet(lexicon.suffixes)
            prefixes = TypoScalarSet(lexicon.prefixes)
            foldedMasked = lexicon.foldedMaskedBloom()
            foldedCorrection = lexicon.foldedCorrectionBloom()
            floors = lexicon.correctionFloors.combined(channels: channels)
            floorRowOf = lexicon.correctionFloors.rowOf
            var rowLists = [Int32](repeating: 0, count: 2 * (floors.count / 16))
            for scalar in 0..<0x10000 where floorRowOf[scalar] != 0 {
                let row = Int(floorRowOf[scalar])
                rowLists[2 * row] = lexicon.confusionStart[scalar]
                rowLists[2 * row + 1] = lexicon.confusionStart[scalar + 1]
            }
            self.rowLists = rowLists
            self.channels = channels
        }

        /// The shared tables when they fit `lexicon` and `channels`, else new ones.
        static func matching(_ lexicon: TypoLexicon, channels: (Int32, Int32, Int32)) -> SearchTables {
            lexicon === TypoLexicon.shared && shared.channels == channels ? shared : SearchTables(lexicon, channels: channels)
        }
    }
}
