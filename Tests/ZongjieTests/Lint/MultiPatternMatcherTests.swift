import Foundation
import Testing
import ZongjieCore
@testable import ZongjieLint

/// A small deterministic generator (SplitMix64) so property tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite struct MultiPatternMatcherTests {
    /// Every occurrence of every pattern, found the slow way.
    static func naive(_ patterns: [String], _ text: String) -> Set<MultiPatternMatcher.Match> {
        let bytes = Array(text.utf8)
        var result = Set<MultiPatternMatcher.Match>()
        for (index, pattern) in patterns.enumerated() {
            let needle = Array(pattern.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { continue }
            for start in 0...(bytes.count - needle.count) where bytes[start..<start + needle.count].elementsEqual(needle) {
                result.insert(.init(start: start, end: start + needle.count, pattern: index))
            }
        }
        return result
    }

    @Test func findsOverlappingAndNestedMatches() {
        let patterns = ["行政", "行政行政", "政行", "的的", "的", "he", "she", "hers"]
        let text = "行政行政裁量权的的ushers"
        let matcher = MultiPatternMatcher(patterns: patterns)
        let found = matcher.matches(in: Array(text.utf8))
        #expect(Set(found) == Self.naive(patterns, text))
        #expect(found.count == Self.naive(patterns, text).count)
        #expect(found.contains(.init(start: 0, end: 12, pattern: 1)))
    }

    @Test func emptyAndDuplicatePatterns() {
        let patterns = ["", "截止", "截止", "止"]
        let text = "截止目前截止"
        let found = MultiPatternMatcher(patterns: patterns).matches(in: Array(text.utf8))
        #expect(Set(found) == Self.naive(patterns, text))
        #expect(found.count == 6)
        #expect(MultiPatternMatcher(patterns: []).matches(in: Array(text.utf8)).isEmpty)
    }

    @Test func respectsTheRangeAndScalarBoundaries() {
        // "政" and "攻" share UTF-8 bytes with other CJK scalars; a byte-level
        // pattern taken from the middle of a scalar must never match.
        let text = "行政行政"
        let tail = Array(Array("政".utf8).dropFirst())
        let matcher = MultiPatternMatcher(bytePatterns: [tail, Array("政".utf8)])
        let found = matcher.matches(in: Array(text.utf8), range: 3..<12)
        #expect(found == [.init(start: 3, end: 6, pattern: 1), .init(start: 9, end: 12, pattern: 1)])
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func agreesWithNaiveSearch(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        // A small alphabet makes overlaps and nesting frequent.
        let alphabet: [Character] = ["行", "政", "的", "一", "截", "止", "a", "b", "X", "1", "，"]
        for _ in 0..<40 {
            let patternCount = Int.random(in: 1...30, using: &random)
            var patterns: [String] = []
            for _ in 0..<patternCount {
                let length = Int.random(in: 1...5, using: &random)
                patterns.append(String((0..<length).map { _ in alphabet.randomElement(using: &random)! }))
            }
            // Nested entries on purpose: prefixes and suffixes of existing ones.
            if let first = patterns.first, first.count > 1 {
                patterns.append(String(first.dropFirst()))
                patterns.append(String(first.dropLast()))
            }
            let textLength = Int.random(in: 0...200, using: &random)
            let text = String((0..<textLength).map { _ in alphabet.randomElement(using: &random)! })
            let expected = Self.naive(patterns, text)
            let found = MultiPatternMatcher(patterns: patterns).matches(in: Array(text.utf8))
            #expect(found.count == expected.count, "seed \(seed): \(patterns) in \(text)")
            #expect(Set(found) == expected, "seed \(seed): \(patterns) in \(text)")
            #expect(found == Self.reportOrder(found), "seed \(seed): order")
        }
    }

    /// 100,000 entries build into one automaton that finds entries from both ends of the
    /// list. How fast is measured by zongjie-bench (BENCHMARKS.md), never timed in tests.
    @Test func buildsLargeDictionaries() {
        var random = SeededGenerator(seed: 42)
        var patterns: [String] = []
        patterns.reserveCapacity(100_000)
        for _ in 0..<100_000 {
            let length = Int.random(in: 2...6, using: &random)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                scalars.append(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &random))!)
            }
            patterns.append(String(scalars))
        }
        let matcher = MultiPatternMatcher(patterns: patterns)
        #expect(matcher.patternCount == 100_000)
        let text = patterns[17] + "和" + patterns[99_999]
        let found = matcher.matches(in: Array(text.utf8))
        #expect(found.contains { $0.pattern == 17 } && found.contains { $0.pattern == 99_999 })
    }
}

