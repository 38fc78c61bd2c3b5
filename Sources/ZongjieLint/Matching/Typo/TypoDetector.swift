/// Finds likely wrong characters in a run of Han characters by unigram segmentation:
/// the run is segmented at least cost over the lexicon's words (an unknown single
/// character is dear); a character standing alone (or in a rare word) on the best path
/// is tried against the characters it is confused with, and a substitution that forms a
/// word is kept when the whole run then costs clearly less, channel cost included.
///
/// Costs are half-nats (the lexicon's cost classes). Gains are compared against two
/// thresholds: two-character words are easy to form by chance, so they need more.
///
/// This file holds the settings and the entry points; a run's search is `Search`, in
/// TypoSegmentation.swift (word-cost table, least costs from either end, best path) and
/// TypoSubstitution.swift (the substitutions tried along that path).
struct TypoDetector: Sendable {
    struct Parameters: Sendable {
        /// Cost of a character that is not a word on its own.
        var unknownSingle: Int32 = 44
        /// Cost of writing a confused character, by `TypoLexicon.Kind`.
        var channelCost: (Int32, Int32, Int32) = (8, 12, 14)
        /// Least gain for a two-character correction.
        var threshold2: Int32 = 8
        /// Least gain for a correction of three or more characters.
        var threshold3: Int32 = 4
        /// A lone character at most this dear (的, 和, 在) is not tried: slips there form real
        /// words this search cannot judge, and such characters are a third of running text.
        var commonestSingle: Int32 = 12
        /// A character at most this dear is a common word on its own (使, 在, 对).
        var commonSingle: Int32 = 14
        /// Words at or above this cost are rare enough to be a slip themselves.
        var rare: Int32 = 28
        /// Extra gain needed when the slip sits inside a word of the best path (a longer word
        /// across it reads better); negative: not tried.
        var inWordExtra: Int32 = 8
        /// Inside a word, try only windows made of whole words of the best path (see
        /// `Search.alignedWindows`); false: every window that reaches past the word (tests
        /// compare the two).
        var alignedInWord = true
    }

    /// One suspected slip: `run[start..<start + length]` should read with `replacement` at `position`.
    struct Suspect: Sendable, Equatable {
        var start: Int
        var length: Int
        var position: Int
        var replacement: UInt16
        var gain: Int32
    }

    let lexicon: TypoLexicon
    var parameters: Parameters

    init(lexicon: TypoLexicon = .shared, parameters: Parameters = Parameters()) {
        self.lexicon = lexicon
        self.parameters = parameters
    }

    /// Whether a scalar can be part of a run (the lexicon's characters are all 16-bit Han).
    @inline(__always)
    static func isRunScalar(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
    }

    /// The least segmentation cost of `run` (for diagnostics: the cost a correction saves).
    func segmentationCost(_ run: [UInt16]) -> Int32 {
        let maxLength = TypoLexicon.maxWordLength
        var forward = [Int32](repeating: Int32.max / 4, count: run.count + 1)
        forward[0] = 0
        for end in stride(from: 1, through: run.count, by: 1) {
            for length in 1...min(maxLength, end) {
                let word = length == 1 ? (lexicon.singleCost(run[end - 1]) ?? parameters.unknownSingle) : lexicon.cost(run, end - length, length)
                if let word { forward[end] = min(forward[end], forward[end - length] + word) }
            }
        }
        return forward[run.count]
    }

    /// The suspects in `run`, non-overlapping, in order.
    func suspects(in run: [UInt16]) -> [Suspect] {
        var scratch: [Int32] = []
        return suspects(in: run, scratch: &scratch)
    }

    /// The suspects in `run`; `scratch` is reused across runs (a line's runs share it) so a
    /// run costs no allocation for its tables.
    func suspects(in run: [UInt16], scratch: inout [Int32]) -> [Suspect] {
        guard run.count >= 2 else { return [] }
        return Self.nonOverlapping(withSearch(run, scratch: &scratch, orElse: []) { $0.suspects() })
    }

    /// The least cost of `run` as the search's forward and backward passes find it (both must
    /// equal `segmentationCost`; the tests check that).
    func searchCosts(_ run: [UInt16]) -> (forward: Int32, backward: Int32) {
        var scratch: [Int32] = []
        return withSearch(run, scratch: &scratch, orElse: (0, 0)) { $0.costsFromBothEnds() }
    }

    /// `body` on a search of `run` (not empty) over `scratch` and the search tables, borrowed.
    @inline(__always)
    private func withSearch<Result>(_ run: [UInt16], scratch: inout [Int32], orElse empty: Result, _ body: (Search) -> Result) -> Result {
        let count = run.count
        let maxLength = TypoLexicon.maxWordLength
        // cost (count · maxLength), forward (count + 1), backward (count + 1), longest (count),
        // pathWord (count + 1).
        let needed = count * maxLength + 3 * (count + 1) + count
        if scratch.count < needed { scratch = [Int32](repeating: 0, count: max(needed, 2 * scratch.count)) }
        let tables = SearchTables.matching(lexicon, channels: parameters.channelCost)
        return run.withUnsafeBufferPointer { runBuffer in
            scratch.withUnsafeMutableBufferPointer { buffer in
                tables.floors.withUnsafeBufferPointer { floors in
                    tables.floorRowOf.withUnsafeBufferPointer { floorRowOf in
                        // All are non-empty here (count ≥ 1; the floors' row 0 always exists).
                        guard let r = runBuffer.baseAddress, let base = buffer.baseAddress,
                              let floors = floors.baseAddress, let floorRowOf = floorRowOf.baseAddress else { return empty }
                        let search = Search(
                            detector: self, run: r, count: count, cost: base,
                            forward: base + count * maxLength, backward: base + count * maxLength + count + 1,
                            longest: base + count * maxLength + 2 * (count + 1),
                            pathWord: base + count * maxLength + 2 * (count + 1) + count,
                            tables: tables, floors: floors, floorRowOf: floorRowOf
                        )
                        return body(search)
                    }
                }
            }
        }
    }

    /// Highest gain first; a suspect overlapping a better one is dropped.
    private static func nonOverlapping(_ suspects: [Suspect]) -> [Suspect] {
        guard suspects.count > 1 else { return suspects }
        var kept: [Suspect] = []
        for suspect in suspects.sorted(by: { $0.gain > $1.gain }) {
            let overlaps = kept.contains { suspect.start < $0.start + $0.length && $0.start < suspect.start + suspect.length }
            if !overlaps { kept.append(suspect) }
        }
        return kept.sorted { $0.start < $1.start }
    }
}
