/// The scan: every match of every pattern in one pass over UTF-8 text (see
/// `MultiPatternMatcher`).
extension MultiPatternMatcher {
    /// Calls `body` for every match in `bytes[range]`, in order of match end
    /// (nested matches ending at the same byte: longest first; equal patterns: highest
    /// index first). Only matches wholly inside the range and starting at a scalar
    /// boundary are reported.
    public func forEachMatch(in bytes: [UInt8], range: Range<Int>? = nil, _ body: (Match) -> Void) {
        let range = (range ?? 0..<bytes.count).clamped(to: 0..<bytes.count)
        guard labels.count > 1, !range.isEmpty else { return }
        // Unchecked reads in the per-scalar loop (the range is clamped above; states, symbols
        // and links are ids the constructor made): bounds checks cost as much as the lookup.
        bytes.withUnsafeBufferPointer { text in
        symbolPages.withUnsafeBufferPointer { pages in
        symbolBlocks.withUnsafeBufferPointer { blocks in
        nodes.withUnsafeBufferPointer { nodes in
        labels.withUnsafeBufferPointer { labels in
        childSlots.withUnsafeBufferPointer { slots in
        rootStarts.withUnsafeBufferPointer { starts in
        rootEnds.withUnsafeBufferPointer { ends in
        startPairs.withUnsafeBufferPointer { pairs in
            let end = range.upperBound
            let shift = startPairShift
            var index = range.lowerBound
            // The state and its first two record words, kept from the step that entered it.
            var state: UInt32 = 0
            var first: UInt32 = 0
            var count: UInt32 = 0
            while index < end {
                if state == 0 {
                    // At the root a character that starts no pattern leaves the state at the
                    // root: skip ASCII and three-byte characters by one bit test. Anything else
                    // (a starting character, other lengths, broken continuation bytes) goes the
                    // general way. A three-byte form that decodes to no scalar (overlong,
                    // surrogate) is three units none of which starts a scalar, so skipping it
                    // whole when its bit is clear matches nothing, as the general way would.
                    while index < end {
                        let lead = UInt32(text[index])
                        if lead < 0x80 {
                            if starts[Int(lead >> 6)] & (1 << UInt64(lead & 63)) != 0,
                               !Self.staysAtRoot(after: lead, next: index &+ 1, end: end, text: text, ends: ends, pairs: pairs, shift: shift) { break }
                            index &+= 1
                            continue
                        }
                        if index &+ 4 <= end, let base = text.baseAddress {
                            // A run of three-byte characters (nearly all of Chinese text) in a
                            // tight loop: one four-byte load tests the lead's class and both
                            // continuation bytes in one mask, and the bit set's word and bit come
                            // straight from the bytes (word: the lead's four bits and the first
                            // continuation's six; bit: the second continuation's six).
                            var word = ThreeByteWord.load(base, at: index)
                            guard ThreeByteWord.startsThreeByteCharacter(word) else { break }
                            while true {
                                let row = Int((word & 0x0F) &<< 6 | (word &>> 8) & 0x3F)
                                if starts[row] & (1 &<< UInt64((word &>> 16) & 0x3F)) != 0 {
                                    let value = UInt32(row) &<< 6 | (word &>> 16) & 0x3F
                                    if !Self.staysAtRoot(after: value, next: index &+ 3, end: end, text: text, ends: ends, pairs: pairs, shift: shift) { break }
                                }
                                index &+= 3
                                guard index &+ 4 <= end else { break }
                                word = ThreeByteWord.load(base, at: index)
                                guard ThreeByteWord.startsThreeByteCharacter(word) else { break }
                            }
                            // Stopped at a starting character (the general way takes it), or
                            // at anything else (the byte-wise test below takes it).
                            if index &+ 4 <= end, ThreeByteWord.startsThreeByteCharacter(word) { break }
                            continue
                        }
                        guard lead & 0xF0 == 0xE0, index &+ 2 < end else { break }
                        let b1 = UInt32(text[index &+ 1]), b2 = UInt32(text[index &+ 2])
                        guard b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 else { break }
                        let value = (lead & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)
                        if starts[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0,
                           !Self.staysAtRoot(after: value, next: index &+ 3, end: end, text: text, ends: ends, pairs: pairs, shift: shift) { break }
                        index &+= 3
                    }
                    if index >= end { break }
                }
                let (scalar, length) = Self.decodeQuickly(text, at: index, end: end)
                index &+= length
                // Bytes past the end of a valid scalar never start one: an invalid unit and a
                // scalar used by no pattern both leave nothing to continue from.
                let entry = scalar == Self.invalid ? 0 : Int(pages[Int(scalar >> 8)]) &+ Int(scalar & 0xFF) &* Self.entryStride
                let symbol = blocks[entry]
                if symbol == 0 {
                    state = 0
                    continue
                }
                var child: UInt32 = 0
                while true {
                    if state != 0 {
                        let next = Self.step(symbol: symbol, first: first, count: count, nodes: nodes, labels: labels, slots: slots)
                        if next.0 != 0 {
                            (child, first, count) = next
                            break
                        }
                        state = nodes[Int(state) &* Self.stride &+ 2]
                        if state != 0 {
                            first = nodes[Int(state) &* Self.stride]
                            count = nodes[Int(state) &* Self.stride &+ 1]
                            continue
                        }
                    }
                    child = blocks[entry &+ 1]
                    first = blocks[entry &+ 2]
                    count = blocks[entry &+ 3]
                    break
                }
                state = child & ~Self.outputFlag
                if child & Self.outputFlag != 0 {
                    report(from: nodes[Int(state) &* Self.stride &+ 3], end: index, body)
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
    }

    /// Reports the patterns ending at `node` and along its output links, all ending at `end`.
    private func report(from node: UInt32, end: Int, _ body: (Match) -> Void) {
        var node = Int(node)
        while node > 0 {
            var pattern = patternAtNode[node]
            while pattern >= 0 {
                body(Match(start: end - Int(patternLengths[Int(pattern)]), end: end, pattern: Int(pattern)))
                pattern = nextPatternAtNode[Int(pattern)]
            }
            node = Int(outputLink[node])
        }
    }

    /// Every match in `bytes[range]`, in the order `forEachMatch` reports them.
    public func matches(in bytes: [UInt8], range: Range<Int>? = nil) -> [Match] {
        var result: [Match] = []
        forEachMatch(in: bytes, range: range) { result.append($0) }
        return result
    }
}
