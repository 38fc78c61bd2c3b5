import ZongjieResources

/// Curated slips that need their context (dictionaries/typo/pairs.tsv): a real word
/// written for another (同步 for 同比 before 增长 and a figure, 反应 for 反映 before 问题)
/// and dropped characters (可持性). Matched on a Han run beside the statistical search.
struct TypoContextPairs: Sendable {
    static let path = "dictionaries/typo/pairs.tsv"

    struct Entry: Sendable {
        var wrong: [UInt16]
        var right: String
        /// Words of which one must follow; empty: none needed.
        var next: [[UInt16]]
        /// A figure (digit) must follow within a few characters after the next word.
        var needsFigure: Bool
        /// Words of which one must come later in the same run (展…活动); empty: none needed.
        var later: [[UInt16]]
        /// Words of which one must come right before (an empty word: the run's start); empty: none needed.
        var before: [[UInt16]]
    }

    let entries: [Entry]
    /// Per first scalar (16-bit), whether some entry starts with it.
    private let starts: TypoScalarSet

    static let shared = TypoContextPairs(TypoLexicon.file(path))

    init(_ text: String) {
        var entries: [Entry] = []
        for line in text.split(separator: "\n") where line.first != "#" {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, !columns[0].isEmpty, !columns[1].isEmpty else { continue }
            let next = columns.count > 2 ? columns[2].split(separator: "|").map { Self.units(String($0)) } : []
            let later = columns.count > 4 ? columns[4].split(separator: "|").map { Self.units(String($0)) } : []
            let before = columns.count > 5 ? columns[5].split(separator: "|").map { $0 == "^" ? [] : Self.units(String($0)) } : []
            entries.append(Entry(
                wrong: Self.units(columns[0]), right: columns[1], next: next,
                needsFigure: columns.count > 3 && columns[3] == "figure", later: later, before: before
            ))
        }
        self.entries = entries
        starts = TypoScalarSet(entries.compactMap(\.wrong.first))
    }

    static func units(_ text: String) -> [UInt16] {
        text.unicodeScalars.map { UInt16(truncatingIfNeeded: $0.value) }
    }

    /// Hits of the entries in `run` (which starts at `runStart` of the line's `scalars`).
    func matches(in run: [UInt16], scalars: [Unicode.Scalar], runStart: Int, lexicon: TypoLexicon) -> [TypoChecker.Hit] {
        var hits: [TypoChecker.Hit] = []
        for index in run.indices where starts.contains(run[index]) {
            // 公权利运行: one finding, not a second one for 权利 inside it.
            if let last = hits.last, last.end > runStart + index { continue }
            for entry in entries where Self.has(entry.wrong, in: run, at: index) {
                let end = index + entry.wrong.count
                // 一切保障 holds 切保: a common word across the start means the text is fine.
                if index > 0, let word = lexicon.cost(run, index - 1, 2), word < 28 { continue }
                // A lone character (展 for 开展) must stand alone: 展开, 展示, 车展 are words.
                if entry.wrong.count == 1 {
                    if index > 0 && lexicon.cost(run, index - 1, 2) != nil { continue }
                    if end < run.count && lexicon.cost(run, index, 2) != nil { continue }
                }
                if !entry.before.isEmpty, !entry.before.contains(where: { word in
                    word.isEmpty ? index == 0 : index >= word.count && Self.has(word, in: run, at: index - word.count)
                }) { continue }
                if !entry.later.isEmpty, !(end..<run.count).contains(where: { at in entry.later.contains { Self.has($0, in: run, at: at) } }) { continue }
                if !entry.next.isEmpty {
                    guard let next = entry.next.first(where: { Self.has($0, in: run, at: end) }) else { continue }
                    if entry.needsFigure && !Self.figureFollows(scalars, from: runStart + end + next.count) { continue }
                }
                hits.append(TypoChecker.Hit(
                    start: runStart + index, end: runStart + end, word: TypoChecker.string(entry.wrong[...]),
                    replacement: entry.right, gain: .max, curated: true
                ))
                break
            }
        }
        return hits
    }

    static func has(_ word: [UInt16], in run: [UInt16], at index: Int) -> Bool {
        index + word.count <= run.count && run[index..<index + word.count].elementsEqual(word)
    }

    /// A digit within four characters after `start` (同比增长12%, 同比下降了3.5个百分点).
    static func figureFollows(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        for index in start..<min(start + 4, scalars.count) {
            let value = scalars[index].value
            if (value >= 0x30 && value <= 0x39) || (value >= 0xFF10 && value <= 0xFF19) { return true }
        }
        return false
    }
}
