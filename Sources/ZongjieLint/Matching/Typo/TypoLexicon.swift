import ZongjieResources

/// The `typo` rule's data, parsed once per process from the embedded files that
/// scripts/build_typo_data.py derives (dictionaries/typo/NOTICE names the sources):
/// word costs for segmentation, the characters each character is confused with, and
/// the character pairs attested inside longer words.
///
/// Words are keyed by their scalars packed into 64 bits (16 bits each: every word
/// character is in the basic or extension-A Han block); a five-character word folds
/// its last scalar in by a multiply, which cannot collide with a packed key in practice.
final class TypoLexicon: Sendable {
    static let wordsPath = "dictionaries/typo/words.txt"
    static let confusionsPath = "dictionaries/typo/confusions.txt"
    static let affixesPath = "dictionaries/typo/affixes.txt"
    /// Set on a slot's cost when the word is only a place name (segmented, never offered).
    static let placeOnly: UInt8 = 0x80
    static let maxWordLength = 5

    /// Kinds of confusion, cheapest first (see TypoDetector.Parameters.channelCost).
    enum Kind: UInt8 { case sameSoundSameTone = 0, sameSoundOtherTone = 1, similarShape = 2 }

    /// Open-addressing table: key 0 is empty.
    private let keys: [UInt64]
    /// Cost class per slot: round(2 · ln(total / frequency)), half-nats; `placeOnly` marks names.
    private let costs: [UInt8]
    private let shift: UInt64
    /// Per scalar (16-bit): where its confusions start in `confusedWith`; `confusionStart[s + 1]` ends them.
    let confusionStart: [Int32]
    /// Confused scalar (low 16 bits) and kind (bits 16…).
    let confusedWith: [UInt32]
    /// Adjacent pairs (first << 16 | second) inside words of three or more characters.
    private let pairs: [UInt32]
    private let pairShift: UInt32
    /// Characters that end or start many words made of a word and them (户 期 局 …).
    let suffixes: Set<UInt16>
    let prefixes: Set<UInt16>
    /// Number of words (for tests and the report).
    let wordCount: Int

    /// The built-in lexicon, parsed on first use.
    static let shared = TypoLexicon(
        words: EmbeddedFiles.all[wordsPath] ?? "", confusions: EmbeddedFiles.all[confusionsPath] ?? "",
        affixes: EmbeddedFiles.all[affixesPath] ?? ""
    )

