import Dispatch

/// What `TypoLexicon` is made of, as built from the text of dictionaries/typo/
/// (TypoLexicon says what each structure answers).
struct TypoLexiconTables: Sendable, Equatable {
    var keys: [UInt32] = []
    var costs: [UInt8] = []
    var shift: UInt64 = 0
    var singles: [UInt8] = []
    var cheapestCorrection: [Int32] = []
    var wordCount = 0
    var startsOf2: [UInt64] = []
    var startsOf3: [UInt64] = []
    var startsOf4: [UInt64] = []
    var pairs: [UInt64] = []
    var correctionBloom: [UInt64] = []
    var maskedBloom: [UInt64] = []
    var confusionStart: [Int32] = []
    var confusedWith: [UInt32] = []
    var suffixes: Set<UInt16> = []
    var prefixes: Set<UInt16> = []
    var correctionFloors = TypoCorrectionFloors.empty
}

/// Builds `TypoLexiconTables` from words.txt, confusions.txt and affixes.txt.
///
/// The load is what a user waits for before the first `typo` finding, so independent parts
/// run side by side: the two halves of words.txt are decoded while the confusion lists are
/// parsed (TypoLexiconParsing); then the hash table, the masked filter, the start sets with
/// the correction filter, and the pair set are filled, each by one task in file order. No structure is
/// written by two tasks, so the result is the serial build's (`parallel: false`;
/// TypoLexiconLoadTests compares them).
enum TypoLexiconBuilder {
    /// One `L C K<TAB>words` line of words.txt: its words' scalars back to back.
    struct Group: Sendable {
        var length: Int
        /// Cost class, with `TypoLexicon.placeOnly` for names.
        var cost: UInt8
        var scalars: [UInt16]
        /// Bit `n` set: a compound joined after its `n`th character.
        var joints: Int
    }

    static func build(words: String, confusions: String, affixes: String, parallel: Bool = true) -> TypoLexiconTables {
        var tables = TypoLexiconTables()
        (tables.suffixes, tables.prefixes) = parseAffixes(affixes)

        let firstHalf = Box<[Group]>([]), secondHalf = Box<[Group]>([])
        let confusionLists = Box<([Int32], [UInt32])>(([], []))
        var words = words
        words.withUTF8 { buffer in
            let bytes = Bytes(buffer)
            let middle = bytes.lineStart(near: buffer.count / 2)
            run(parallel, tasks: 3) { task in
                switch task {
                case 0: firstHalf.value = decode(bytes, 0, middle)
                case 1: secondHalf.value = decode(bytes, middle, bytes.count)
                default: confusionLists.value = parseConfusions(confusions)
                }
            }
        }
        (tables.confusionStart, tables.confusedWith) = confusionLists.value
        let groups = firstHalf.value + secondHalf.value

        // Groups first, so the table is sized before any insert.
        var wordCount = 0
        for group in groups { wordCount += group.scalars.count / group.length }
        let bits = tableBits(wordCount)
        tables.wordCount = wordCount
        tables.shift = UInt64(64 - bits)

        // Largest first: on two cores the two small ones follow the masked filter's.
        let table = Box(TypoLexiconTables()), starts = Box(TypoLexiconTables())
        let pairs = Box(TypoLexiconTables()), masked = Box(TypoLexiconTables())
        let (confusionStart, confusedWith) = (tables.confusionStart, tables.confusedWith)
        run(parallel, tasks: 4) { task in
            switch task {
            case 0: table.value = fillTable(groups, bits: bits)
            case 1: masked.value = fillMasked(groups)
            case 2: starts.value = fillStarts(groups)
            default:
                pairs.value = fillPairs(groups)
                pairs.value.correctionFloors = TypoCorrectionFloors(
                    groups: groups, confusionStart: confusionStart, confusedWith: confusedWith
                )
            }
        }
        tables.keys = table.value.keys
        tables.costs = table.value.costs
        tables.singles = table.value.singles
        tables.cheapestCorrection = table.value.cheapestCorrection
        tables.startsOf2 = starts.value.startsOf2
        tables.startsOf3 = starts.value.startsOf3
        tables.startsOf4 = starts.value.startsOf4
        tables.correctionBloom = starts.value.correctionBloom
        tables.pairs = pairs.value.pairs
        tables.correctionFloors = pairs.value.correctionFloors
        tables.maskedBloom = masked.value.maskedBloom
        return tables
    }

    /// Table size: the power of two at least 1.5 × the words.
    private static func tableBits(_ wordCount: Int) -> Int {
        var bits = 4
        while (1 << bits) < wordCount + wordCount / 2 { bits += 1 }
        return bits
    }

