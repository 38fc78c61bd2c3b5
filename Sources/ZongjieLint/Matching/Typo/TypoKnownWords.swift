/// Real words the frequency lists lack (勾稽, 利济: headwords of pypinyin-dict's phrase lists,
/// dictionaries/typo/known.txt). They carry no frequency, so they stay out of the segmentation;
/// a suspect window that is one of them is a real word written on purpose unless the corrected
/// text reads much better (`TypoChecker.knownWordGain`). Only words one confusable character
/// away from a correction word are listed (the builder drops the rest: no other window can be a
/// suspect).
///
/// Nothing is parsed: each line holds the words of one length, fixed-width and sorted by code
/// point, and UTF-8 keeps code-point order, so a word is found by binary search in the text's
/// own bytes (parsing 75,000 words into keys cost 14 M instructions on the first suspect).
struct TypoKnownWords: Sendable {
    static let path = "dictionaries/typo/known.txt"

    /// known.txt's UTF-8.
    let bytes: [UInt8]
    /// Per word length (index 0…4): the byte range of its words in `bytes`, empty if none.
    let lines: [Range<Int>]

    static let shared = TypoKnownWords(TypoLexicon.file(path))

    /// A line is `L<TAB>words`; `#` starts a comment line.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var lines = [Range<Int>](repeating: 0..<0, count: 5)
        var index = 0
        while index < bytes.count {
            var lineEnd = index
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd - index > 2 && bytes[index + 1] == 0x09 {
                let length = Int(bytes[index]) - 0x30
                // Every word character is a three-byte Han scalar.
                if (2...4).contains(length) && (lineEnd - index - 2) % (3 * length) == 0 { lines[length] = (index + 2)..<lineEnd }
            }
            index = lineEnd + 1
        }
        self.bytes = bytes
        self.lines = lines
    }

    /// Number of listed words (for tests).
    var count: Int { (2...4).reduce(0) { $0 + lines[$1].count / (3 * $1) } }

    /// Whether `run[start..<start + length]` is a listed word.
    func contains(_ run: [UInt16], _ start: Int, _ length: Int) -> Bool {
        guard (2...4).contains(length), start >= 0, start + length <= run.count else { return false }
        let line = lines[length]
        let width = 3 * length
        var word = [UInt8](repeating: 0, count: width)
        for index in 0..<length {
            // Han scalars of the basic and extension-A blocks are three bytes in UTF-8.
            guard let scalar = Unicode.Scalar(run[start + index]), scalar.value >= 0x0800 else { return false }
            var at = 3 * index
            UTF8.encode(scalar) { byte in
                word[at] = byte
                at += 1
            }
        }
        var low = 0, high = line.count / width
        while low < high {
            let middle = (low + high) / 2
            let offset = line.lowerBound + middle * width
            var order = 0
            for index in 0..<width where bytes[offset + index] != word[index] {
                order = bytes[offset + index] < word[index] ? -1 : 1
                break
            }
            if order == 0 { return true }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return false
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
    /// The gains are tested first: the list is searched only when a suspect is weak enough to need it.
    static func formsKnownWord(_ suspect: TypoDetector.Suspect, in run: [UInt16], limit: Int32) -> Bool {
        if suspect.gain <= limit && TypoKnownWords.shared.contains(run, suspect.start, suspect.length) { return true }
        // Two-character suspects at such gains are below the rule's threshold anyway; in the
        // grouped folds' low thresholds this would only cost right findings.
        return suspect.length >= 3 && suspect.gain <= knownNeighbourGain
            && (TypoKnownWords.shared.contains(run, suspect.position - 1, 2) || TypoKnownWords.shared.contains(run, suspect.position, 2))
    }
}
