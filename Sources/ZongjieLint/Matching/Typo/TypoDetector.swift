/// Finds likely wrong characters in a run of Han characters by unigram segmentation:
/// the run is segmented at least cost over the lexicon's words (an unknown single
/// character is dear); a character standing alone (or in a rare word) on the best path
/// is tried against the characters it is confused with, and a substitution that forms a
/// word is kept when the whole run then costs clearly less, channel cost included.
///
/// Costs are half-nats (the lexicon's cost classes). Gains are compared against two
/// thresholds: two-character words are easy to form by chance, so they need more.
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
        let count = run.count
        guard count >= 2 else { return [] }
        let maxLength = TypoLexicon.maxWordLength
        // cost (count · maxLength), forward (count + 1), backward (count + 1).
        let needed = count * maxLength + 2 * (count + 1)
        if scratch.count < needed { scratch = [Int32](repeating: 0, count: max(needed, 2 * scratch.count)) }
        let tables = SearchTables.matching(lexicon, channels: parameters.channelCost)
        let found: [Suspect] = run.withUnsafeBufferPointer { runBuffer in
            scratch.withUnsafeMutableBufferPointer { buffer in
                tables.floors.withUnsafeBufferPointer { floors in
                    tables.floorRowOf.withUnsafeBufferPointer { floorRowOf in
                        // All are non-empty here (count ≥ 2; the floors' row 0 always exists).
                        guard let r = runBuffer.baseAddress, let base = buffer.baseAddress,
                              let floors = floors.baseAddress, let floorRowOf = floorRowOf.baseAddress else { return [] }
                        let search = Search(
                            detector: self, run: r, count: count, cost: base,
                            forward: base + count * maxLength, backward: base + count * maxLength + count + 1,
                            tables: tables, floors: floors, floorRowOf: floorRowOf
                        )
                        return search.suspects()
                    }
                }
            }
        }
        return Self.nonOverlapping(found)
    }

    /// One run's search over borrowed memory: the run, and its word-cost table and
    /// segmentation costs from either end, in the caller's scratch buffer.
    private struct Search {
        let detector: TypoDetector
        let run: UnsafePointer<UInt16>
        let count: Int
        /// cost[i * maxLength + length - 1]: the word run[i..<i + length], or -1.
        let cost: UnsafeMutablePointer<Int32>
        let forward: UnsafeMutablePointer<Int32>
        let backward: UnsafeMutablePointer<Int32>

        var lexicon: TypoLexicon { detector.lexicon }
        let tables: SearchTables
        /// `tables.floors` and `tables.floorRowOf`, borrowed for the run.
        let floors: UnsafePointer<UInt8>
        let floorRowOf: UnsafePointer<UInt16>

        func suspects() -> [Suspect] {
            let maxLength = TypoLexicon.maxWordLength
            let p = detector.parameters
            let lexicon = self.lexicon
            for start in 0..<count {
                let row = cost + start * maxLength
                row[0] = lexicon.singleCost(run[start]) ?? p.unknownSingle
                row[1] = -1; row[2] = -1; row[3] = -1; row[4] = -1
                // No word starts with these two (three) characters: none longer either.
                guard start + 1 < count, lexicon.mayStartWord(run[start], run[start + 1]) else { continue }
                var packed = UInt64(run[start]) << 48 | UInt64(run[start + 1]) << 32
                if let found = lexicon.cost(packedKey: packed) { row[1] = found }
                guard start + 2 < count, lexicon.mayStartWord(run[start], run[start + 1], run[start + 2]) else { continue }
                packed |= UInt64(run[start + 2]) << 16
                if let found = lexicon.cost(packedKey: packed) { row[2] = found }
                guard start + 3 < count else { continue }
                packed |= UInt64(run[start + 3])
                guard lexicon.mayStartWord(packed: packed) else { continue }
                if let found = lexicon.cost(packedKey: packed) { row[3] = found }
                guard start + 4 < count else { continue }
                if let found = lexicon.cost(packedKey: TypoLexicon.fiveKey(packed, run[start + 4])) { row[4] = found }
            }
            let infinity = Int32.max / 4
            forward[0] = 0
            for end in 1...count {
                var best = infinity
                for length in 1...min(maxLength, end) {
                    let word = cost[(end - length) * maxLength + length - 1]
                    if word >= 0 { best = min(best, forward[end - length] + word) }
                }
                forward[end] = best
            }
            backward[count] = 0
            for start in stride(from: count - 1, through: 0, by: -1) {
                var best = infinity
                for length in 1...min(maxLength, count - start) {
                    let word = cost[start * maxLength + length - 1]
                    if word >= 0 { best = min(best, word + backward[start + length]) }
                }
                backward[start] = best
            }
            let total = forward[count]

            var found: [Suspect] = []
            var start = 0
            while start < count {
                // The best path's word at `start`.
                var length = 1
                for candidate in 1...min(maxLength, count - start) {
                    let word = cost[start * maxLength + candidate - 1]
                    if word >= 0 && forward[start] + word + backward[start + candidate] == total {
                        length = candidate
                        break
                    }
                }
                let wordCost = cost[start * maxLength + length - 1]
                if length == 1 || wordCost >= p.rare {
                    for position in start..<(start + length) where length > 1 || wordCost > p.commonestSingle {
                        if let suspect = best(at: position, total, wordStart: -1, wordEnd: -1) {
                            found.append(suspect)
                        }
                    }
                } else if p.inWordExtra >= 0 {
                    // A slip that happens to form a word (影业执照, 中意药) shows only as a longer
                    // word across it: try those windows, with a higher bar.
                    for position in start..<(start + length) {
                        if let suspect = best(at: position, total, wordStart: start, wordEnd: start + length) {
                            found.append(suspect)
                        }
                    }
                }
                start += length
            }
            return found
        }

        /// The best substitution for the character at `position`, if any clears its threshold;
        /// `wordStart ≥ 0`: the slip sits inside the best path's word `wordStart..<wordEnd`.
        private func best(at position: Int, _ total: Int32, wordStart: Int, wordEnd: Int) -> Suspect? {
            let p = detector.parameters
            let lexicon = self.lexicon
            let maxLength = TypoLexicon.maxWordLength
            let inWord = wordStart >= 0
            let original = Int(run[position])
            // Only a character with confusions has a row.
            let row = Int(floorRowOf[original])
            guard row != 0 else { return nil }
            let listStart = Int(tables.rowLists[2 &* row])
            let listEnd = Int(tables.rowLists[2 &* row &+ 1])
            let cheapestChannel = min(p.channelCost.0, p.channelCost.1, p.channelCost.2)
            let floorRow = floors + row &* 16
            var best: Suspect?
            var bestGain: Int32 = 0
            for length in (inWord ? 3 : 2)...maxLength where length <= count {
                let threshold = length == 2 ? p.threshold2 : p.threshold3 + (inWord ? p.inWordExtra : 0)
                let first = max(0, position - length + 1)
                let last = min(position, count - length)
                guard first <= last else { continue }
                for start in first...last {
                    let offset = position &- start
                    // The substituted word must cost less than this to clear the threshold and
                    // beat the best so far; no substitution here costs less than the floor.
                    let outside = total &- forward[start] &- backward[start &+ length] &- max(threshold, bestGain)
                    if outside <= Int32(floorRow[TypoCorrectionFloors.slot(length, offset)]) { continue }
                    // Inside a word, only a window that reaches past it.
                    if inWord && start >= wordStart && start + length <= wordEnd { continue }
                    let existing = cost[start * maxLength + length - 1]
                    if existing >= 0 && existing < p.rare { continue }
                    let budget = outside - cheapestChannel
                    if isCompound(start, length, offset) { continue }
                    // Past the substituted place the window's start is fixed: test it once.
                    if offset >= 2 && !(offset == 4
                        ? lexicon.mayStartWord(packed: TypoLexicon.key4(run + start))
                        : offset == 3
                        ? lexicon.mayStartWord(run[start], run[start + 1], run[start + 2])
                        : lexicon.mayStartWord(run[start], run[start + 1])) { continue }
                    // Three or more: the masked filter, and the masked characters' signature
                    // that each confusable is tested in below (two: every bit set).
                    let signature = length >= 3 ? lexicon.maskedSignature(run + start, length, at: offset, folded: tables.foldedMasked) : .all
                    if signature.isEmpty { continue }
                    // The window's key with the substituted character's lane left empty; the
                    // fifth character of a five-character word is folded in by `fiveKey`.
                    var packed: UInt64 = 0
                    for index in 0..<min(length, 4) where index != offset {
                        packed |= UInt64(run[start + index]) << UInt64(48 - 16 * index)
                    }
                    let lane = offset < 4 ? UInt64(48 - 16 * offset) : 0
                    let fifth: UInt16 = length == 5 && offset != 4 ? run[start + 4] : 0
                    var attested: Bool?
                    // A word's first two (three) characters are in the small start filters:
                    // tested there first, a substitute within them rarely reaches the 1 MB Bloom filter.
                    let (first0, first1, first2) = (run[start], run[start + 1], length >= 3 ? run[start + 2] : 0)
                    for index in listStart..<listEnd {
                        let entry = lexicon.confusedWith[index]
                        let substitute = UInt16(truncatingIfNeeded: entry)
                        if !signature.admits(substitute) { continue }
                        switch (length, offset) {
                        case (2, 0): if !lexicon.mayStartWord(substitute, first1) { continue }
                        case (2, _): if !lexicon.mayStartWord(first0, substitute) { continue }
                        case (_, 0): if !lexicon.mayStartWord(substitute, first1, first2) { continue }
                        case (_, 1): if !lexicon.mayStartWord(first0, substitute, first2) { continue }
                        case (_, 2): if !lexicon.mayStartWord(first0, first1, substitute) { continue }
                        case (_, 3): if !lexicon.mayStartWord(packed: packed | UInt64(substitute)) { continue }
                        default: break
                        }
                        let key: UInt64
                        if length < 5 {
                            key = packed | UInt64(substitute) << lane
                        } else if offset < 4 {
                            key = TypoLexicon.fiveKey(packed | UInt64(substitute) << lane, fifth)
                        } else {
                            key = TypoLexicon.fiveKey(packed, substitute)
                        }
                        guard let word = lexicon.correctionCost(key: key, folded: tables.foldedCorrection), word < budget else { continue }
                        let channel: Int32
                        switch entry >> 16 {
                        case 0: channel = p.channelCost.0
                        case 1: channel = p.channelCost.1
                        default: channel = p.channelCost.2
                        }
                        let gain = total - (forward[start] + word + backward[start + length] + channel)
                        guard gain > threshold, gain > bestGain else { continue }
                        // Two characters that sit side by side inside a longer word are no slip.
                        if length == 2 {
                            if attested == nil { attested = lexicon.isAttestedPair(run[start], run[start + 1]) }
                            if attested == true { continue }
                        }
                        best = Suspect(start: start, length: length, position: position, replacement: substitute, gain: gain)
                        bestGain = gain
                    }
                }
            }
            return best
        }

        /// Whether the window reads as a word plus the suspect character standing at its edge as
        /// a productive affix (安置户, 预警期, 自规局) or as a common word of its own (使辖区).
        private func isCompound(_ start: Int, _ length: Int, _ offset: Int) -> Bool {
            let maxLength = TypoLexicon.maxWordLength
            let parameters = detector.parameters
            let single = cost[(start + offset) * maxLength]
            // The rest of the window must be a word (a lone character: a word of its own), and
            // not a rare one (大数局 is 大数据 misspelt, not 大数 + 局).
            func isWord(_ at: Int) -> Bool {
                let rest = cost[at * maxLength + length - 2]
                return rest >= 0 && (length > 2 ? rest < parameters.rare : rest < parameters.unknownSingle)
            }
            // Beside a lone character a common one is no evidence (建没 is still a slip).
            let common = length > 2 && single <= parameters.commonSingle
            if offset == length - 1, isWord(start) {
                return common || tables.suffixes.contains(run[start + offset])
            }
            if offset == 0, isWord(start + 1) {
                return common || tables.prefixes.contains(run[start])
            }
            return false
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
