extension TypoDetector {
    /// One run's search over borrowed memory: the run, and its word-cost table and
    /// segmentation costs from either end, in the caller's scratch buffer. This file builds
    /// the table, the least costs from either end and the best path; TypoSubstitution.swift
    /// tries the substitutions along that path.
    struct Search {
        let detector: TypoDetector
        let run: UnsafePointer<UInt16>
        let count: Int
        /// cost[i * maxLength + length - 1]: the word run[i..<i + length], or -1.
        let cost: UnsafeMutablePointer<Int32>
        /// forward[i]: the least cost of run[0..<i]; backward[i]: of run[i..<count].
        let forward: UnsafeMutablePointer<Int32>
        let backward: UnsafeMutablePointer<Int32>
        /// longest[i]: the length of the longest word starting at i (1 when none but the
        /// character): the backward pass and the path walk read no entry past it.
        let longest: UnsafeMutablePointer<Int32>
        /// pathWord[i]: the length of the best path's word starting at i, 0 when none starts
        /// there; pathWord[count] is 1 (the run's end is a boundary too).
        let pathWord: UnsafeMutablePointer<Int32>

        var lexicon: TypoLexicon { detector.lexicon }
        let tables: SearchTables
        /// `tables.floors` and `tables.floorRowOf`, borrowed for the run.
        let floors: UnsafePointer<UInt8>
        let floorRowOf: UnsafePointer<UInt16>

        func suspects() -> [Suspect] {
            fillCostsAndForward()
            fillBackward()
            return walkBestPath()
        }

        /// The least cost of the run from the forward and from the backward pass.
        func costsFromBothEnds() -> (forward: Int32, backward: Int32) {
            fillCostsAndForward()
            fillBackward()
            return (forward[count], backward[0])
        }

        /// The word-cost table and the forward costs in one pass: `forward[start]` is final
        /// when the pass reaches `start` (every word ending there starts before it), so each
        /// word found relaxes the forward cost of its end right away, and no second pass
        /// reads the table's empty entries. Costs stay far below overflow (at most
        /// `Int32.max / 4` plus a few word costs), so sums use `&+` (no overflow check).
        @inline(__always)
        private func fillCostsAndForward() {
            let maxLength = TypoLexicon.maxWordLength
            let unknownSingle = detector.parameters.unknownSingle
            let lexicon = self.lexicon
            let infinity = Int32.max / 4
            forward[0] = 0
            for end in 1...count { forward[end] = infinity }
            for start in 0..<count {
                let row = cost + start &* maxLength
                let here = forward[start]
                let single = lexicon.singleCost(run[start]) ?? unknownSingle
                row[0] = single
                row[1] = -1; row[2] = -1; row[3] = -1; row[4] = -1
                longest[start] = 1
                if single >= 0 { forward[start &+ 1] = min(forward[start &+ 1], here &+ single) }
                // No word starts with these two (three) characters: none longer either.
                guard start &+ 1 < count, lexicon.mayStartWord(run[start], run[start &+ 1]) else { continue }
                var packed = UInt64(run[start]) << 48 | UInt64(run[start &+ 1]) << 32
                if let found = lexicon.cost(packedKey: packed) {
                    row[1] = found
                    longest[start] = 2
                    forward[start &+ 2] = min(forward[start &+ 2], here &+ found)
                }
                guard start &+ 2 < count, lexicon.mayStartWord(run[start], run[start &+ 1], run[start &+ 2]) else { continue }
                packed |= UInt64(run[start &+ 2]) << 16
                if let found = lexicon.cost(packedKey: packed) {
                    row[2] = found
                    longest[start] = 3
                    forward[start &+ 3] = min(forward[start &+ 3], here &+ found)
                }
                guard start &+ 3 < count else { continue }
                packed |= UInt64(run[start &+ 3])
                guard lexicon.mayStartWord(packed: packed) else { continue }
                if let found = lexicon.cost(packedKey: packed) {
                    row[3] = found
                    longest[start] = 4
                    forward[start &+ 4] = min(forward[start &+ 4], here &+ found)
                }
                guard start &+ 4 < count else { continue }
                if let found = lexicon.cost(packedKey: TypoLexicon.fiveKey(packed, run[start &+ 4])) {
                    row[4] = found
                    longest[start] = 5
                    forward[start &+ 5] = min(forward[start &+ 5], here &+ found)
                }
            }
        }

