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

    /// One pass over the UTF-8 (every word character is a three-byte Han scalar, as in
    /// words.txt): a line is `L<TAB>words`, `#` starts a comment line.
    init(_ text: String) {
        var text = text
        var keys: [UInt64] = []
        keys.reserveCapacity(text.utf8.count / 7)
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                var lineEnd = index
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { index = lineEnd + 1 }
                // `L<TAB>`: a digit 2…4 and a tab.
                guard lineEnd - index > 2, bytes[index + 1] == 0x09 else { continue }
                let length = Int(bytes[index]) - 0x30
                guard (2...4).contains(length) else { continue }
                var cursor = index + 2
                var key: UInt64 = 0
                var filled = 0
                while cursor + 3 <= lineEnd {
                    let lead = bytes[cursor]
                    guard lead & 0xF0 == 0xE0 else { cursor += 1; continue }
                    let scalar = UInt16(lead & 0x0F) << 12 | UInt16(bytes[cursor + 1] & 0x3F) << 6 | UInt16(bytes[cursor + 2] & 0x3F)
                    key |= UInt64(scalar) << UInt64(48 - 16 * filled)
                    filled += 1
                    if filled == length {
                        keys.append(key)
                        key = 0
                        filled = 0
                    }
                    cursor += 3
                }
            }
        }
        // Lines come in length order; the keys of all lengths together must be sorted.
        if zip(keys, keys.dropFirst()).contains(where: { $0 > $1 }) { keys.sort() }
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
    /// A suspect of three or more characters whose suspect character forms a known word with a
    /// neighbour (推动利济 is no 推动力 misspelt: 利济 is a word) needs more than this gain:
    /// weaker evidence, a lower bar.
    static let knownNeighbourGain: Int32 = 4

    /// Whether the suspect's window is a known word (at gains up to `limit`), or a two-character
    /// word across its suspect character is one (at gains up to `knownNeighbourGain`).
    /// The gains are tested first: the list is parsed only when a suspect is weak enough to need it.
    static func formsKnownWord(_ suspect: TypoDetector.Suspect, in run: [UInt16], limit: Int32) -> Bool {
        if suspect.gain <= limit && TypoKnownWords.shared.contains(run, suspect.start, suspect.length) { return true }
        // Two-character suspects at such gains are below the rule's threshold anyway; in the
        // grouped folds' low thresholds this would only cost right findings.
        return suspect.length >= 3 && suspect.gain <= knownNeighbourGain
            && (TypoKnownWords.shared.contains(run, suspect.position - 1, 2) || TypoKnownWords.shared.contains(run, suspect.position, 2))
    }
}
