import ZongjieResources

/// The `typo` rule's search on decoded text: Han runs go to `TypoDetector`, curated
/// context pairs (dictionaries/typo/pairs.tsv) are matched beside it, and hits on words
/// the user allowed or on names (a word right before 村、镇、路、公司 …) are dropped.
/// Public so zongjie-bench can measure it on the development set.
public struct TypoChecker: Sendable {
    /// A suspected wrong word: scalars `[start, end)` of the text, to be read as `replacement`.
    public struct Hit: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var word: String
        public var replacement: String
        /// How much better the corrected text reads (half-nats); curated pairs have `Int32.max`.
        public var gain: Int32
        /// Whether the hit comes from the curated list rather than the statistical search.
        public var curated: Bool
    }

    public struct Thresholds: Sendable {
        public var twoCharacters: Int32
        public var longer: Int32
        /// Extra gain for a slip inside a word of the best path; negative: not tried.
        public var inWordExtra: Int32
        /// Least gain (exclusive) of a suspect whose window is a known real word (TypoKnownWords).
        public var knownWord: Int32
        /// Least gain (exclusive) of a two-character suspect in a deliberate phrase (TypoPhraseContext).
        public var phrase: Int32
        public init(twoCharacters: Int32, longer: Int32, inWordExtra: Int32 = 8, knownWord: Int32 = TypoChecker.defaultKnownWordGain, phrase: Int32 = TypoChecker.defaultPhraseGain) {
            self.twoCharacters = twoCharacters
            self.longer = longer
            self.inWordExtra = inWordExtra
            self.knownWord = knownWord
            self.phrase = phrase
        }
        /// The thresholds the rule uses: the lowest at which the corpus, the real 年报 and the law
        /// titles stay free of false findings once known words, law titles, deliberate phrases and
        /// a document's repeated terms are taken into account (BENCHMARKS.md, fourth pass).
        /// A slip inside a word of the best path needs 4 more (5 in all for a longer window).
        public static let rule = Thresholds(twoCharacters: 4, longer: 1, inWordExtra: 4)
    }

    /// The detector's settings; the detector itself is made per line so that the lexicon is
    /// parsed on first use, not when the rule is built (a run that fails to read its
    /// files never pays for it).
    let parameters: TypoDetector.Parameters
    let knownWordGain: Int32
    let phraseGain: Int32
    /// Words the user allowed (dictionary lines whose replacement equals the term), as scalars.
    let allowed: [[UInt16]]

    public init(thresholds: Thresholds = .rule, allowedWords: [String] = []) {
        var parameters = TypoDetector.Parameters()
        parameters.threshold2 = thresholds.twoCharacters
        parameters.threshold3 = thresholds.longer
        parameters.inWordExtra = thresholds.inWordExtra
        self.parameters = parameters
        knownWordGain = thresholds.knownWord
        phraseGain = thresholds.phrase
        allowed = allowedWords.map { $0.unicodeScalars.map { UInt16(truncatingIfNeeded: $0.value) } }.filter { !$0.isEmpty }
    }

    /// zongjie-bench only: read the `typo` data from `files` (path under dictionaries/typo/ →
    /// contents) instead of the embedded copies. Call before the first check.
    public static func overrideData(_ files: [String: String]) {
        TypoLexicon.overrides = files
    }

    /// Number of words in the built-in lexicon (loads it).
    public static var lexiconWordCount: Int { TypoLexicon.shared.wordCount }

    /// How much cheaper `corrected` segments than `text` (half-nats, no channel cost):
    /// for the development set's misses, whether the model can see the slip at all.
    public static func segmentationGain(_ text: String, _ corrected: String) -> Int32 {
        let detector = TypoDetector(lexicon: .shared)
        func cost(_ text: String) -> Int32 {
            var total: Int32 = 0
            var run: [UInt16] = []
            for scalar in text.unicodeScalars {
                if TypoDetector.isRunScalar(scalar.value) { run.append(UInt16(truncatingIfNeeded: scalar.value)); continue }
                if !run.isEmpty { total += detector.segmentationCost(run); run.removeAll() }
            }
            if !run.isEmpty { total += detector.segmentationCost(run) }
            return total
        }
        return cost(text) - cost(corrected)
    }

    /// The hits in one line of text.
    public func hits(in text: String) -> [Hit] {
        hits(in: Array(text.unicodeScalars))
    }

    /// The hits in one line's scalars, in order.
    func hits(in scalars: [Unicode.Scalar]) -> [Hit] {
        var found: [Hit] = []
        guard scalars.count >= 2 else { return found }
        let detector = TypoDetector(lexicon: .shared, parameters: parameters)
        let pairs = TypoContextPairs.shared
        var index = 0
        var run: [UInt16] = []
        var scratch: [Int32] = []
        while index < scalars.count {
            guard TypoDetector.isRunScalar(scalars[index].value) else {
                index += 1
                continue
            }
            let runStart = index
            run.removeAll(keepingCapacity: true)
            while index < scalars.count, TypoDetector.isRunScalar(scalars[index].value) {
                run.append(UInt16(truncatingIfNeeded: scalars[index].value))
                index += 1
            }
            let curated = pairs.matches(in: run, scalars: scalars, runStart: runStart, lexicon: detector.lexicon)
            for hit in curated where !isAllowed(run, hit.start - runStart, hit.end - runStart) {
                found.append(hit)
            }
            for suspect in detector.suspects(in: run, scratch: &scratch) {
                let end = suspect.start + suspect.length
                // Only a two-character window reads as a name before 村、公司 …: a longer corrected
                // word is a word (有限债任公司 → 有限责任公司).
                if isAllowed(run, suspect.start, end) || (suspect.length == 2 && Self.looksLikeName(scalars, runStart + suspect.start, runStart + end)) { continue }
                // 洪巷镇 → 洪乡镇: a two-character window that ends in a kept place suffix is a name.
                if suspect.length == 2, suspect.position == suspect.start, Self.nameSuffixes.contains(scalars[runStart + end - 1]) { continue }
                if curated.contains(where: { $0.start < runStart + end && runStart + suspect.start < $0.end }) { continue }
                if suspect.gain <= Self.weakEvidenceGain && hasWeakEvidence(suspect, in: run, runStart: runStart, lexicon: detector.lexicon) { continue }
                if Self.formsKnownWord(suspect, in: run, limit: knownWordGain) { continue }
                if suspect.gain <= phraseGain && Self.isDeliberatePhrase(suspect, in: run, runStart: runStart, scalars) { continue }
                var corrected = run[suspect.start..<end]
                corrected[suspect.position] = suspect.replacement
                // A correction that would repeat its neighbour (唯民为民 → 为民为民) reads a
                // deliberate parallel as a slip.
                if TypoContextPairs.has(Array(corrected), in: run, at: end)
                    || (suspect.start >= suspect.length && TypoContextPairs.has(Array(corrected), in: run, at: suspect.start - suspect.length)) { continue }
                found.append(Hit(
                    start: runStart + suspect.start, end: runStart + end,
                    word: Self.string(run[suspect.start..<end]), replacement: Self.string(corrected),
                    gain: suspect.gain, curated: false
                ))
            }
        }
        guard !found.isEmpty else { return found }
        return found.filter { !Self.isInKnownTitle($0, scalars) }.sorted { $0.start < $1.start }
    }

    /// Whether an allowed word covers part of `run[start..<end]`.
    private func isAllowed(_ run: [UInt16], _ start: Int, _ end: Int) -> Bool {
        for word in allowed {
            let first = max(0, start - word.count + 1)
            let last = min(end - 1, run.count - word.count)
            guard first <= last else { continue }
            for offset in first...last where run[offset..<offset + word.count].elementsEqual(word) { return true }
        }
        return false
    }

    /// Characters after which a word is a proper name: places, roads, villages, companies.
    static let nameSuffixes: Set<Unicode.Scalar> = [
        "村", "镇", "乡", "县", "区", "市", "省", "州", "路", "街", "巷", "弄", "桥", "湾", "港", "岛", "山", "岭", "湖",
        "河", "江", "溪", "塘", "坑", "洋", "垟", "埭", "浦", "渡", "寺", "庙", "堂", "园", "厂", "站", "所", "队", "组",
        "号", "段", "线", "苑", "庄", "屯", "寨", "坝", "岙", "墩", "岸", "滩", "矿", "场", "馆", "院", "校",
    ]

    /// A suspect right before a place or organisation suffix (霞砀安置, 泗洋村, XX汇头公司)
    /// or after a person's title is most likely a name.
    static func looksLikeName(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        if end < scalars.count && nameSuffixes.contains(scalars[end]) { return true }
        let after = end + 1 < scalars.count ? String(String.UnicodeScalarView([scalars[end], scalars[end + 1]])) : ""
        return ["社区", "小区", "公司", "集团", "安置", "项目", "片区", "大道", "街道", "景区", "公园"].contains(after) || isBeforeTradeWord(scalars, end)
    }

    static func string(_ scalars: ArraySlice<UInt16>) -> String {
        var view = String.UnicodeScalarView()
        for value in scalars { if let scalar = Unicode.Scalar(UInt32(value)) { view.append(scalar) } }
        return String(view)
    }
}