    init(words: String, confusions: String, affixes: String) {
        // Groups first (one array per line), so the tables are sized before any insert and
        // no word gets an array of its own.
        var groups: [(length: Int, cost: UInt8, scalars: [UInt16])] = []
        var suffixes = Set<UInt16>(), prefixes = Set<UInt16>()
        for line in affixes.split(separator: "\n") where line.first != "#" {
            let units = line.unicodeScalars.filter { $0.value > 0x7F && $0.value <= 0xFFFF }.map { UInt16($0.value) }
            if line.hasPrefix("suffix") { suffixes = Set(units) } else if line.hasPrefix("prefix") { prefixes = Set(units) }
        }
        self.suffixes = suffixes
        self.prefixes = prefixes
        Self.eachGroup(words) { groups.append(($0, $1, $2)) }
        var wordCount = 0
        var pairCount = 0
        for group in groups {
            let count = group.scalars.count / group.length
            wordCount += count
            if group.length >= 3 { pairCount += count * (group.length - 1) }
        }
        var bits: UInt64 = 4
        while (1 << bits) < wordCount * 2 { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var costs = [UInt8](repeating: 0, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        let shift = 64 - bits
        var pairBits: UInt32 = 4
        while (1 << pairBits) < pairCount * 2 { pairBits += 1 }
        var pairs = [UInt32](repeating: 0, count: 1 << pairBits)
        let pairMask = (1 << Int(pairBits)) - 1
        for group in groups {
            let scalars = group.scalars
            let length = group.length
            var start = 0
            while start + length <= scalars.count {
                defer { start += length }
                let key = Self.key(scalars, start, length)
                var slot = Int(Self.mix(key) >> shift)
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                if keys[slot] == 0 || group.cost & 0x7F < costs[slot] & 0x7F {
                    keys[slot] = key
                    costs[slot] = group.cost
                }
                guard length >= 3 else { continue }
                for index in start..<(start + length - 1) {
                    let pair = UInt32(scalars[index]) << 16 | UInt32(scalars[index + 1])
                    var pairSlot = Int((pair &* 0x9E37_79B1) >> (32 - pairBits))
                    while pairs[pairSlot] != 0 && pairs[pairSlot] != pair { pairSlot = (pairSlot + 1) & pairMask }
                    pairs[pairSlot] = pair
                }
            }
        }
        self.keys = keys
        self.costs = costs
        self.shift = shift
        self.pairs = pairs
        self.pairShift = 32 - pairBits
        self.wordCount = wordCount
        (confusionStart, confusedWith) = Self.parseConfusions(confusions)
    }

    /// The cost class of the word `scalars[start..<start + length]`, or nil when it is no word.
    @inline(__always)
    func cost(_ scalars: [UInt16], _ start: Int, _ length: Int) -> Int32? {
        guard let raw = rawCost(key: Self.key(scalars, start, length)) else { return nil }
        return Int32(raw & 0x7F)
    }

    /// The cost class of a word that may be offered as a correction (not a mere place name).
    @inline(__always)
    func correctionCost(_ scalars: [UInt16], _ start: Int, _ length: Int) -> Int32? {
        guard let raw = rawCost(key: Self.key(scalars, start, length)), raw & Self.placeOnly == 0 else { return nil }
        return Int32(raw)
    }

    @inline(__always)
    private func rawCost(key: UInt64) -> UInt8? {
        let mask = keys.count - 1
        var slot = Int(Self.mix(key) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return costs[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `first` `second` occur side by side inside some word of three or more characters.
    func isAttestedPair(_ first: UInt16, _ second: UInt16) -> Bool {
        let pair = UInt32(first) << 16 | UInt32(second)
        let mask = pairs.count - 1
        var slot = Int((pair &* 0x9E37_79B1) >> pairShift)
        while true {
            if pairs[slot] == pair { return true }
            if pairs[slot] == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// The packed key of `scalars[start..<start + length]` (length 1…5).
    @inline(__always)
    static func key(_ scalars: [UInt16], _ start: Int, _ length: Int) -> UInt64 {
        var key: UInt64 = 0
        for index in start..<(start + min(length, 4)) { key = key << 16 | UInt64(scalars[index]) }
        key <<= UInt64(16 * (4 - min(length, 4)))
        if length == 5 { key = mix(key ^ UInt64(scalars[start + 4])) | 1 }
        return key
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value ^ (value >> 31)
        x = x &* 0x7FB5_D329_728E_A185
        x ^= x >> 27
        x = x &* 0x81DA_DEF4_BC2D_D44D
        return x ^ (x >> 33)
    }

    /// Calls `body(length, cost, scalars)` for each `L C K<TAB>words` line of words.txt.
    private static func eachGroup(_ text: String, _ body: (Int, UInt8, [UInt16]) -> Void) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.first != "#" {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let head = line[..<tab].split(separator: " ")
            guard head.count == 3, let length = Int(head[0]), let parsedCost = UInt8(head[1]), parsedCost < 0x80,
                  (1...maxWordLength).contains(length) else { continue }
            let cost = head[2] == "P" ? parsedCost | placeOnly : parsedCost
            var scalars: [UInt16] = []
            scalars.reserveCapacity(line.utf8.count / 3)
            for scalar in line[line.index(after: tab)...].unicodeScalars where scalar.value <= 0xFFFF {
                scalars.append(UInt16(scalar.value))
            }
            body(length, cost, scalars)
        }
    }

    /// confusions.txt: `字<TAB>same sound and tone<TAB>same sound, other tone<TAB>similar shape`.
    private static func parseConfusions(_ text: String) -> ([Int32], [UInt32]) {
        var lists = [[UInt32]](repeating: [], count: 0x10000)
        for line in text.split(separator: "\n") where line.first != "#" {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, let head = columns[0].unicodeScalars.first, head.value <= 0xFFFF else { continue }
            var seen = Set<UInt32>()
            for (kind, column) in columns.dropFirst().prefix(3).enumerated() {
                for scalar in column.unicodeScalars where scalar.value <= 0xFFFF && seen.insert(scalar.value).inserted {
                    lists[Int(head.value)].append(scalar.value | UInt32(kind) << 16)
                }
            }
        }
        var start = [Int32](repeating: 0, count: 0x10001)
        var flat: [UInt32] = []
        for scalar in 0..<0x10000 {
            start[scalar] = Int32(flat.count)
            flat += lists[scalar]
        }
        start[0x10000] = Int32(flat.count)
        return (start, flat)
    }
}