        /// The backward costs, over each start's words only (up to `longest`).
        @inline(__always)
        private func fillBackward() {
            let maxLength = TypoLexicon.maxWordLength
            let infinity = Int32.max / 4
            backward[count] = 0
            var start = count &- 1
            while start >= 0 {
                let row = cost + start &* maxLength
                var best = infinity
                if row[0] >= 0 { best = row[0] &+ backward[start &+ 1] }
                let last = Int(longest[start])
                var length = 2
                while length <= last {
                    let word = row[length &- 1]
                    if word >= 0 { best = min(best, word &+ backward[start &+ length]) }
                    length &+= 1
                }
                backward[start] = best
                start &-= 1
            }
        }

        /// Along the best path (the shortest word first where paths tie), the characters worth
        /// a search: a dear lone character or one in a rare word, and, with a higher bar, one
        /// inside a common word. The path is laid out first (`pathWord`): a slip inside a
        /// common word is looked for only in windows made of whole words of the path.
        @inline(__always)
        private func walkBestPath() -> [Suspect] {
            let maxLength = TypoLexicon.maxWordLength
            let p = detector.parameters
            let total = forward[count]
            var start = 0
            while start < count {
                // The best path's word at `start`.
                let row = cost + start &* maxLength
                let here = forward[start]
                var length = 1
                var candidate = 1
                let last = Int(longest[start])
                while candidate <= last {
                    let word = row[candidate &- 1]
                    if word >= 0 && here &+ word &+ backward[start &+ candidate] == total {
                        length = candidate
                        break
                    }
                    candidate &+= 1
                }
                pathWord[start] = Int32(length)
                for inside in (start &+ 1)..<(start &+ length) { pathWord[inside] = 0 }
                start &+= length
            }
            pathWord[count] = 1
            var found: [Suspect] = []
            start = 0
            while start < count {
                let length = Int(pathWord[start])
                let wordCost = cost[start &* maxLength &+ length &- 1]
                if length == 1 || wordCost >= p.rare {
                    for position in start..<(start + length) where length > 1 || wordCost > p.commonestSingle {
                        if let suspect = best(at: position, total, wordStart: -1, wordEnd: -1, windows: 0) {
                            found.append(suspect)
                        }
                    }
                } else if p.inWordExtra >= 0 {
                    // A slip that happens to form a word (影业执照, 中意药) shows only as a longer
                    // word across it: try those windows, with a higher bar.
                    let windows = p.alignedInWord ? alignedWindows(start, start &+ length) : ~0
                    if windows != 0 {
                        for position in start..<(start + length) {
                            if let suspect = best(at: position, total, wordStart: start, wordEnd: start + length, windows: windows) {
                                found.append(suspect)
                            }
                        }
                    }
                }
                start += length
            }
            return found
        }

        /// The windows of three to five characters made of whole words of the path that hold
        /// the path's word `wordStart..<wordEnd` and more: bit `(length − 3) · 5 + (wordStart − start)`.
        /// A slip inside a common word is looked for only there; across the development set,
        /// the real documents and the law titles no correction lies in any other window.
        @inline(__always)
        private func alignedWindows(_ wordStart: Int, _ wordEnd: Int) -> UInt32 {
            let maxLength = TypoLexicon.maxWordLength
            var windows: UInt32 = 0
            var start = wordStart
            while start >= 0 && wordEnd &- start <= maxLength {
                if pathWord[start] != 0 {
                    var end = wordEnd
                    while end &- start <= maxLength {
                        if end &- start >= 3 && (start != wordStart || end != wordEnd) {
                            windows |= 1 << UInt32((end &- start &- 3) &* 5 &+ (wordStart &- start))
                        }
                        if end == count { break }
                        end &+= Int(pathWord[end])
                    }
                }
                start &-= 1
            }
            return windows
        }
    }
}
