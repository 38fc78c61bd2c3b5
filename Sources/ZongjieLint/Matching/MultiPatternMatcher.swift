/// Aho–Corasick automaton over UTF-8 bytes: finds every occurrence of every
/// pattern (overlapping and nested included) in one pass over the text.
///
/// Built once per run from the whole dictionary. Construction is linear in
/// the total pattern length after one sort: patterns are sorted, the trie is
/// laid out breadth-first so each node's children are contiguous and sorted
/// by byte (binary search at match time), and failure links follow in the
/// same order. The root keeps a dense 256-entry table because most text bytes
/// leave the automaton at the root. Small automata (the built-in dictionaries)
/// also get a full 256-wide transition table, so matching is one lookup a byte.
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
    private let patternLengths: [Int32]
    /// Per node: index of its first child, and its child count. Children are contiguous.
    private let firstChild: [Int32]
    private let childCount: [Int32]
    /// Per node: the byte on the edge into it.
    private let label: [UInt8]
    /// Per node: failure link (longest proper suffix that is a trie node).
    private let failure: [Int32]
    /// Per node: first pattern ending exactly here, or -1; more via `nextPatternAtNode`.
    private let patternAtNode: [Int32]
    /// Per pattern: another pattern ending at the same node (duplicates), or -1.
    private let nextPatternAtNode: [Int32]
    /// Per node: nearest node on the failure chain (excluding itself) where a pattern ends, or -1.
    private let outputLink: [Int32]
    /// Root transitions, dense.
    private let rootNext: [Int32]
    /// Full transition table (node * 256 + byte → node) when the automaton is small; else empty.
    private let dense: [Int32]

    /// Largest transition table built (entries): 2M entries, 8 MB, about 8,000 trie nodes.
    public static let defaultDenseLimit = 1 << 21

    /// Number of patterns the matcher was built from (empty ones included, never matched).
    public var patternCount: Int { patternLengths.count }

    /// Builds the automaton for `patterns`. Empty patterns are kept (so indices
    /// stay aligned with the caller's array) but never match.
    public init(patterns: [String]) {
        self.init(bytePatterns: patterns.map { Array($0.utf8) })
    }

    /// Builds the automaton; a full transition table is built only when it would have at most
    /// `denseLimit` entries (0 forces the sparse form, for tests).
    init(patterns: [String], denseLimit: Int) {
        self.init(bytePatterns: patterns.map { Array($0.utf8) }, denseLimit: denseLimit)
    }

    /// Builds the automaton for patterns given as UTF-8 byte arrays.
    public init(bytePatterns patterns: [[UInt8]]) {
        self.init(bytePatterns: patterns, denseLimit: Self.defaultDenseLimit)
    }

    init(bytePatterns patterns: [[UInt8]], denseLimit: Int) {
        patternLengths = patterns.map { Int32($0.count) }
        // Sort pattern indices lexicographically by bytes; equal patterns end up adjacent.
        let order = patterns.indices.filter { !patterns[$0].isEmpty }.sorted {
            patterns[$0].lexicographicallyPrecedes(patterns[$1])
        }
        var firstChild: [Int32] = [0]
        var childCount: [Int32] = [0]
        var label: [UInt8] = [0]
        var parent: [Int32] = [-1]
        var patternAtNode: [Int32] = [-1]
        var nextPatternAtNode = [Int32](repeating: -1, count: patterns.count)
        // Breadth-first queue of (node, range in `order`, depth): the patterns below that node.
        var queue: [(node: Int32, low: Int, high: Int, depth: Int)] = [(0, 0, order.count, 0)]
        var head = 0
        while head < queue.count {
            let (node, low, high, depth) = queue[head]
            head += 1
            firstChild[Int(node)] = Int32(label.count)
            var index = low
            // Patterns exactly `depth` long end at this node; they sort first in the range.
            while index < high && patterns[order[index]].count == depth {
                let pattern = Int32(order[index])
                nextPatternAtNode[Int(pattern)] = patternAtNode[Int(node)]
                patternAtNode[Int(node)] = pattern
                index += 1
            }
            var children: Int32 = 0
            while index < high {
                let byte = patterns[order[index]][depth]
                var end = index + 1
                while end < high && patterns[order[end]][depth] == byte { end += 1 }
                let child = Int32(label.count)
                label.append(byte)
                parent.append(node)
                firstChild.append(0)
                childCount.append(0)
                patternAtNode.append(-1)
                queue.append((child, index, end, depth + 1))
                children += 1
                index = end
            }
            childCount[Int(node)] = children
        }
        let nodeCount = label.count
        var rootNext = [Int32](repeating: 0, count: 256)
        for child in Int(firstChild[0])..<Int(firstChild[0] + childCount[0]) {
            rootNext[Int(label[child])] = Int32(child)
        }
        // Node ids are in breadth-first order, so a node's failure target is always done before it.
        var failure = [Int32](repeating: 0, count: nodeCount)
        var outputLink = [Int32](repeating: -1, count: nodeCount)
        if nodeCount > 1 {
            for node in 1..<nodeCount {
                let up = Int(parent[node])
                if up == 0 { continue }
                var candidate = Int(failure[up])
                let byte = label[node]
                while true {
                    if let next = Self.child(of: candidate, byte: byte, firstChild: firstChild, childCount: childCount, label: label, rootNext: rootNext) {
                        failure[node] = Int32(next)
                        break
                    }
                    if candidate == 0 { break }
                    candidate = Int(failure[candidate])
                }
                let target = Int(failure[node])
                outputLink[node] = patternAtNode[target] >= 0 ? Int32(target) : outputLink[target]
            }
        }
        var dense: [Int32] = []
        if nodeCount > 1 && nodeCount * 256 <= denseLimit {
            dense = [Int32](repeating: 0, count: nodeCount * 256)
            for byte in 0..<256 { dense[byte] = rootNext[byte] }
            for node in 1..<nodeCount {
                let fallback = Int(failure[node]) * 256
                for byte in 0..<256 { dense[node * 256 + byte] = dense[fallback + byte] }
                for child in Int(firstChild[node])..<Int(firstChild[node] + childCount[node]) {
                    dense[node * 256 + Int(label[child])] = Int32(child)
                }
            }
        }
        self.dense = dense
        self.firstChild = firstChild
        self.childCount = childCount
        self.label = label
        self.failure = failure
        self.patternAtNode = patternAtNode
        self.nextPatternAtNode = nextPatternAtNode
        self.outputLink = outputLink
        self.rootNext = rootNext
    }

    /// The child of `node` along `byte`, if any (binary search over the sorted children).
    @inline(__always)
    private static func child(of node: Int, byte: UInt8, firstChild: [Int32], childCount: [Int32], label: [UInt8], rootNext: [Int32]) -> Int? {
        if node == 0 {
            let next = Int(rootNext[Int(byte)])
            return next == 0 ? nil : next
        }
        var low = Int(firstChild[node])
        var high = low + Int(childCount[node])
        while low < high {
            let mid = (low + high) >> 1
            let midByte = label[mid]
            if midByte == byte { return mid }
            if midByte < byte { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// Calls `body` for every match in `bytes[range]`, in order of match end
    /// (nested matches ending at the same byte: longest first). Matches that would start
    /// inside a UTF-8 scalar are skipped.
    public func forEachMatch(in bytes: [UInt8], range: Range<Int>? = nil, _ body: (Match) -> Void) {
        let range = range ?? 0..<bytes.count
        guard label.count > 1 else { return }
        var state = 0
        let isDense = !dense.isEmpty
        for index in range {
            let byte = bytes[index]
            if isDense {
                state = Int(dense[state &* 256 &+ Int(byte)])
            } else {
                while true {
                    if let next = Self.child(of: state, byte: byte, firstChild: firstChild, childCount: childCount, label: label, rootNext: rootNext) {
                        state = next
                        break
                    }
                    if state == 0 { break }
                    state = Int(failure[state])
                }
            }
            if state == 0 { continue }
            var node = patternAtNode[state] >= 0 ? state : Int(outputLink[state])
            while node > 0 {
                var pattern = patternAtNode[node]
                while pattern >= 0 {
                    let length = Int(patternLengths[Int(pattern)])
                    let start = index + 1 - length
                    if start >= range.lowerBound && bytes[start] & 0xC0 != 0x80 {
                        body(Match(start: start, end: index + 1, pattern: Int(pattern)))
                    }
                    pattern = nextPatternAtNode[Int(pattern)]
                }
                node = Int(outputLink[node])
            }
        }
    }

    /// Every match in `bytes[range]`, in the order `forEachMatch` reports them.
    public func matches(in bytes: [UInt8], range: Range<Int>? = nil) -> [Match] {
        var result: [Match] = []
        forEachMatch(in: bytes, range: range) { result.append($0) }
        return result
    }
}