extension MultiPatternMatcherTests {
    /// Large random CJK dictionaries (sparse below the dense rows) against naive search, on
    /// texts stitched from entries, their prefixes and suffixes, and random filler, so that
    /// overlapping, nested and cut-off entries all occur.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func largeDictionariesAgreeWithNaiveSearch(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        // A narrow block of ideographs keeps shared prefixes (deep tries) and overlaps common.
        func scalar() -> Unicode.Scalar { Unicode.Scalar(UInt32.random(in: 0x4E00...0x4E3F, using: &random)) ?? "一" }
        var patterns: [String] = []
        for _ in 0..<3_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...6, using: &random) { view.append(scalar()) }
            patterns.append(String(view))
        }
        for index in 0..<200 where patterns[index].unicodeScalars.count > 1 {
            patterns.append(String(patterns[index].unicodeScalars.dropFirst()))
            patterns.append(String(patterns[index].unicodeScalars.dropLast()))
        }
        var text = String.UnicodeScalarView()
        for _ in 0..<400 {
            switch Int.random(in: 0...3, using: &random) {
            case 0: text.append(contentsOf: patterns.randomElement(using: &random)?.unicodeScalars ?? "".unicodeScalars)
            case 1: text.append(contentsOf: (patterns.randomElement(using: &random) ?? "").unicodeScalars.dropFirst())
            case 2: text.append("，")
            default: for _ in 0..<3 { text.append(scalar()) }
            }
        }
        let string = String(text)
        let expected = Self.naive(patterns, string)
        #expect(!expected.isEmpty)
        let matcher = MultiPatternMatcher(patterns: patterns)
        let found = matcher.matches(in: Array(string.utf8))
        #expect(found.count == expected.count, "seed \(seed)")
        #expect(Set(found) == expected, "seed \(seed)")
        // A window of the text: only matches wholly inside it, none starting mid-scalar.
        let bytes = Array(string.utf8)
        let window = (bytes.count / 3)..<(2 * bytes.count / 3)
        let inside = expected.filter { $0.start >= window.lowerBound && $0.end <= window.upperBound }
        #expect(Set(matcher.matches(in: bytes, range: window)) == inside, "seed \(seed) window")
    }
}

extension MultiPatternMatcherTests {
    /// The order `forEachMatch` promises: by end, then longest first, then highest pattern index.
    static func reportOrder(_ matches: [MultiPatternMatcher.Match]) -> [MultiPatternMatcher.Match] {
        matches.sorted { ($0.end, $0.start, $1.pattern) < ($1.end, $1.start, $0.pattern) }
    }

    /// Bytes that are not UTF-8 (stray continuation bytes, cut-off and overlong sequences,
    /// surrogates) in the text, and ill-formed byte patterns: a well-formed pattern is found
    /// wherever its bytes start on a byte that is not a continuation byte, in any window;
    /// an ill-formed pattern never.
    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func illFormedBytesAgreeWithNaiveSearch(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pieces: [[UInt8]] = ["行", "政", "的", "a", "é", "😀", "，"].map { Array($0.utf8) }
            + [[0x94], [0xBF], [0xE8], [0xE8, 0xA1], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8], [0xF0, 0x9F, 0x98]]
            // Three-byte overlong forms, of "A" (a pattern's first scalar when "A" is drawn) and
            // of U+0000, which the matcher's skip at the root decodes without validating.
            + [Array("A".utf8), [0xE0, 0x81, 0x81], [0xE0, 0x80, 0x80], [0xE8, 0xA1, 0x41]]
        func piece() -> [UInt8] { pieces.randomElement(using: &random) ?? [] }
        for _ in 0..<60 {
            var patterns: [[UInt8]] = []
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                var pattern: [UInt8] = []
                for _ in 0..<Int.random(in: 1...3, using: &random) { pattern += piece() }
                patterns.append(pattern)
            }
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...80, using: &random) {
                text += Int.random(in: 0...2, using: &random) == 0 ? (patterns.randomElement(using: &random) ?? []) : piece()
            }
            let lower = text.isEmpty ? 0 : Int.random(in: 0..<text.count, using: &random)
            let upper = Int.random(in: lower...text.count, using: &random)
            for window in [0..<text.count, lower..<upper] {
                var expected = Set<MultiPatternMatcher.Match>()
                for (index, pattern) in patterns.enumerated() where String(validating: pattern, as: UTF8.self) != nil {
                    guard pattern.count <= window.count else { continue }
                    for start in window.lowerBound...(window.upperBound - pattern.count)
                    where text[start] & 0xC0 != 0x80 && text[start..<start + pattern.count].elementsEqual(pattern) {
                        expected.insert(.init(start: start, end: start + pattern.count, pattern: index))
                    }
                }
                let found = MultiPatternMatcher(bytePatterns: patterns).matches(in: text, range: window)
                #expect(found.count == expected.count && Set(found) == expected, "seed \(seed): \(patterns) in \(text) window \(window)")
                #expect(found == Self.reportOrder(found), "seed \(seed): order")
            }
        }
    }
}

