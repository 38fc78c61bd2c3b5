/// The substitution search of one run (see TypoDetector): for a character on the best path,
/// every window of two to five characters around it is tried with the characters it is
/// confused with, cheapest bounds first (the correction floors, the masked-word filter and its
/// signature, the start filters, the correction filter) and a word-table probe last.
extension TypoDetector.Search {
    /// The best substitution for the character at `position`, if any clears its threshold;
    /// `wordStart ≥ 0`: the slip sits inside the best path's word `wordStart..<wordEnd`, and
    /// only the windows `windows` names are tried (see `alignedWindows`).
    func best(at position: Int, _ total: Int32, wordStart: Int, wordEnd: Int, windows: UInt32) -> TypoDetector.Suspect? {
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
        var best: TypoDetector.Suspect?
        var bestGain: Int32 = 0
        for length in (inWord ? 3 : 2)...maxLength where length <= count {
            let lengthWindows = inWord ? windows >> UInt32((length &- 3) &* 5) & 0x1F : 0
            if inWord && lengthWindows == 0 { continue }
            let threshold = length == 2 ? p.threshold2 : p.threshold3 + (inWord ? p.inWordExtra : 0)
            let first = max(0, position - length + 1)
            let last = min(position, count - length)
            guard first <= last else { continue }
            for start in first...last {
                // Inside a word, only a window of whole words of the path that reaches past it.
                if inWord {
                    if p.alignedInWord {
                        if start > wordStart || lengthWindows & (1 << UInt32(wordStart &- start)) == 0 { continue }
                    } else if start >= wordStart && start + length <= wordEnd { continue }
                }
                let offset = position &- start
                // The substituted word must cost less than this to clear the threshold and
                // beat the best so far; no substitution here costs less than the floor.
                let outside = total &- forward[start] &- backward[start &+ length] &- max(threshold, bestGain)
                if outside <= Int32(floorRow[TypoCorrectionFloors.slot(length, offset)]) { continue }
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
                let signature = length >= 3 ? lexicon.maskedSignature(run + start, length, at: offset, folded: tables.foldedMasked) : ~0
                if signature == 0 { continue }
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
                    if signature & TypoLexicon.signatureBit(substitute) == 0 { continue }
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
                    best = TypoDetector.Suspect(start: start, length: length, position: position, replacement: substitute, gain: gain)
                    bestGain = gain
                }
            }
        }
        return best
    }

    /// Whether the window reads as a word plus the suspect character standing at its edge as
    /// a productive affix (安置户, 预警期, 自规局) or as a common word of its own (使辖区).
    func isCompound(_ start: Int, _ length: Int, _ offset: Int) -> Bool {
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
