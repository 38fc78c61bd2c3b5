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
}
