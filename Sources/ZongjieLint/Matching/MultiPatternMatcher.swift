/// Aho–Corasick automaton over the Unicode scalars of UTF-8 text: finds every
/// occurrence of every pattern (overlapping and nested included) in one pass,
/// reporting byte offsets.
///
/// Built once per run from the whole dictionary. The trie is over scalars, not
/// bytes: a CJK term is a third as deep, and at every text position the state
/// moves once per character. Scalars are renamed to dense symbols (a two-level
/// page table, about 100 KB for CJK), so the root is one array lookup and a
/// character that occurs in no pattern resets the state with no search.
/// Nodes are laid out breadth-first with each node's children contiguous and
/// sorted by symbol, and a node's child range, failure link and first output
/// sit together in one 16-byte record: with a 100,000-entry dictionary, the
/// part of the automaton that real text touches stays in cache.
///
/// Matching scalars is matching bytes at scalar boundaries: a well-formed
/// pattern occurs at a scalar boundary of the text exactly when its scalars
/// occur there. Ill-formed byte sequences in the text match nothing; patterns
/// that are empty or not well-formed UTF-8 are kept (indices stay aligned) but
/// never match.
public struct MultiPatternMatcher: Sendable {
    /// One occurrence: bytes `[start, end)` of the text hold pattern `pattern`
    /// (an index into the array the matcher was built from).
    public struct Match: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var pattern: Int