@Suite struct ScanningCursorTests {
    @Test func positionCursorAgreesWithSourceText() {
        let source = SourceText("标题\r\n第一行：截止目前，abc\n\n第三行😀截止2023年\r最后")
        var random = SeededGenerator(seed: 3)
        var offsets = (0..<40).map { _ in Int.random(in: 0...source.utf8.count, using: &random) }
        offsets = offsets.filter { $0 == source.utf8.count || source.utf8[$0] & 0xC0 != 0x80 }.sorted()
        var cursor = PositionCursor(source)
        for offset in offsets {
            let position = cursor.position(ofByte: offset)
            #expect(position == source.position(ofByte: offset), "offset \(offset)")
        }
        var fresh = PositionCursor(source)
        let range = fresh.range(ofBytes: 8, 14)
        #expect(range == source.range(ofBytes: 8, 14))
    }

    /// The line cursor answers what the binary search does, for offsets in order (its fast
    /// path), going back, past the end and before the first line.
    @Test func lineCursorAgreesWithTheBinarySearch() {
        let source = SourceText("甲乙\r\n\n丙丁戊\n\n\nabc\r末行")
        var random = SeededGenerator(seed: 5)
        let ascending = (0..<60).map { _ in Int.random(in: -2...(source.utf8.count + 3), using: &random) }.sorted()
        let shuffled = (0..<60).map { _ in Int.random(in: -2...(source.utf8.count + 3), using: &random) }
        var cursor = LineCursor(source)
        for offset in ascending + shuffled {
            #expect(cursor.lineNumber(containing: offset) == source.lineNumber(containing: offset), "offset \(offset)")
        }
        var empty = LineCursor(SourceText(""))
        #expect(empty.lineNumber(containing: 0) == SourceText("").lineNumber(containing: 0))
    }

    @Test func coverageCursorFindsEnclosingSpans() {
        typealias Span = MultiPatternMatcher.Match
        var cover = CoverageCursor([Span(start: 10, end: 20, pattern: 0), Span(start: 0, end: 4, pattern: 1)])
        let answers = [Span(start: 0, end: 4, pattern: 2), Span(start: 3, end: 6, pattern: 2), Span(start: 12, end: 18, pattern: 2), Span(start: 15, end: 21, pattern: 2)]
            .map { cover.covers($0) }
        #expect(answers == [true, false, true, false])
    }
}

@Suite struct WordingDictionaryPlainLineTests {
    /// Lines read on bytes give exactly what the general reading gives, errors included, on
    /// random lines of tabs, spaces, ideographic spaces, comments, combining marks and CRs.
    @Test(arguments: [31, 32, 33] as [UInt64])
    func plainLinesAgreeWithTheGeneralReading(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pieces = ["覆行", "履行", "其它", "\t", "\t", " ", "\u{3000}", "\u{00A0}", "#", "\u{0301}", "\r", "a", "x:1", "\u{2003}", "\u{3001}", "\u{000B}"]
        for _ in 0..<300 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                var line = ""
                for _ in 0..<Int.random(in: 0...6, using: &random) { line += pieces.randomElement(using: &random) ?? "" }
                lines.append(line)
            }
            let text = lines.joined(separator: Bool.random(using: &random) ? "\n" : "\r\n")
            let plain = Result { try WordingDictionaryFile.parse(text, path: "d.tsv", plainLinesOnBytes: true) }
            let general = Result { try WordingDictionaryFile.parse(text, path: "d.tsv", plainLinesOnBytes: false) }
            switch (plain, general) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(text.debugDescription)")
            case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)", "\(text.debugDescription)")
            default: Issue.record("one reading failed, the other not: \(text.debugDescription)")
            }
        }
    }
}
