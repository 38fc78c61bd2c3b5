import Foundation
import ZongjieLint

/// `zongjie-bench typo-eval [--show] [PATH]`: the `typo` search on the ECSpell 公文 set
/// (default ../shared/typo/odw.train; lines `N<TAB>wrong<TAB>corrected`).
///
/// Near-duplicate sentences are grouped (char-bigram Jaccard ≥ 0.5 on the corrected
/// text) and the groups split into five folds. For each fold the thresholds are chosen on
/// the other four (highest recall with precision ≥ 0.92 and clean false alarms ≤ 1.2 %)
/// and measured on it; the pooled held-out figures are what BENCHMARKS.md reports, next to
/// the figures of the rule's own thresholds on the whole set.
enum TypoEval {
    struct Sentence {
        var wrong: [Unicode.Scalar]
        var corrected: [Unicode.Scalar]
        var wrongPositions: Set<Int>
        var group = 0
    }

    struct Counts {
        var truePositives = 0, falsePositives = 0, detected = 0, wrongSentences = 0, cleanAlarms = 0, cleanSentences = 0
        mutating func add(_ other: Counts) {
            truePositives += other.truePositives; falsePositives += other.falsePositives; detected += other.detected
            wrongSentences += other.wrongSentences; cleanAlarms += other.cleanAlarms; cleanSentences += other.cleanSentences
        }
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(detected) / Double(max(1, wrongSentences)) }
        var cleanRate: Double { Double(cleanAlarms) / Double(max(1, cleanSentences)) }
        var json: String {
            String(format: "\"precision\": %.3f, \"recall\": %.3f, \"clean_false_alarm\": %.4f, \"findings_right\": %d, \"findings_wrong\": %d, \"wrong_sentences\": %d, \"clean_sentences\": %d",
                   precision, recall, cleanRate, truePositives, falsePositives, wrongSentences, cleanSentences)
        }
    }

    static func load(_ path: String) throws -> [Sentence] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var sentences: [Sentence] = []
        for line in text.split(separator: "\n") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 3 else { continue }
            let wrong = Array(columns[1].unicodeScalars), corrected = Array(columns[2].unicodeScalars)
            var positions = Set<Int>()
            if wrong.count == corrected.count {
                for index in wrong.indices where wrong[index] != corrected[index] { positions.insert(index) }
            }
            sentences.append(Sentence(wrong: wrong, corrected: corrected, wrongPositions: positions))
        }
        group(&sentences)
        return sentences
    }

    /// Union-find over sentences sharing half their character bigrams.
    static func group(_ sentences: inout [Sentence]) {
        let bigrams = sentences.map { sentence -> Set<UInt64> in
            let s = sentence.corrected
            return Set(s.indices.dropLast().map { UInt64(s[$0].value) << 32 | UInt64(s[$0 + 1].value) })
        }
        var parent = Array(sentences.indices)
        func root(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        var postings: [UInt64: [Int]] = [:]
        for (index, set) in bigrams.enumerated() {
            var shared: [Int: Int] = [:]
            for bigram in set { for other in postings[bigram, default: []] { shared[other, default: 0] += 1 } }
            for (other, count) in shared where Double(count) / Double(max(1, set.count + bigrams[other].count - count)) >= 0.5 {
                parent[root(index)] = root(other)
            }
            for bigram in set { postings[bigram, default: []].append(index) }
        }
        var ids: [Int: Int] = [:]
        for index in sentences.indices { sentences[index].group = ids[root(index), default: ids.count]; ids[root(index)] = sentences[index].group }
    }

    static func measure(_ sentences: [Sentence], _ checker: TypoChecker, show: Bool = false) -> Counts {
        var counts = Counts()
        for sentence in sentences {
            let wrongHits = checker.hits(in: String(String.UnicodeScalarView(sentence.wrong)))
            let cleanHits = checker.hits(in: String(String.UnicodeScalarView(sentence.corrected)))
            var covered = false
            for hit in wrongHits {
                if sentence.wrongPositions.contains(where: { $0 >= hit.start && $0 < hit.end }) {
                    counts.truePositives += 1
                    covered = true
                    if show { print("TP\t\(hit.gain)\t\(hit.word)→\(hit.replacement)\t\(context(sentence.wrong, hit))") }
                } else {
                    counts.falsePositives += 1
                    if show { print("FP\t\(hit.gain)\t\(hit.word)→\(hit.replacement)\t\(context(sentence.wrong, hit))") }
                }
            }
            for hit in cleanHits {
                counts.falsePositives += 1
                if show { print("CLEAN\t\(hit.gain)\t\(hit.word)→\(hit.replacement)\t\(context(sentence.corrected, hit))") }
            }
            if show && !covered && !sentence.wrongPositions.isEmpty {
                let slips = sentence.wrongPositions.sorted().map { "\(sentence.wrong[$0])→\(sentence.corrected[$0])@\(String(String.UnicodeScalarView(sentence.corrected[max(0, $0 - 3)..<min(sentence.corrected.count, $0 + 4)])))" }
                print("MISS\t\(TypoChecker.segmentationGain(String(String.UnicodeScalarView(sentence.wrong)), String(String.UnicodeScalarView(sentence.corrected))))\t\(slips.joined(separator: " "))")
            }
            if !sentence.wrongPositions.isEmpty {
                counts.wrongSentences += 1
                if covered { counts.detected += 1 }
            }
            counts.cleanSentences += 1
            if !cleanHits.isEmpty { counts.cleanAlarms += 1 }
        }
        return counts
    }

    static func context(_ scalars: [Unicode.Scalar], _ hit: TypoChecker.Hit) -> String {
        String(String.UnicodeScalarView(scalars[max(0, hit.start - 6)..<min(scalars.count, hit.end + 6)]))
    }

    /// ZONGJIE_TYPO_IN_WORD=N: the in-word extra gain for every grid point and the rule (experiments).
    static let inWordExtra: Int32 = Int32(ProcessInfo.processInfo.environment["ZONGJIE_TYPO_IN_WORD"] ?? "") ?? TypoChecker.Thresholds.rule.inWordExtra
    /// ZONGJIE_TYPO_KNOWN=N: the least gain of a suspect that is a known real word, everywhere (experiments).
    static let knownWord: Int32 = Int32(ProcessInfo.processInfo.environment["ZONGJIE_TYPO_KNOWN"] ?? "") ?? TypoChecker.Thresholds.rule.knownWord
    /// ZONGJIE_TYPO_PHRASE=N: the least gain of a two-character suspect in a deliberate phrase (experiments).
    static let phrase: Int32 = Int32(ProcessInfo.processInfo.environment["ZONGJIE_TYPO_PHRASE"] ?? "") ?? TypoChecker.Thresholds.rule.phrase
    /// ZONGJIE_TYPO_RULE=A,B: the thresholds measured as the rule's (experiments).
    static let rule: TypoChecker.Thresholds = {
        let parts = (ProcessInfo.processInfo.environment["ZONGJIE_TYPO_RULE"] ?? "").split(separator: ",").compactMap { Int32($0) }
        guard parts.count == 2 else { return TypoChecker.Thresholds(twoCharacters: TypoChecker.Thresholds.rule.twoCharacters, longer: TypoChecker.Thresholds.rule.longer, inWordExtra: inWordExtra, knownWord: knownWord, phrase: phrase) }
        return TypoChecker.Thresholds(twoCharacters: parts[0], longer: parts[1], inWordExtra: inWordExtra, knownWord: knownWord, phrase: phrase)
    }()

    static let grid: [TypoChecker.Thresholds] = (0...14).flatMap { two in (0...7).map { TypoChecker.Thresholds(twoCharacters: Int32(two), longer: Int32($0), inWordExtra: inWordExtra, knownWord: knownWord, phrase: phrase) } }

    static func run(path: String, show: Bool, showGrid: Bool) throws -> [String] {
        // The lexicon's first use parses the embedded data: that is the load time.
        // CPU time of this thread: the machine may be shared, wall time is reported beside it.
        let clock = ContinuousClock()
        var words = 0
        let cpuBefore = threadCPUSeconds()
        let processCPUBefore = processCPUSeconds()
        let loading = clock.measure { words = TypoChecker.lexiconWordCount }
        let loadCPUMilliseconds = (threadCPUSeconds() - cpuBefore) * 1000
        // The load runs tasks on other threads too: all of its CPU time is the process's.
        let loadProcessCPUMilliseconds = (processCPUSeconds() - processCPUBefore) * 1000
        let loadMilliseconds = Double(loading.components.attoseconds) / 1e15 + Double(loading.components.seconds) * 1000
        let sentences = try load(path)
        let groups = Set(sentences.map(\.group)).count
        var lines: [String] = []
        lines.append(String(format: "{\"bench\": \"typo-eval\", \"sentences\": %d, \"groups\": %d, \"words\": %d, \"load_ms\": %.1f, \"load_cpu_ms\": %.1f, \"load_process_cpu_ms\": %.1f}",
                            sentences.count, groups, words, loadMilliseconds, loadCPUMilliseconds, loadProcessCPUMilliseconds))
        // Each threshold pair measured once per sentence; folds then only add up counts.
        let perSentence: [[Counts]] = grid.map { thresholds in
            let checker = TypoChecker(thresholds: thresholds)
            return sentences.map { measure([$0], checker) }
        }
        if showGrid {
            for (index, thresholds) in grid.enumerated() {
                var counts = Counts()
                for row in perSentence[index] { counts.add(row) }
                lines.append("{\"grid\": [\(thresholds.twoCharacters), \(thresholds.longer)], \(counts.json)}")
            }
        }
        let folds = 5
        var pooled = Counts()
        for fold in 0..<folds {
            func total(_ index: Int, heldOut: Bool) -> Counts {
                var counts = Counts()
                for (position, sentence) in sentences.enumerated() where (sentence.group % folds == fold) == heldOut {
                    counts.add(perSentence[index][position])
                }
                return counts
            }
            var chosen = 0
            var bestRecall = -1.0
            for index in grid.indices {
                let counts = total(index, heldOut: false)
                if counts.precision >= 0.92 && counts.cleanRate <= 0.012 && counts.recall > bestRecall {
                    bestRecall = counts.recall
                    chosen = index
                }
            }
            let counts = total(chosen, heldOut: true)
            pooled.add(counts)
            lines.append("{\"fold\": \(fold), \"thresholds\": [\(grid[chosen].twoCharacters), \(grid[chosen].longer)], \(counts.json)}")
        }
        lines.append("{\"held_out_pooled\": true, \(pooled.json)}")
        let rule = TypoChecker(thresholds: Self.rule)
        lines.append("{\"rule_thresholds\": [\(Self.rule.twoCharacters), \(Self.rule.longer), \(Self.rule.inWordExtra)], \"whole_set\": true, \(measure(sentences, rule, show: show).json)}")
        return lines
    }
}

extension TypoEval {
    /// `typo-scan PATH...`: every hit in the files with its gain, for judging real documents.
    static func scan(paths: [String]) throws -> [String] {
        let checker = TypoChecker(thresholds: Self.rule)
        var lines: [String] = []
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // One document at a time, as the rule sees it (repeated terms need the whole file).
            let textLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            var hits: [(line: Int, hit: TypoChecker.Hit)] = []
            for (number, line) in textLines.enumerated() {
                for hit in checker.hits(in: String(line)) { hits.append((number, hit)) }
            }
            let document = hits.isEmpty ? [] : textLines.map { Array($0.unicodeScalars) }
            if !hits.isEmpty && ProcessInfo.processInfo.environment["ZONGJIE_TYPO_NO_REPEATED"] == nil {
                hits = TypoChecker.droppingRepeatedTerms(hits, lines: document)
            }
            for (number, hit) in hits {
                lines.append("\(path):\(number + 1):\(hit.start + 1)\t\(hit.curated ? "curated" : String(hit.gain))\t\(hit.word)→\(hit.replacement)\t\(context(document[number], hit))")
            }
        }
        return lines
    }
}