        public init(start: Int, end: Int, pattern: Int) {
            self.start = start
            self.end = end
            self.pattern = pattern
        }
    }

    /// Byte length of each pattern, by pattern index.
    let patternLengths: [Int32]
    /// Per pattern: the lowest index of a pattern with the same bytes (itself when first).
    let firstEqualPattern: [Int32]
    /// Scalar → symbol, first level: per page of 256 scalars, the offset of its block in
    /// `symbolBlocks` (0: the all-zero block, no pattern uses a scalar of that page).
    let symbolPages: [UInt32]
    /// Scalar → symbol, second level: blocks of 256 entries of `entryStride` words: the
    /// symbol (0: in no pattern), the root's child along it (high bit: a pattern ends there),
    /// and that child's first two record words. One line gives the symbol to look for below
    /// the current state and the state to fall back to, which is usually the answer, with
    /// what the next character needs of it.
    let symbolBlocks: [UInt32]
    /// Per node, `Self.stride` words: first child, child count, failure link, and the first
    /// node to report from (itself when a pattern ends there, else its nearest output on the
    /// failure chain, else 0).
    let nodes: [UInt32]
    /// Per node: the symbol on the edge into it. A node's children are contiguous and sorted.
    let labels: [UInt32]
    /// Hashed child tables, pairs of (symbol, child), for nodes with many children.
    let childSlots: [UInt32]
    /// Per node: first pattern ending exactly here (the highest index), or -1; more via
    /// `nextPatternAtNode`.
    let patternAtNode: [Int32]
    /// Per pattern: another pattern ending at the same node (duplicates), or -1.
    let nextPatternAtNode: [Int32]
    /// Per node: nearest node on the failure chain (excluding itself) where a pattern ends, or 0.
    let outputLink: [UInt32]
    /// One bit per BMP scalar: set when a pattern starts with it (the root has a child along
    /// it). 8 KB, so the root state can skip the characters that start nothing from L1 without
    /// the two dependent loads of the symbol tables.
    let rootStarts: [UInt64]
    /// One bit per BMP scalar: set when the scalar alone is a pattern.
    let rootEnds: [UInt64]
    /// Hashed pairs of a pattern's first two scalars (`pairHash`), one bit each. At the root,
    /// a starting character that is no pattern itself and whose pair with the next character
    /// is not set leads nowhere: the next character fails back to the root (a depth-one node
    /// fails to the root), so it is skipped like a character that starts nothing. The usage
    /// marks made ，。、 and 年 starting characters; nearly always the next character is not
    /// one that continues them.
    let startPairs: [UInt64]
    /// `32 - log2(bits in startPairs)`.
    let startPairShift: UInt32

    static let stride = 4
    static let entryStride = 4
    /// Words per slot of a hashed child table: symbol, child (with `outputFlag`), and the
    /// child's first two record words.
    static let slotStride = 4
    /// Marks a child in a symbol entry or table slot as a node with something to report.
    static let outputFlag: UInt32 = 0x8000_0000
    /// Children searched one by one up to this count, in a hash table above.
    static let linearChildren: UInt32 = 8

    /// Number of patterns the matcher was built from (empty ones included, never matched).
    public var patternCount: Int { patternLengths.count }

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

    /// The child along `symbol` of the node whose record holds `first` and `count`: its id
    /// (with `outputFlag` when it has something to report, 0 when there is no such child)
    /// and its first two record words.
    @inline(__always)
    static func step(symbol: UInt32, first: UInt32, count: UInt32, nodes: UnsafeBufferPointer<UInt32>, labels: UnsafeBufferPointer<UInt32>, slots: UnsafeBufferPointer<UInt32>) -> (UInt32, UInt32, UInt32) {
        if count & hashedFlag != 0 {
            // Mostly the symbol is no child: a filter an eighth of the table's size answers
            // that from cache. Else open addressing, linear probing, at most half full.
            let mask = Int(count & ~hashedFlag)
            let hash = slotHash(symbol)
            let bits = filterBits(hash)
            if slots[Int(first) &+ filterWord(hash, mask: mask)] & bits != bits { return (0, 0, 0) }
            let table = Int(first) &+ (mask &+ 1) >> 3
            var slot = hash & mask
            while true {
                let at = table &+ slot &* slotStride
                let label = slots[at]
                if label == symbol { return (slots[at &+ 1], slots[at &+ 2], slots[at &+ 3]) }
                if label == 0 { return (0, 0, 0) }
                slot = (slot &+ 1) & mask
            }
        }
        var index = Int(first)
        let end = index + Int(count)
        while index < end {
            if labels[index] == symbol {
                let base = index &* stride
                return (UInt32(index) | (nodes[base &+ 3] != 0 ? outputFlag : 0), nodes[base], nodes[base &+ 1])
            }
            index += 1
        }
        return (0, 0, 0)
    }

    /// Marks a record's count word as the slot mask of a hashed child table.
    static let hashedFlag: UInt32 = 0x8000_0000

    /// The filter word of a hashed node (`mask + 1` slots, `(mask + 1) / 8` words) for `hash`.
    @inline(__always)
    static func filterWord(_ hash: Int, mask: Int) -> Int {
        (hash >> 5) & (mask >> 3)
    }

    /// Two bits of one filter word for `hash`: about a twentieth of absent symbols pass.
    @inline(__always)
    static func filterBits(_ hash: Int) -> UInt32 {
        (1 << UInt32(hash & 31)) | (1 << UInt32((hash >> 20) & 31))
    }

    /// Bit index in `startPairs` of the pair (`first`, `second`).
    @inline(__always)
    static func pairHash(_ first: UInt32, _ second: UInt32, shift: UInt32) -> Int {
        Int(((first &* 0x9E37_79B1) ^ (second &* 0x85EB_CA77)) >> shift)
    }

    /// Whether the state can stay at the root past starting character `scalar` (BMP), whose
    /// next character begins at `next`: it is no pattern alone, and no pattern begins with it
    /// and the next character (as far as `startPairs` tells; a hash collision only sends the
    /// character the general way). Nothing follows it, or an ill-formed byte: nothing
    /// continues it either.
    @inline(__always)
    static func staysAtRoot(after scalar: UInt32, next: Int, end: Int, text: UnsafeBufferPointer<UInt8>,
                            ends: UnsafeBufferPointer<UInt64>, pairs: UnsafeBufferPointer<UInt64>, shift: UInt32) -> Bool {
        if ends[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 { return false }
        guard next < end else { return true }
        let (second, _) = decodeQuickly(text, at: next, end: end)
        if second == invalid { return true }
        let hash = pairHash(scalar, second, shift: shift)
        return pairs[hash >> 6] & (1 << UInt64(hash & 63)) == 0
    }

    @inline(__always)
    static func slotHash(_ symbol: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(symbol) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

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
