import Foundation
import Testing
@testable import ZongjieLint

/// The `typo` search fills its word-cost table and forward costs in one pass and reads each
/// start's words only up to the longest found; both of its passes must give the least cost
/// the plain segmentation (`segmentationCost`, one lookup per word) gives.
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

    @Test func bothPassesGiveTheLeastCostOnTheCorpus() throws {
        guard let corpus = Paths.corpus else {
            print("skipped: ../shared/corpus not present")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        #expect(!files.isEmpty)
        var runs: [[UInt16]] = []
        for file in files { runs += Self.runs(try String(contentsOf: file, encoding: .utf8)) }
        #expect(runs.count > 1_000)
        // Only the mismatches are reported, and at most a few.
        #expect(Array(Self.mismatches(runs).prefix(5)) == [])
    }
}
