/// Real words the frequency lists lack (勾稽, 利济: headwords of pypinyin-dict's phrase lists,
/// dictionaries/typo/known.txt). They carry no frequency, so they stay out of the segmentation;
/// a suspect window that is one of them is a real word written on purpose unless the corrected
/// text reads much better (`TypoChecker.knownWordGain`). Only words one confusable character
/// away from a correction word are listed (the builder drops the rest: no other window can be a
/// suspect).
///
/// Hits are rare, so the list is parsed on the first suspect, not with the lexicon: a sorted
/// array of packed keys (the builder writes the words in code-point order, which is key order).
struct TypoKnownWords: Sendable {
    static let path = "dictionaries/typo/known.txt"

    /// Packed keys (16 bits a character, first character highest) of the 2–4-character words, ascending.
    let keys: [UInt64]

    static let shared = TypoKnownWords(TypoLexicon.file(path))

    init(_ text: String) {
        var keys: [UInt64] = []
        keys.reserveCapacity(text.utf8.count / 7)
        for line in text.split(separator: "\n") where line.first != "#" {
            let columns = line.split(separator: "\t", maxSplits: 1)
            guard columns.count == 2, let length = Int(columns[0]), (2...4).contains(length) else { continue }
            var key: UInt64 = 0
            var filled = 0
            for scalar in columns[1].unicodeScalars {
                key |= UInt64(UInt16(truncatingIfNeeded: scalar.value)) << UInt64(48 - 16 * filled)
                filled += 1
                if filled == length {
                    keys.append(key)
                    key = 0
                    filled = 0
                }
            }
        }
        // Lines come in length order; the keys of all lengths together must be sorted.
        if !keys.isEmpty && zip(keys, keys.dropFirst()).contains(where: { $0 > $1 }) { keys.sort() }
        self.keys = keys
    }

    /// Whether `run[start..<start + length]` is a listed word.
    func contains(_ run: [UInt16], _ start: Int, _ length: Int) -> Bool {
        guard (2...4).contains(length), start >= 0, start + length <= run.count else { return false }
        var key: UInt64 = 0
        for index in 0..<length { key |= UInt64(run[start + index]) << UInt64(48 - 16 * index) }
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}

extension TypoChecker {
    /// A suspect whose window is a known real word needs more than this gain (half-nats).
    public static let defaultKnownWordGain: Int32 = 6
    /// A suspect whose suspect character forms a known word with a neighbour (推动利济 is no
    /// 推动力 misspelt: 利济 is a word) needs more than this gain: weaker evidence, a lower bar.
    static let knownNeighbourGain: Int32 = 4

    /// Whether the suspect's window is a known word (at gains up to `limit`), or a two-character
    /// word across its suspect character is one (at gains up to `knownNeighbourGain`).
    static func formsKnownWord(_ suspect: TypoDetector.Suspect, in run: [UInt16], limit: Int32) -> Bool {
        let known = TypoKnownWords.shared
        if suspect.gain <= limit && known.contains(run, suspect.start, suspect.length) { return true }
        return suspect.gain <= knownNeighbourGain
            && (known.contains(run, suspect.position - 1, 2) || known.contains(run, suspect.position, 2))
    }
}
