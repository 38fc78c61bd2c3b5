import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
@testable import ZongjieLint

/// Every line prefilter is a necessary condition of its declaration: on random and hostile
/// text (ill-formed and overlong UTF-8 decoded as input is, CJK and ASCII mixed, doubled runs,
/// long lines), a line whose decoded scalars hold the declaration always passes the shared line
/// features and the byte test. And no rule finds less with prefilters than with them bypassed.
@Suite struct PrefilterSoundnessTests {
    /// Every kind, with the parameters rules use and a few others.
    static let kinds: [(name: String, prefilter: LinePrefilter)] = [
        ("anyTerm sum anchors", .anyTerm(SumMismatchRule.anchors)),
        ("anyTerm percent", .anyTerm(["%", "％"])),
        ("anyTerm mixed", .anyTerm(["某某", "ab", "【待", "X", "𠀀中"])),
        ("chineseMark", .chineseMark),
        ("doubledIdeographs", .doubledIdeographs(singles: ["的", "被", "从"])),
        ("letterRunBeforeChinese", .letterRunBeforeChinese(excluding: "X")),
        ("fillInMarks", .fillInMarks(xRunFollowers: PlaceholderRule.slotStarters)),
        ("asciiMarkBesideNonASCII", .asciiMarkBesideNonASCII),
        ("bracketBeforeDigit", .bracketBeforeDigit),
        ("spaceBetweenIdeographAndAlphanumeric", .spaceBetweenIdeographAndAlphanumeric),
        ("notEndingInFigureCells", .notEndingInFigureCells),
        ("repeated-word", RepeatedWordRule.prefilter),
        ("latin-in-cjk", LatinInCJKRule.prefilter),
        ("placeholder", PlaceholderRule.prefilter),
        ("punctuation-width", PunctuationWidthRule.prefilter),
        ("cjk-spacing", CJKSpacingRule.prefilter),
        ("sum-mismatch", SumMismatchRule.prefilter),
        ("rate-mismatch", RateMismatchRule.prefilter),
    ]

    /// Rules that declare a prefilter.
    static let rules: [any LintRule.Type] = [
        RepeatedWordRule.self, LatinInCJKRule.self, PlaceholderRule.self, PunctuationWidthRule.self,
        CJKSpacingRule.self, SumMismatchRule.self, RateMismatchRule.self,
    ]

