import Testing
import ZongjieCore
import ZongjieResources
@testable import ZongjieLint

/// The `typo` rule's third pass (BENCHMARKS.md “`typo` accuracy, third pass”): similar-shape
/// pairs derived from char-similar's component and stroke data, same-sound pairs for rarer
/// characters, and trade names read as names.
@Suite struct TypoRecallTests {
    static let linter = TypoRuleTests.linter

    static func confused(_ character: String) -> Set<String> {
        let lexicon = TypoLexicon.shared
        let head = Int(TypoRuleTests.units(character)[0])
        let list = lexicon.confusedWith[Int(lexicon.confusionStart[head])..<Int(lexicon.confusionStart[head + 1])]
        return Set(list.compactMap { Unicode.Scalar(UInt32(UInt16(truncatingIfNeeded: $0))).map { String($0) } })
    }

    static func terms(_ text: String) -> [String] {
        linter.lint(text, path: "a.txt").map { "\($0.data["term"] ?? "")→\($0.data["replacement"] ?? "")" }
    }

    @Test func derivedPairsAreInTheConfusionSets() throws {
        let notice = try #require(EmbeddedFiles.all["dictionaries/typo/NOTICE"])
        #expect(notice.contains("char-similar"))
        // A character and its phonetic part; one stroke more or less; a rarer character and
        // the common ones of its sound (one direction only).
        #expect(Self.confused("完").contains("院") && Self.confused("院").contains("完"))
        #expect(Self.confused("厂").contains("广") && Self.confused("白").contains("自"))
        #expect(Self.confused("闵").contains("民") && !Self.confused("民").contains("闵"))
        // Radicals dropped or added are no evidence: 口 is not confused with 员 through its parts.
        #expect(!Self.confused("口").contains("员"))
    }

    @Test func glyphSlipsAreFound() {
        #expect(Self.terms("市第一人民医完门诊楼建成投用。") == ["医完→医院"])
        #expect(Self.terms("厂泛开展健康宣教活动。") == ["厂泛开展→广泛开展"])
        #expect(Self.terms("市第一人民医院门诊楼建成投用，广泛开展健康宣教活动。").isEmpty)
    }

    /// A rare two-character word before a trade (餐饮、物流、置业 …) is a shop or company name.
    @Test func tradeNamesAreNames() {
        #expect(Self.terms("引进优客餐饮总部项目，带动就业。").isEmpty)
        #expect(Self.terms("引进优客物流园区。").isEmpty)
        #expect(Self.terms("引进优客总部，带动就业。") == ["优客→游客"])
    }

    /// Weak evidence needs more gain than the threshold: a common lone character substituted
    /// or kept, a numeral, a line that starts with the kept character. Measured with a low
    /// threshold so that only the weak-evidence bar holds these back.
    @Test func weakEvidenceNeedsMoreGain() {
        let low = TypoChecker(thresholds: TypoChecker.Thresholds(twoCharacters: 4, longer: 4))
        for text in ["现向社会公开征求意见。", "单条视频播放量破亿，点击量破千万。", "组织防汛演练，汛前试鸣日当天集中宣传。", "理结计这一情形，不计其他情形。"] {
            #expect(low.hits(in: text).isEmpty, "\(text)")
        }
        // A slip with none of these stays a finding at the rule's thresholds.
        #expect(Self.terms("严格落实安全生产保章措施。") == ["保章→保障"])
    }
}
