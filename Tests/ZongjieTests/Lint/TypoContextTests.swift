import Foundation
import Testing
import ZongjieCore
import ZongjieResources
@testable import ZongjieLint

/// The `typo` rule's fourth pass (BENCHMARKS.md “`typo` accuracy, fourth pass”): real words the
/// frequency lists lack, law titles, deliberate phrases and a document's repeated terms keep
/// weak suspects from becoming findings, so the thresholds could come down to 4 / 1.
@Suite struct TypoContextTests {
    static let linter = TypoRuleTests.linter

    static func terms(_ text: String) -> [String] {
        linter.lint(text, path: "a.txt").map { "\($0.data["term"] ?? "")→\($0.data["replacement"] ?? "")" }
    }

    /// The rule's thresholds with one kind of evidence switched off (a negative bar).
    static func without(knownWords: Bool = false, phrases: Bool = false) -> TypoChecker {
        let rule = TypoChecker.Thresholds.rule
        return TypoChecker(thresholds: TypoChecker.Thresholds(
            twoCharacters: rule.twoCharacters, longer: rule.longer, inWordExtra: rule.inWordExtra,
            knownWord: knownWords ? -1 : rule.knownWord, phrase: phrases ? -1 : rule.phrase
        ))
    }

    static func words(_ hits: [TypoChecker.Hit]) -> [String] { hits.map { "\($0.word)→\($0.replacement)" } }

    @Test func knownWordsAreEmbeddedAndNamedInNotice() throws {
        let notice = try #require(EmbeddedFiles.all["dictionaries/typo/NOTICE"])
        #expect(notice.contains("pypinyin-dict") && notice.contains("known.txt"))
        let known = TypoKnownWords.shared
        #expect(known.count > 50_000)
        // Binary search needs each length's words sorted: the first and last words are found.
        for word in ["一丢", "龟龄", "鼻元音", "龚行天罚"] {
            #expect(known.contains(TypoRuleTests.units(word), 0, word.unicodeScalars.count), "\(word)")
        }
        #expect(known.contains(TypoRuleTests.units("勾稽"), 0, 2))
        // Only words the lexicon lacks: 勾起 is a word of words.txt, not of known.txt.
        #expect(!known.contains(TypoRuleTests.units("勾起"), 0, 2))
    }

    /// 勾稽关系 (the 年报 tables' cross-checks) is a real word one sound away from 勾起.
    @Test func aKnownRealWordIsNoSlip() {
        let text = "核对报表各栏数据的勾稽关系。"
        #expect(Self.words(Self.without(knownWords: true).hits(in: text)) == ["勾稽→勾起"])
        #expect(Self.terms(text).isEmpty)
    }

    /// A listed law title is right by definition, in 《》 or bare; the same word elsewhere is not.
    /// (Phrases off: 海关关衔 also reads as a doubled character, which alone would hold it back.)
    @Test func aListedLawTitleIsNoSlip() {
        let checker = Self.without(phrases: true)
        #expect(checker.hits(in: "认真学习《中华人民共和国海关关衔条例》。").isEmpty)
        #expect(checker.hits(in: "海关关衔条例").isEmpty)
        #expect(Self.words(checker.hits(in: "完善海关关衔制度。")) == ["关衔→官衔"])
        #expect(Self.terms("认真学习《中华人民共和国海关关衔条例》。").isEmpty)
    }

    /// A four-character parallel phrase (暗链错链) and a short quoted coined term are deliberate.
    @Test func deliberatePhrasesAreNoSlips() {
        let parallel = "定期清理网站暗链错链。"
        #expect(Self.words(Self.without(phrases: true).hits(in: parallel)) == ["暗链→暗恋"])
        #expect(Self.terms(parallel).isEmpty)
        let low = TypoChecker(thresholds: TypoChecker.Thresholds(twoCharacters: 0, longer: 0))
        let lowWithout = TypoChecker(thresholds: TypoChecker.Thresholds(twoCharacters: 0, longer: 0, phrase: -1))
        for text in ["开展“五失”人员帮扶。", "整治乱搭乱建问题。"] {
            #expect(!lowWithout.hits(in: text).isEmpty, "\(text)")
            #expect(low.hits(in: text).isEmpty, "\(text)")
        }
    }

    /// A weak two-character suspect that the document writes twice is one of its terms (a name
    /// here); once, it is still reported.
    @Test func aRepeatedTermOfTheDocumentIsNoSlip() {
        let once = "建设龙珊智慧小区。"
        #expect(Self.terms(once) == ["龙珊→龙山"])
        #expect(Self.terms(once + "\n年内龙珊智慧小区投入使用。").isEmpty)
        // A longer window stays a finding however often it recurs (a dated term used throughout).
        #expect(Self.terms("开展法制宣传活动。\n组织法制宣传进社区。") == ["法制宣传→法治宣传", "法制宣传→法治宣传"])
    }

    /// The independent checks: the real 年报 and the 1,001 real law titles (one per line) get no
    /// finding at the rule's thresholds.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Paths.shared.appendingPathComponent("nianbao-real").path), "../shared/nianbao-real not present"))
    func realNianbaoAndLawTitlesGetNoFinding() throws {
        let folder = Paths.shared.appendingPathComponent("nianbao-real")
        let reports = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "txt" }
        #expect(reports.count >= 4)
        for file in reports {
            let found = Self.linter.lint(try String(contentsOf: file, encoding: .utf8), path: file.lastPathComponent)
            #expect(found.isEmpty, "\(file.lastPathComponent): \(found.map { $0.data["term"] ?? "" })")
        }
        let titles = Paths.shared.appendingPathComponent("laws/titles.tsv")
        guard FileManager.default.fileExists(atPath: titles.path) else { return }
        let checker = TypoChecker()
        let text = try String(contentsOf: titles, encoding: .utf8)
        let flagged = text.split(separator: "\n").flatMap { line in checker.hits(in: String(line)).map(\.word) }
        #expect(flagged.isEmpty, "\(flagged)")
    }
}
