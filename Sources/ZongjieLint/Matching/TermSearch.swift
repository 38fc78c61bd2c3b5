import Foundation
import ZongjieCore

/// Whether a line holds one of a few short terms, on its bytes: the prefilter of rules that
/// only speak where a word or sign occurs (其中, %). Each term is found by a rare pair of its
/// bytes, sixteen positions at a time, and confirmed in full; for a term that starts with a
/// multi-byte scalar the pair is that scalar's last two bytes (a lead byte is shared by
/// thousands of ideographs, the tail by few).
struct TermSearch: Sendable {
    private struct Term: Sendable {
        let bytes: [UInt8]
        /// Where the anchor pair starts in `bytes`.
        let anchor: Int
        let first: UInt8
        /// The byte after `first`, or nil for a one-byte term.
        let second: UInt8?
    }

    private let terms: [Term]
    /// Each term's anchor pair as lanes (a one-byte term: its byte alone).
    private let pairs: [(SIMD16<UInt8>, SIMD16<UInt8>?)]
    /// The `LineFeatures` every line holding one of the terms has: those each term has on its
    /// own. Features are byte patterns inside a window, so a term's patterns stay in any line
    /// that holds it; the term is scanned followed by a line break and zero bytes, which match
    /// no pattern, so no window reaching past the term counts.
    let features: LineFeatures

    init(_ words: [String]) {
        terms = words.filter { !$0.isEmpty }.map { word in
            let bytes = Array(word.utf8)
            let anchor = bytes[0] >= 0xE0 && bytes.count >= 3 ? 1 : 0
            return Term(bytes: bytes, anchor: anchor, first: bytes[anchor], second: anchor + 1 < bytes.count ? bytes[anchor + 1] : nil)
        }
        pairs = terms.map { (SIMD16<UInt8>(repeating: $0.first), $0.second.map { SIMD16<UInt8>(repeating: $0) }) }
        var shared = LineFeatures.all
        for word in words where !word.isEmpty {
            shared.formIntersection(LineFeatures.scan(SourceText(word + "\n" + String(repeating: "\u{0}", count: 40)))[0])
        }
        features = words.contains(where: \.isEmpty) ? [] : shared
    }

    /// Whether one of the terms occurs in `bytes[span]`.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        LineBytes.contains(bytes, span.start..<span.end, block: { here, next in
            var lanes = SIMDMask<SIMD16<Int8>>(repeating: false)
            for (first, second) in pairs {
                lanes = lanes .| (second.map { (here .== first) .& (next .== $0) } ?? (here .== first))
            }
            return lanes
        }) { index in
            terms.contains { term in
                let start = index - term.anchor
                guard bytes[index] == term.first, start >= span.start, start + term.bytes.count <= span.end else { return false }
                for offset in 0..<term.bytes.count where bytes[start + offset] != term.bytes[offset] { return false }
                return true
            }
        }
    }

    /// Whether `text` holds one of `terms` (a heading, a short string): one pass over its bytes.
    static func text(_ text: String, containsAnyOf terms: [String]) -> Bool {
        Words(terms).found(in: text)
    }

    /// `text(_:containsAnyOf:)` for many texts and the same terms: the terms' bytes are taken
    /// once, not once per text (an array per term and text cost more than the search).
    struct Words {
        private let needles: [[UInt8]]

        init(_ terms: [String]) {
            needles = terms.map { Array($0.utf8) }
        }

        /// Whether `text` holds one of the terms.
        func found(in text: String) -> Bool {
            var text = text
            return text.withUTF8 { UTF8Search.containsAny($0, 0, $0.count, needles) }
        }
    }

    /// The `Words` of the keyword lists asked for lately, kept across documents: a rule that
    /// takes its keywords from the report type asks with the same array for every document of
    /// that type (compared by its storage first), and building `Words` allocated an array per
    /// term. A few lists are kept, for runs that mix report types.
    final class WordsCache: @unchecked Sendable {
        private let lock = NSLock()
        // Guarded by `lock`; the oldest first.
        private var kept: [(keywords: [String], words: Words)] = []
        private static let capacity = 8

        /// `Words(keywords)`, built only when `keywords` are not among the lists kept.
        func words(for keywords: [String]) -> Words {
            lock.lock()
            defer { lock.unlock() }
            if let index = kept.lastIndex(where: { $0.keywords == keywords }) {
                return kept[index].words
            }
            let words = Words(keywords)
            if kept.count == Self.capacity { kept.removeFirst() }
            kept.append((keywords, words))
            return words
        }
    }
}
