import ZongjieCore
import ZongjieDrafting

/// The byte-level searches of plugin rules: terms found as their UTF-8 bytes (with the
/// shared dictionary scan when it holds them), so a scope is never decoded to look for them.
extension PluginRuleCheck {
    /// Whether the scope states what a `required` rule asks for: a sentence with one of
    /// `terms` (followed in it by a count, or saying there was none, when `figure`), or with
    /// no terms any digit. Searched on the scope's bytes; the answer alone matters, so the
    /// search stops at the first sentence that has it.
    func stated(_ terms: [String], figure: Bool) -> Bool {
        let source = context.source
        let runs = scope.byteRuns(in: source)
        return source.utf8.withUnsafeBufferPointer { text in
            if terms.isEmpty {
                return runs.contains { PluginByteText.hasDigit(text, $0) }
            }
            // A term holding a sentence end or line break lies in no sentence: it never matches.
            let needles = terms
                .filter { !$0.unicodeScalars.contains { PluginTextSearch.endsSentence($0) || $0 == "\n" || $0 == "\r" } }
                .map { ($0, ByteNeedle($0)) }
            for run in runs {
                for (term, needle) in needles {
                    let stopped = !occurrences(of: term, needle, in: text, run) { start in
                        if !figure { return false }
                        let sentence = PluginByteText.sentence(around: start, start + needle.count, in: text, bounds: run)
                        let satisfied = PluginByteText.hasCount(text, (start + needle.count)..<sentence.upperBound)
                            || PluginByteText.statesNone(text, sentence)
                        return !satisfied
                    }
                    if stopped { return true }
                }
            }
            return false
        }
    }

    /// Calls `body` with the start of each non-overlapping occurrence of `term` in
    /// `text[run]`, leftmost first, until it returns false (then returns false): from the
    /// run's dictionary scan when it holds the term, else by searching the bytes.
    func occurrences(of term: String, _ needle: ByteNeedle, in text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, _ body: (Int) -> Bool) -> Bool {
        guard let dictionary, let starts = dictionary.starts(of: term, in: context) else {
            return needle.forEachOccurrence(in: text, run, body)
        }
        guard needle.count > 0 else { return true }
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < run.lowerBound { low = mid + 1 } else { high = mid }
        }
        // The scan reports overlapping occurrences too; a left-to-right search resumes after each.
        var next = run.lowerBound
        for start in starts[low...] {
            if start + needle.count > run.upperBound { break }
            if start < next { continue }
            if !body(start) { return false }
            next = start + needle.count
        }
        return true
    }

    /// The scope's lines (in order, repeats kept) where one of `terms` occurs: a term that
    /// occurs nowhere in a line's bytes finds nothing on it, so only these are decoded.
    func lines(holding terms: [String]) -> [Int] {
        let source = context.source
        var hit = [Bool](repeating: false, count: source.lines.count + 1)
        var any = false
        source.utf8.withUnsafeBufferPointer { text in
            for run in scope.byteRuns(in: source) {
                for term in terms {
                    _ = occurrences(of: term, ByteNeedle(term), in: text, run) { start in
                        hit[source.lineNumber(containing: start)] = true
                        any = true
                        return true
                    }
                }
            }
        }
        return any ? scope.lines.filter { $0 >= 1 && $0 < hit.count && hit[$0] } : []
    }
}
