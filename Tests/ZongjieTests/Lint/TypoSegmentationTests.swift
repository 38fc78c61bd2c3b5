import Foundation
import Testing
@testable import ZongjieLint

/// The `typo` search fills its word-cost table and forward costs in one pass and reads each
/// start's words only up to the longest found; both of its passes must give the least cost
/// the plain segmentation (`segmentationCost`, one lookup per word) gives. Inside a word of
/// the best path it tries only windows of whole path words; that must find what trying every
/// window across the word finds.
@Suite struct TypoSegmentationTests {
    static let detector = TypoDetector(lexicon: .shared)

    static func runs(_ text: String) -> [[UInt16]] {
        var runs: [[UInt16]] = [], run: [UInt16] = []
        for scalar in text.unicodeScalars {
            if TypoDetector.isRunScalar(scalar.value) { run.append(UInt16(truncatingIfNeeded: scalar.value)); continue }
            if !run.isEmpty { runs.append(run); run.removeAll() }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    static func mismatches(_ runs: [[UInt16]]) -> [String] {
        runs.compactMap { run in
            let plain = detector.segmentationCost(run)
            let search = detector.searchCosts(run)
            guard search.forward != plain || search.backward != plain else { return nil }
            return "\(TypoChecker.string(run[...])): plain \(plain), forward \(search.forward), backward \(search.backward)"
        }
    }

    @Test func bothPassesGiveTheLeastCostOnInventedText() {
        let text = """
        统筹推进大数局中心建设，确保各项工作落到实出。堵塞管理漏动，发挥战斗堡垒做用。
        坚持以人民为中心的发展思想，全面深化改革开放，推动经济社会高质量发展取得新成效。
        一，二三，中华人民共和国政府信息公开条例，鿏鿏㐀㐁，的的的的的的，
        """
        let runs = Self.runs(text)
        #expect(runs.count == 12)
        #expect(Self.mismatches(runs) == [])
    }

    /// The Han runs of the corpus documents; nil (the test says why it skips) when absent.
    static func corpusRuns() throws -> [[UInt16]]? {
        guard let corpus = Paths.corpus else {
            print("skipped: ../shared/corpus not present")
            return nil
        }
        let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        var runs: [[UInt16]] = []
        for file in files { runs += Self.runs(try String(contentsOf: file, encoding: .utf8)) }
        return runs
    }

    @Test func bothPassesGiveTheLeastCostOnTheCorpus() throws {
        guard let runs = try Self.corpusRuns() else { return }
        #expect(runs.count > 1_000)
        // Only the mismatches are reported, and at most a few.
        #expect(Array(Self.mismatches(runs).prefix(5)) == [])
    }

    /// The suspects of `runs` with in-word windows aligned to the path and with every window,
    /// at the rule's thresholds and at none; only the runs where they differ.
    static func alignmentMismatches(_ runs: [[UInt16]]) -> [String] {
        var mismatches: [String] = []
        for (threshold2, threshold3, inWordExtra) in [(Int32(4), Int32(1), Int32(4)), (0, 0, 0)] {
            var parameters = TypoDetector.Parameters()
            (parameters.threshold2, parameters.threshold3, parameters.inWordExtra) = (threshold2, threshold3, inWordExtra)
            let aligned = TypoDetector(lexicon: .shared, parameters: parameters)
            parameters.alignedInWord = false
            let every = TypoDetector(lexicon: .shared, parameters: parameters)
            for run in runs where aligned.suspects(in: run) != every.suspects(in: run) {
                mismatches.append("\(TypoChecker.string(run[...])) at \(threshold2)/\(threshold3)/\(inWordExtra)")
            }
        }
        return mismatches
    }

    @Test func slipsThatFormAWordAreFoundInWindowsOfWholeWords() {
        // Each slip forms a word of its own (总数, 公私, 保鲜, 腐化, 主人): only the longer word
        // across it shows the slip.
        let text = "海关总数牵头负责，集团有限公私召开会议，参加社会保鲜人数增加，建成电商腐化器两个，聘请主人医师坐诊。"
        let checker = TypoChecker()
        let corrections = Set(checker.hits(in: text).map(\.replacement))
        #expect(corrections.isSuperset(of: ["海关总署", "有限公司", "社会保险", "孵化器", "主任医师"]), "\(corrections.sorted())")
        #expect(Self.alignmentMismatches(Self.runs(text)) == [])
    }

    @Test func windowsOfWholeWordsFindWhatEveryWindowFindsOnTheCorpus() throws {
        guard let runs = try Self.corpusRuns() else { return }
        #expect(runs.count > 1_000)
        #expect(Array(Self.alignmentMismatches(runs).prefix(5)) == [])
    }
}