    @Test func everyKindAdmitsEveryLineThatHoldsItsDeclaration() {
        var random = SeededGenerator(seed: 18)
        var held = [Int](repeating: 0, count: Self.kinds.count)
        var skipped = [Int](repeating: 0, count: Self.kinds.count)
        var failures: [String] = []
        for _ in 0..<300 {
            let text = HostileText.document(lines: 12, using: &random)
            let source = SourceText(text)
            let features = LineFeatures.scan(source)
            source.utf8.withUnsafeBufferPointer { bytes in
                for (index, span) in source.lines.enumerated() {
                    let scalars = ScalarLine(number: index + 1, bytes: bytes, span: span).scalars
                    for (which, kind) in Self.kinds.enumerated() where kind.prefilter.holds(scalars) {
                        held[which] += 1
                        if !kind.prefilter.admits(features[index], bytes, span) {
                            failures.append("\(kind.name) skipped a line that holds it: \(String(String.UnicodeScalarView(scalars)).debugDescription.prefix(200))")
                        }
                    }
                    for (which, kind) in Self.kinds.enumerated() where !kind.prefilter.admits(features[index], bytes, span) {
                        skipped[which] += 1
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        // Not vacuous: the generator makes lines that hold each declaration, and lines each skips.
        for (which, kind) in Self.kinds.enumerated() {
            #expect(held[which] >= 20, "\(kind.name) held on only \(held[which]) lines")
            #expect(skipped[which] >= 20, "\(kind.name) skipped only \(skipped[which]) lines")
        }
    }

    @Test func rulesFindTheSameWithPrefiltersBypassed() {
        var random = SeededGenerator(seed: 1818)
        let catalog = ReportTypeCatalog(types: [])
        for rule in Self.rules {
            let linter = Linter(rules: [rule.init()], catalog: catalog)
            // The rule's own triggering examples (so each rule finds something), then random text.
            var texts = rule.description.triggering.map { $0.text.replacingOccurrences(of: "↓", with: "") }
            for _ in 0..<150 { texts.append(HostileText.document(lines: 8, using: &random)) }
            var findings = 0
            for text in texts {
                let filtered = linter.lint(text, path: "t.txt")
                let all = LinePrefilter.$bypassed.withValue(true) { linter.lint(text, path: "t.txt") }
                findings += all.count
                #expect(filtered == all, "\(rule.id): \(String(text.prefix(200)).debugDescription)")
                if filtered != all { break }
            }
            #expect(findings > 0, "\(rule.id) found nothing to compare")
        }
    }

    @Test func termFeaturesAreThoseEveryTermHas() {
        // A term's own bytes fix its features: 其中 and 分别 both end in a sum-anchor pair.
        #expect(TermSearch(SumMismatchRule.anchors).features.contains(.sumAnchor))
        #expect(TermSearch(["%", "％"]).features == .percent)
        #expect(TermSearch(["%", ""]).features.isEmpty)
    }
}

/// Random lines from the pieces of real summaries and of the rules' triggers, mixed with
/// ASCII, rare scalars and ill-formed UTF-8, decoded the way input files are.
enum HostileText {
    static let pieces: [String] = [
        "其中", "分别为", "分别是", "共", "件", "12", "3.5", "%", "％", "的的", "行政行政", "研究研究", "常常",
        "某某", "XX", "X", "20XX", "XX件", "XX市", "____", "_", "＿", "{{名称}}", "【待填写】", "【", "TODO", "TBD",
        "FIXME", "××", "ＸＸ", "D组", "D", "AAA", "GDP", "A级", "局", "委（局）", " ", "  ", "   ", "\t",
        "\u{3000}", ",", ";", ":", "(", ")", "?", "!", "[", "]", "[2023]", "【2023】", "（2023）", "［2023］", "号",
        "，", "。", "、", "；", "：", "（", "）", "“", "”", "—", "…", "·", "〇", "０", "９", "中", "国", "政",
        "务", "公", "开", "年", "度", "报", "告", "被被", "从从", "目的的", "𠀀", "𠀀𠀀", "e\u{301}", "😀", "ａ",
        "a", "Z", "9", "0", "57 5 0 1", "总计 57 5 0 1", "2023 年", "年 2023", "http://a.cn", "`code`",
        "整改率98.3%", "共发现隐患3562条，已整改3502条。", "不予公开20件（1.68%）", "共受理12件，其中咨询5件，其他8件",
    ]

    /// Ill-formed or overlong UTF-8: lone continuation bytes, truncated sequences, overlong
    /// forms of "," "[" "%" and "X", surrogates, bytes never valid.
    static let brokenBytes: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0xAC], [0xC1, 0x9B], [0xE0, 0x80, 0xAC], [0xE0, 0x80, 0xA5], [0xF0, 0x80, 0x80, 0xAC],
        [0xE0, 0x81, 0x98], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xE5], [0xFF], [0xFE], [0xF4, 0x90, 0x80, 0x80],
        [0xEF, 0xBC], [0xE3, 0x80], [0xC3], [0xF0, 0xA0, 0x80],
    ]

    static func document<R: RandomNumberGenerator>(lines: Int, using random: inout R) -> String {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...lines, using: &random) {
            bytes += line(using: &random)
            bytes.append(0x0A)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func line<R: RandomNumberGenerator>(using random: inout R) -> [UInt8] {
        var bytes: [UInt8] = []
        let count = Int.random(in: 0...(Bool.random(using: &random) ? 12 : 60), using: &random)
        for _ in 0..<count {
            switch Int.random(in: 0..<20, using: &random) {
            case 0: bytes += brokenBytes.randomElement(using: &random) ?? []
            case 1: bytes.append(UInt8.random(in: 0x20...0x7E, using: &random))
            case 2:
                let value = UInt32.random(in: 0x3000...0x9FFF, using: &random)
                bytes += Array(String(Unicode.Scalar(value).map(Character.init) ?? "中").utf8)
            case 3:
                // A doubled run of what came before (ABAB, 的的, or across pieces).
                let tail = min(bytes.count, Int.random(in: 1...12, using: &random))
                bytes += bytes.suffix(tail)
            default: bytes += Array((pieces.randomElement(using: &random) ?? "").utf8)
            }
        }
        return bytes
    }
}
