/// Suggests the known name closest to a mistyped one.
public enum DidYouMean {
    /// The candidate within a small edit distance of `word` (case-insensitive), or nil.
    public static func suggest(_ word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        let wordLength = lowered.unicodeScalars.count
        for candidate in candidates {
            // The distance is at least the length gap; a candidate too far off by length alone is
            // never suggested, and skipping it keeps a pasted 100 KB key from costing seconds.
            let candidateLength = candidate.unicodeScalars.count
            if abs(wordLength - candidateLength) > max(2, min(wordLength, candidateLength) / 3) { continue }
            let distance = editDistance(Array(lowered.unicodeScalars), Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(2, min(word.unicodeScalars.count, best.candidate.unicodeScalars.count) / 3)
        return best.distance <= limit ? best.candidate : nil
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Int {
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for leftIndex in 1...left.count {
            current[0] = leftIndex
            for rightIndex in 1...right.count {
                let cost = left[leftIndex - 1] == right[rightIndex - 1] ? 0 : 1
                current[rightIndex] = min(previous[rightIndex] + 1, current[rightIndex - 1] + 1, previous[rightIndex - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
