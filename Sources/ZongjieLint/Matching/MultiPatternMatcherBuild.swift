/// Building the automaton (see `MultiPatternMatcher`): the trie over symbols, its
/// breadth-first layout, failure and output links, and the hashed tables of wide nodes.
/// Done once per run; the scan is in `MultiPatternMatcher+Scan.swift`.
extension MultiPatternMatcher {
    /// Builds the automaton for `patterns`. Empty patterns are kept (so indices
    /// stay aligned with the caller's array) but never match.
    public init(patterns: [String]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(patterns.count + 1)
        bytes.reserveCapacity(patterns.count * 12)
        for pattern in patterns {
            bytes.append(contentsOf: pattern.utf8)
            offsets.append(bytes.count)
        }
        self.init(flat: bytes, offsets: offsets)
    }

    /// Builds the automaton for patterns given as UTF-8 byte arrays.
    public init(bytePatterns patterns: [[UInt8]]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        for pattern in patterns {
            bytes.append(contentsOf: pattern)
            offsets.append(bytes.count)
        }
        self.init(flat: bytes, offsets: offsets)
    }

    /// Pattern `i` is `bytes[offsets[i]..<offsets[i + 1]]`: one buffer, no array per pattern.
    private init(flat bytes: [UInt8], offsets: [Int]) {
        let count = offsets.count - 1
        var patternLengths = [Int32](repeating: 0, count: count)
        var pages = [UInt32](repeating: 0, count: 0x110000 >> 8)
        var blocks = [UInt32](repeating: 0, count: 256)
        var symbolCount: UInt32 = 0
        // Each pattern as symbols, in one buffer; ill-formed patterns get an empty range.
        var symbols: [UInt32] = []
        symbols.reserveCapacity(bytes.count)
        var symbolStart = [Int](repeating: 0, count: count + 1)
        // The first two scalars of each well-formed pattern (`invalid` for a one-scalar one),
        // for the root's start filter.
        var leadingPairs: [(UInt32, UInt32)] = []
        bytes.withUnsafeBufferPointer { text in
            for pattern in 0..<count {
                let start = offsets[pattern], end = offsets[pattern + 1]
                patternLengths[pattern] = Int32(end - start)
                let mark = symbols.count
                var index = start
                var pair = (Self.invalid, Self.invalid)
                while index < end {
                    let (scalar, length) = Self.decode(text, at: index, end: end)
                    if scalar == Self.invalid {
                        symbols.removeSubrange(mark...)
                        break
                    }
                    if symbols.count == mark { pair.0 = scalar } else if symbols.count == mark + 1 { pair.1 = scalar }
                    let page = Int(scalar >> 8)
                    if pages[page] == 0 {
                        pages[page] = UInt32(blocks.count)
                        blocks.append(contentsOf: repeatElement(0, count: 256))
                    }
                    let slot = Int(pages[page]) + Int(scalar & 0xFF)
                    if blocks[slot] == 0 {
                        symbolCount += 1
                        blocks[slot] = symbolCount
                    }
                    symbols.append(blocks[slot])
                    index += length
                }
                symbolStart[pattern + 1] = symbols.count
                if symbols.count > mark { leadingPairs.append(pair) }
            }
        }
        // Patterns sorted by symbols (equal ones adjacent, by index): the trie's breadth-first
        // layout follows from the ranges of this order.
        var order = (0..<count).filter { symbolStart[$0 + 1] > symbolStart[$0] }
        var firstEqualPattern = (0..<count).map(Int32.init)
        symbols.withUnsafeBufferPointer { symbols in
            symbolStart.withUnsafeBufferPointer { starts in
                order.sort { left, right in
                    var a = starts[left], b = starts[right]
                    let aEnd = starts[left + 1], bEnd = starts[right + 1]
                    while a < aEnd && b < bEnd {
                        if symbols[a] != symbols[b] { return symbols[a] < symbols[b] }
                        a += 1
                        b += 1
                    }
                    if a < aEnd || b < bEnd { return b < bEnd }
                    return left < right
                }
            }
        }
        var firstChild: [UInt32] = [0]
        var childCount: [UInt32] = [0]
        var labels: [UInt32] = [0]
        var parent: [UInt32] = [0]
        var patternAtNode: [Int32] = [-1]
        var nextPatternAtNode = [Int32](repeating: -1, count: count)
        // Breadth-first queue of (node, range in `order`, depth): the patterns below that node.
        var queue: [(node: Int, low: Int, high: Int, depth: Int)] = [(0, 0, order.count, 0)]
        queue.reserveCapacity(symbols.count / 2 + 1)
        var head = 0
        while head < queue.count {
            let (node, low, high, depth) = queue[head]
            head += 1
            firstChild[node] = UInt32(labels.count)
            var index = low
            // Patterns exactly `depth` long end at this node; they sort first in the range.
            while index < high && symbolStart[order[index] + 1] - symbolStart[order[index]] == depth {
                let pattern = order[index]
                if index > low { firstEqualPattern[pattern] = firstEqualPattern[order[low]] }
                nextPatternAtNode[pattern] = patternAtNode[node]
                patternAtNode[node] = Int32(pattern)
                index += 1
            }
            var children: UInt32 = 0
            while index < high {
                let symbol = symbols[symbolStart[order[index]] + depth]
                var end = index + 1
                while end < high && symbols[symbolStart[order[end]] + depth] == symbol { end += 1 }
                queue.append((labels.count, index, end, depth + 1))
                labels.append(symbol)
                parent.append(UInt32(node))
                firstChild.append(0)
                childCount.append(0)
                patternAtNode.append(-1)
                children += 1
                index = end
            }
            childCount[node] = children
        }
        let nodeCount = labels.count
        var rootNext = [UInt32](repeating: 0, count: Int(symbolCount) + 1)
        for child in Int(firstChild[0])..<Int(firstChild[0] + childCount[0]) {
            rootNext[Int(labels[child])] = UInt32(child)
        }
        // Node ids are in breadth-first order, so a node's failure target is always done before it.
        var failure = [UInt32](repeating: 0, count: nodeCount)
        var outputLink = [UInt32](repeating: 0, count: nodeCount)
        var records = [UInt32](repeating: 0, count: nodeCount * Self.stride)
        // Nodes with many children (frequent first characters of a large dictionary) look
        // them up in a small hash table: bisecting hundreds of labels mispredicts every step.
        var slots: [UInt32] = []
        var hashedNodes: [Int] = []
        labels.withUnsafeBufferPointer { labels in
            for node in 0..<nodeCount {
                if node > 0 && parent[node] != 0 {
                    let symbol = labels[node]
                    var candidate = Int(failure[Int(parent[node])])
                    while true {
                        let next = candidate == 0
                            ? rootNext[Int(symbol)]
                            : Self.sortedChild(symbol: symbol, first: firstChild[candidate], count: childCount[candidate], labels: labels)
                        if next != 0 {
                            failure[node] = next
                            break
                        }
                        if candidate == 0 { break }
                        candidate = Int(failure[candidate])
                    }
                    let target = Int(failure[node])
                    outputLink[node] = patternAtNode[target] >= 0 ? UInt32(target) : outputLink[target]
                }
                let base = node * Self.stride
                if childCount[node] > Self.linearChildren && node > 0 {
                    var size = 16
                    while size < Int(childCount[node]) * 2 { size <<= 1 }
                    records[base] = UInt32(slots.count)
                    records[base + 1] = Self.hashedFlag | UInt32(size - 1)
                    // A filter of 4 bits a slot (8 a child) first, then the table (filled below,
                    // once every child's record is known).
                    slots.append(contentsOf: repeatElement(0, count: size / 8 + size * Self.slotStride))
                    hashedNodes.append(node)
                } else {
                    records[base] = firstChild[node]
                    records[base + 1] = childCount[node]
                }
                records[base + 2] = failure[node]
                records[base + 3] = node == 0 ? 0 : (patternAtNode[node] >= 0 ? UInt32(node) : outputLink[node])
            }
        }
        // A slot holds what stepping into the child needs: no second load for its record.
        for node in hashedNodes {
            let filter = Int(records[node * Self.stride])
            let mask = Int(records[node * Self.stride + 1] & ~Self.hashedFlag)
            let table = filter + (mask + 1) / 8
            for child in Int(firstChild[node])..<Int(firstChild[node] + childCount[node]) {
                let hash = Self.slotHash(labels[child])
                slots[filter + Self.filterWord(hash, mask: mask)] |= Self.filterBits(hash)
                var slot = hash & mask
                while slots[table + slot * Self.slotStride] != 0 { slot = (slot + 1) & mask }
                let at = table + slot * Self.slotStride
                slots[at] = labels[child]
                slots[at + 1] = UInt32(child) | (records[child * Self.stride + 3] != 0 ? Self.outputFlag : 0)
                slots[at + 2] = records[child * Self.stride]
                slots[at + 3] = records[child * Self.stride + 1]
            }
        }
        self.patternLengths = patternLengths
        self.firstEqualPattern = firstEqualPattern
        var entries = [UInt32](repeating: 0, count: blocks.count * Self.entryStride)
        for (slot, symbol) in blocks.enumerated() where symbol != 0 {
            let child = Int(rootNext[Int(symbol)])
            let base = slot * Self.entryStride
            entries[base] = symbol
            if child != 0 {
                entries[base + 1] = UInt32(child) | (records[child * Self.stride + 3] != 0 ? Self.outputFlag : 0)
                entries[base + 2] = records[child * Self.stride]
                entries[base + 3] = records[child * Self.stride + 1]
            }
        }
        self.symbolBlocks = entries
        var rootStarts = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in 0..<0x10000 {
            let page = Int(pages[scalar >> 8])
            guard page != 0 else { continue }
            let symbol = blocks[page + (scalar & 0xFF)]
            if symbol != 0 && rootNext[Int(symbol)] != 0 { rootStarts[scalar >> 6] |= 1 << UInt64(scalar & 63) }
        }
        self.rootStarts = rootStarts
        (rootEnds, startPairs, startPairShift) = Self.startFilter(leadingPairs)
        self.symbolPages = pages.map { $0 * UInt32(Self.entryStride) }
        self.nodes = records
        self.labels = labels
        self.childSlots = slots
        self.patternAtNode = patternAtNode
        self.nextPatternAtNode = nextPatternAtNode
        self.outputLink = outputLink
    }

