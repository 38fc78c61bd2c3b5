import ZongjieCore

/// One source line decoded once from UTF-8 bytes into scalars with the byte
/// offset of each, so rules can look at neighbouring characters and still
/// report exact byte ranges (and thus line:column) without `Character`.
struct ScalarLine: Sendable {
    /// 1-based line number.
    let number: Int
    let scalars: [Unicode.Scalar]
    /// Byte offsets of the line's first scalar and of its end in the source. Byte offsets of
    /// single scalars are counted on the source's bytes when asked (`scalarIndex(ofByte:in:)`):
    /// few rules ask, and an offset array per decoded line cost a third of the decode.
    let start: Int
    let end: Int

    var count: Int { scalars.count }

    init(number: Int, bytes: [UInt8], span: SourceText.LineSpan) {
        self = bytes.withUnsafeBufferPointer { ScalarLine(number: number, bytes: $0, span: span) }
    }

    /// Decodes `bytes[span]` into an array sized exactly: one pass counts the scalars (lead
    /// bytes), a second fills it in place, with no per-scalar capacity checks.
    init(number: Int, bytes: UnsafeBufferPointer<UInt8>, span: SourceText.LineSpan) {
        self.number = number
        start = span.start
        end = span.end
        let count = UTF8Scalars.count(bytes, span.start, span.end)
        var decodedAll = true
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalarBuffer, scalarCount in
            var index = span.start
            var written = 0
            // A four-byte load may read `index + 3`; the character itself must end in the span.
            let wordEnd = min(bytes.count - 3, span.end - 2)
            while index < span.end, written < count {
                if index < wordEnd, let base = bytes.baseAddress {
                    // Runs of three-byte characters (nearly all of Chinese text): one load and one
                    // mask test the lead's class and both continuation bytes, about half the
                    // instructions of the byte-wise test below. What it passes over (ASCII,
                    // other lengths, broken sequences) goes the byte-wise way.
                    var decodedRun = false
                    while index < wordEnd, written < count {
                        let word = ThreeByteWord.load(base, at: index)
                        guard ThreeByteWord.startsThreeByteCharacter(word) else { break }
                        scalarBuffer.initializeElement(at: written, to: Unicode.Scalar(ThreeByteWord.value(word)) ?? "\u{FFFD}")
                        written &+= 1
                        index &+= 3
                        decodedRun = true
                    }
                    if decodedRun { continue }
                }
                let lead = bytes[index]
                var scalar: Unicode.Scalar
                var length: Int
                if lead & 0xF0 == 0xE0, index + 2 < span.end {
                    // Three bytes: nearly every scalar of Chinese text.
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    length = 3
                } else {
                    (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: span.end)
                }
                scalarBuffer.initializeElement(at: written, to: scalar)
                written += 1
                index += length
            }
            scalarCount = written
            decodedAll = index >= span.end
        }
        if decodedAll {
            self.scalars = scalars
        } else {
            // Bytes that are not valid UTF-8 (never from a String): decode scalar by scalar.
            var slowScalars: [Unicode.Scalar] = []
            var index = span.start
            while index < span.end {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: span.end)
                slowScalars.append(scalar)
                index += length
            }
            self.scalars = slowScalars
        }
    }

    /// The index of the scalar starting at byte `offset` of `source` (or of the first scalar
    /// after it; the line's scalar count past its end): the scalars whose lead byte lies
    /// between the line's start and `offset`.
    func scalarIndex(ofByte offset: Int, in source: SourceText) -> Int {
        let upTo = min(max(offset, start), end)
        return source.utf8.withUnsafeBufferPointer { UTF8Scalars.count($0, start, upTo) }
    }

    /// The scalar at `index`, or nil outside the line.
    subscript(safe index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The text of scalars `[start, end)`.
    func text(_ start: Int, _ end: Int) -> String {
        // Encoded straight into the string's storage: appending to a UnicodeScalarView grows
        // and checks per scalar, and rules build a String for every title or figure they read.
        let slice = scalars[max(0, start)..<min(end, scalars.count)]
        var capacity = 0
        for scalar in slice { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in slice {
                UTF8.encode(scalar) { byte in
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }

    /// Whether the scalars from `index` spell `word`.
    func has(_ word: String, at index: Int) -> Bool {
        // Rules call this at every scalar of a line with several words: settle the usual
        // mismatch on the first scalar before walking the word.
        var words = word.unicodeScalars.makeIterator()
        guard let first = words.next() else { return true }
        guard index >= 0, index < scalars.count, scalars[index] == first else { return false }
        var position = index + 1
        while let scalar = words.next() {
            guard position >= 0, position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// Whether the scalars ending just before `index` spell `word`.
    func has(_ word: String, endingAt index: Int) -> Bool {
        has(word, at: index - word.unicodeScalars.count)
    }

    /// The source range of scalars `[start, end)`: columns come straight from scalar
    /// indices, so reporting costs nothing even on a very long line.
    func range(_ start: Int, _ end: Int, in source: SourceText) -> SourceRange {
        SourceRange(line: number, startColumn: start + 1, endColumn: end + 1)
    }
}

/// Turns byte offsets into positions when they come in ascending order (matcher hits),
/// walking the text once instead of recounting every line from its start.
struct PositionCursor {
    let source: SourceText
    private var line = 1
    private var byte = 0
    private var column = 1

    init(_ source: SourceText) {
        self.source = source
        byte = source.lines.first?.start ?? 0
    }

    /// The position of byte `offset`; cheap when offsets do not decrease.
    mutating func position(ofByte offset: Int) -> SourcePosition {
        let target = source.lineNumber(containing: offset)
        if target != line || offset < byte {
            line = target
            byte = source.lines[target - 1].start
            column = 1
        }
        let bytes = source.utf8
        while byte < offset && byte < bytes.count {
            if bytes[byte] & 0xC0 != 0x80 { column += 1 }
            byte += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// The range of bytes `[start, end)`.
    mutating func range(ofBytes start: Int, _ end: Int) -> SourceRange {
        let from = position(ofByte: start)
        // The end usually lies on the same line just after the start; walk a copy so the
        // cursor stays at the start for the next (possibly overlapping) hit.
        var probe = self
        let to = probe.position(ofByte: end)
        return SourceRange(start: from, end: to)
    }
}

/// Answers "is this hit inside an allowed span?" for hits visited in ascending start
/// order, in linear time overall: spans are sorted once, and the furthest end among
/// spans starting at or before the hit is all that matters.
struct CoverageCursor {
    private let spans: [MultiPatternMatcher.Match]
    private var next = 0
    private var furthestEnd = -1

    init(_ spans: [MultiPatternMatcher.Match]) {
        self.spans = spans.sorted { $0.start < $1.start }
    }

    /// Whether some span starts at or before `hit.start` and ends at or after `hit.end`.
    /// Calls must come with non-decreasing `hit.start`.
    mutating func covers(_ hit: MultiPatternMatcher.Match) -> Bool {
        while next < spans.count && spans[next].start <= hit.start {
            furthestEnd = max(furthestEnd, spans[next].end)
            next += 1
        }
        return furthestEnd >= hit.end
    }
}

/// Line numbers of byte offsets that come in ascending order (marks sorted by start), found by
/// stepping forward from the last one instead of a binary search each time; the same answer
/// as `SourceText.lineNumber(containing:)` for any offset, in any order.
struct LineCursor {
    let source: SourceText
    /// 0-based index of the line last answered.
    private var index = 0

    init(_ source: SourceText) {
        self.source = source
    }

    mutating func lineNumber(containing offset: Int) -> Int {
        let lines = source.lines
        guard index < lines.count, lines[index].start <= offset else {
            index = source.lineNumber(containing: offset) - 1
            return index + 1
        }
        while index + 1 < lines.count && lines[index + 1].start <= offset { index += 1 }
        return index + 1
    }
}
