/// One step of the automaton below the root (a node's child along a symbol, from its sorted
/// children or its hashed table) and the root's start-pair filter.
extension MultiPatternMatcher {
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
}