    /// The root's start filter (see `rootEnds`, `startPairs`): the BMP scalars that are a
    /// whole pattern, and a bit set of hashed first-two-scalar pairs, sized to stay sparse
    /// (about one bit in eight set) up to 128 KB.
    private static func startFilter(_ pairs: [(UInt32, UInt32)]) -> (ends: [UInt64], pairs: [UInt64], shift: UInt32) {
        var ends = [UInt64](repeating: 0, count: 0x10000 / 64)
        var bits: UInt32 = 16
        while bits < 20 && (1 << bits) < pairs.count * 8 { bits += 1 }
        var set = [UInt64](repeating: 0, count: (1 << Int(bits)) / 64)
        let shift = 32 - bits
        for (first, second) in pairs {
            if second == invalid {
                if first < 0x10000 { ends[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            } else {
                let hash = pairHash(first, second, shift: shift)
                set[hash >> 6] |= 1 << UInt64(hash & 63)
            }
        }
        return (ends, set, shift)
    }

    /// The child along `symbol` among the sorted `labels[first..<first + count]`, or 0 (build time).
    private static func sortedChild(symbol: UInt32, first: UInt32, count: UInt32, labels: UnsafeBufferPointer<UInt32>) -> UInt32 {
        var low = Int(first)
        var high = low + Int(count)
        while low < high {
            let mid = (low + high) >> 1
            let label = labels[mid]
            if label == symbol { return UInt32(mid) }
            if label < symbol { low = mid + 1 } else { high = mid }
        }
        return 0
    }
}