    /// The hash table with its costs, the single characters, the cheapest correction per length.
    private static func fillTable(_ groups: [Group], bits: Int) -> TypoLexiconTables {
        var keys = [UInt32](repeating: 0, count: 1 << bits)
        var costs = [UInt8](repeating: 0, count: 1 << bits)
        let mask = (1 << bits) - 1
        let shift = UInt64(64 - bits)
        var singles = [UInt8](repeating: 0xFF, count: 0x10000)
        var cheapest = [Int32](repeating: Int32.max, count: TypoLexicon.maxWordLength + 1)
        for group in groups {
            if group.cost & TypoLexicon.placeOnly == 0 {
                cheapest[group.length] = min(cheapest[group.length], Int32(group.cost))
            }
            let scalars = group.scalars
            let length = group.length
            var start = 0
            while start + length <= scalars.count {
                defer { start += length }
                if length == 1 {
                    singles[Int(scalars[start])] = min(singles[Int(scalars[start])], group.cost & 0x7F)
                    continue
                }
                // Words come in slot order (words.txt is written so): the table fills front to back.
                let mixed = TypoLexicon.mix(TypoLexicon.key(scalars, start, length))
                let print = TypoLexicon.fingerprint(mixed)
                var slot = Int(mixed >> shift)
                while keys[slot] != 0 && keys[slot] != print { slot = (slot + 1) & mask }
                if keys[slot] == 0 || group.cost & 0x7F < costs[slot] & 0x7F {
                    keys[slot] = print
                    costs[slot] = group.cost
                }
            }
        }
        var tables = TypoLexiconTables()
        tables.keys = keys
        tables.costs = costs
        tables.singles = singles
        tables.cheapestCorrection = cheapest
        return tables
    }

    /// The sets of word starts (two and three characters) and the correction words' Bloom filter.
    private static func fillStarts(_ groups: [Group]) -> TypoLexiconTables {
        var startsOf2 = [UInt64](repeating: 0, count: TypoLexicon.startBitCount / 64)
        var startsOf3 = [UInt64](repeating: 0, count: TypoLexicon.startBitCount / 64)
        var startsOf4 = [UInt64](repeating: 0, count: TypoLexicon.startBitCount / 64)
        var bloom = [UInt64](repeating: 0, count: TypoLexicon.bloomBitCount / 64)
        for group in groups where group.length >= 2 {
            let scalars = group.scalars
            let length = group.length
            let offered = group.cost & TypoLexicon.placeOnly == 0
            var start = 0
            while start + length <= scalars.count {
                defer { start += length }
                let two = TypoLexicon.startBit(scalars[start], scalars[start + 1])
                startsOf2[two >> 6] |= 1 << UInt64(two & 63)
                if length >= 3 {
                    let three = TypoLexicon.startBit(scalars[start], scalars[start + 1], scalars[start + 2])
                    startsOf3[three >> 6] |= 1 << UInt64(three & 63)
                }
                if length >= 4 {
                    let four = TypoLexicon.startBit(packed: TypoLexicon.key(scalars, start, 4))
                    startsOf4[four >> 6] |= 1 << UInt64(four & 63)
                }
                if offered {
                    let (first, second) = TypoLexicon.bloomBits(TypoLexicon.mix(TypoLexicon.key(scalars, start, length)))
                    bloom[first >> 6] |= 1 << UInt64(first & 63)
                    bloom[second >> 6] |= 1 << UInt64(second & 63)
                }
            }
        }
        var tables = TypoLexiconTables()
        tables.startsOf2 = startsOf2
        tables.startsOf3 = startsOf3
        tables.startsOf4 = startsOf4
        tables.correctionBloom = bloom
        return tables
    }

    /// The pairs attested inside the correction words of three or more characters.
    private static func fillPairs(_ groups: [Group]) -> TypoLexiconTables {
        var pairs = [UInt64](repeating: 0, count: TypoLexicon.pairBitCount / 64)
        forEachOfferedLongWord(groups) { group, start in
            // Not across the joint of two words (关键设备 does not attest 键设); names
            // attest nothing (王坚督).
            for index in start..<(start + group.length - 1) where group.joints & (1 << (index + 1 - start)) == 0 {
                let pair = TypoLexicon.pairBit(group.scalars[index], group.scalars[index + 1])
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        var tables = TypoLexiconTables()
        tables.pairs = pairs
        return tables
    }

    /// The masked filter over the correction words of three or more characters.
    private static func fillMasked(_ groups: [Group]) -> TypoLexiconTables {
        // Filter words and signature words interleaved (see `TypoLexicon.maskedBloom`).
        var masked = [UInt64](repeating: 0, count: 2 * TypoLexicon.bloomBitCount / 64)
        masked.withUnsafeMutableBufferPointer { masked in
            forEachOfferedLongWord(groups) { group, start in
                for offset in 0..<group.length {
                    let mixed = TypoLexicon.maskedMix(group.scalars, start, group.length, masking: offset)
                    let word = Int(mixed & UInt64(TypoLexicon.bloomBitCount - 1)) >> 6
                    masked[word << 1] |= 1 << (mixed & 63)
                    masked[word << 1 | 1] |= TypoLexicon.signatureBit(group.scalars[start + offset])
                }
            }
        }
        var tables = TypoLexiconTables()
        tables.maskedBloom = masked
        return tables
    }

    /// Calls `body(group, start)` for every word of three or more characters that may be
    /// offered as a correction (no mere name), in file order.
    @inline(__always)
    private static func forEachOfferedLongWord(_ groups: [Group], _ body: (Group, Int) -> Void) {
        for group in groups where group.length >= 3 && group.cost & TypoLexicon.placeOnly == 0 {
            var start = 0
            while start + group.length <= group.scalars.count {
                body(group, start)
                start += group.length
            }
        }
    }

    /// Runs `body(0..<tasks)`, side by side when `parallel`; returns when all are done.
    private static func run(_ parallel: Bool, tasks: Int, _ body: @Sendable (Int) -> Void) {
        if parallel {
            DispatchQueue.concurrentPerform(iterations: tasks, execute: body)
        } else {
            for task in 0..<tasks { body(task) }
        }
    }

    /// A task's result: written by that one task, read after `run` returns (its join orders them).
    private final class Box<Value>: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }
}
