import ZongjieCore

/// Questions about one source line that rules ask without decoding it: its scalar count, its
/// first or last scalar, whether it holds any text. Answered on the line's UTF-8 bytes in place
/// (lines are 1-based; a number out of range is an empty line), so a rule states the question in
/// scalars and never reads bytes.
enum LineText {
    /// The number of scalars on line `number`.
    static func scalarCount(_ source: SourceText, line number: Int) -> Int {
        guard let span = span(source, number) else { return 0 }
        return source.utf8.withUnsafeBufferPointer { UTF8Scalars.count($0, span.start, span.end) }
    }

    /// The first scalar of line `number` that `skip` does not pass over, or nil.
    static func firstScalar(_ source: SourceText, line number: Int, skipping skip: (Unicode.Scalar) -> Bool) -> Unicode.Scalar? {
        guard let span = span(source, number) else { return nil }
        return source.utf8.withUnsafeBufferPointer { bytes in
            var index = span.start
            while index < span.end {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: span.end)
                if !skip(scalar) { return scalar }
                index += length
            }
            return nil
        }
    }

    /// The last scalar of line `number` that `skip` does not pass over, read backwards, or nil.
    static func lastScalar(_ source: SourceText, line number: Int, skipping skip: (Unicode.Scalar) -> Bool) -> Unicode.Scalar? {
        guard let span = span(source, number) else { return nil }
        return source.utf8.withUnsafeBufferPointer { bytes in
            var end = span.end
            while end > span.start {
                let start = UTF8Scalars.scalarStart(bytes, before: end, from: span.start)
                let scalar = UTF8Scalars.decode(bytes, at: start, end: end).scalar
                if !skip(scalar) { return scalar }
                end = start
            }
            return nil
        }
    }

    /// Whether line `number` has a scalar that `isSpace` does not pass over.
    static func hasText(_ source: SourceText, line number: Int, besides isSpace: (Unicode.Scalar) -> Bool) -> Bool {
        firstScalar(source, line: number, skipping: isSpace) != nil
    }

    /// False when line `number` certainly does not have at most `limit` scalars besides " " and
    /// U+3000 with every one of `required` among them; true otherwise (a necessary condition, for
    /// skipping long paragraphs cheaply: the walk stops after `limit + 1` kept scalars).
    static func mayBeShort(_ source: SourceText, line number: Int, atMost limit: Int, holding required: [Unicode.Scalar]) -> Bool {
        guard let span = span(source, number) else { return required.isEmpty }
        return source.utf8.withUnsafeBufferPointer { bytes in
            // Most lines lack one of them (found among the bytes when decoding would find it):
            // settled by a `memchr` search before the kept scalars are counted or decoded.
            for scalar in required where !ByteCounts.contains(scalar, bytes, span) { return false }
            if ByteCounts.keptScalarsExceed(bytes, span, limit) { return false }
            let needles = required.map { Array(String($0).utf8) }
            var kept = 0
            var found = [Bool](repeating: false, count: needles.count)
            var index = span.start
            while index < span.end {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: span.end)
                defer { index += length }
                if scalar == " " || scalar == "\u{3000}" { continue }
                kept += 1
                if kept > limit { return false }
                for (which, needle) in needles.enumerated() where !found[which] && needle.count == length {
                    if needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { found[which] = true }
                }
            }
            return !found.contains(false)
        }
    }

    /// The text from byte `start` (a scalar start, such as a match end) over at most `maxBytes`
    /// bytes: a scalar cut at the window's end reads as U+FFFD.
    static func text(_ source: SourceText, fromByte start: Int, maxBytes: Int) -> String {
        guard start < source.utf8.count else { return "" }
        return String(decoding: source.utf8[start..<min(start + maxBytes, source.utf8.count)], as: UTF8.self)
    }

    private static func span(_ source: SourceText, _ number: Int) -> SourceText.LineSpan? {
        number >= 1 && number <= source.lines.count ? source.lines[number - 1] : nil
    }
}

/// Word-at-a-time byte counts.
enum ByteCounts {
    /// Whether `bytes[span]` certainly has more than `limit` scalars besides " " and U+3000,
    /// settled eight bytes at a time: counts scalar lead bytes less every " " and every lead byte
    /// that may start U+3000, a lower bound of the kept scalars.
    static func keptScalarsExceed(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan, _ limit: Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // The high bit of exactly each zero byte (no borrow between lanes).
        @inline(__always) func zeros(_ x: UInt64) -> UInt64 { ~(((x & lows) &+ lows) | x | lows) }
        var lower = 0
        var index = span.start
        while index + 8 <= span.end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let continuation = word & ~(word << 1) & highs
            let spaces = zeros(word ^ (0x20 &* ones)) | zeros(word ^ (ideographicSpaceLead &* ones))
            lower += 8 - continuation.nonzeroBitCount - spaces.nonzeroBitCount
            if lower > limit { return true }
            index += 8
        }
        return false
    }

    /// Whether the UTF-8 bytes of `scalar` occur in `bytes[span]`: the C library's `memchr`
    /// finds each occurrence of the scalar's last byte (for an ideograph a continuation byte,
    /// which far fewer scalars share than a lead byte), and the bytes before it are compared.
    static func contains(_ scalar: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        // The scalar's bytes, first in the low byte, and their count.
        var encoded: UInt32 = 0
        var count = 0
        UTF8.encode(scalar) { byte in
            encoded |= UInt32(byte) << UInt32(8 * count)
            count += 1
        }
        guard span.end - span.start >= count else { return false }
        let last = UInt8(truncatingIfNeeded: encoded >> UInt32(8 * (count - 1)))
        // Positions of the last byte: from the first that leaves room for the others.
        var index = span.start + count - 1
        while index < span.end {
            guard let found = UTF8Search.firstIndex(of: last, in: bytes, from: index, to: span.end) else { return false }
            index = found
            var offset = 0
            while offset < count - 1, bytes[index - count + 1 + offset] == UInt8(truncatingIfNeeded: encoded >> UInt32(8 * offset)) {
                offset += 1
            }
            if offset == count - 1 { return true }
            index += 1
        }
        return false
    }

    /// The lead byte of U+3000.
    private static let ideographicSpaceLead = UInt64(Array("\u{3000}".utf8)[0])
}
