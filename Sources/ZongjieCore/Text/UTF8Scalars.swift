/// Decoding single scalars straight from UTF-8 bytes, so the parser's per-line work
/// (trimming, prefix tests, column counts) needs neither a String nor a scalar array.
///
/// The bytes always come from a Swift String, so they are valid UTF-8; a truncated
/// sequence at the end of a span still decodes as U+FFFD, like the line decoders do.
public enum UTF8Scalars {
    /// The scalar starting at byte `index` (before `end`) and its length in bytes.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var length = 1
        var value = UInt32(lead)
        if lead >= 0xF0 { length = 4; value = UInt32(lead & 0x07) } else if lead >= 0xE0 { length = 3; value = UInt32(lead & 0x0F) } else if lead >= 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
        if index + length > end { return ("\u{FFFD}", 1) }
        var next = index + 1
        while next < index + length {
            value = (value << 6) | UInt32(bytes[next] & 0x3F)
            next += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The byte index where the scalar ending at `end` starts (not before `start`).
    @inlinable @inline(__always)
    public static func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, from start: Int) -> Int {
        var index = end - 1
        while index > start, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// The number of scalars in `bytes[start..<end]`: every byte that is not a continuation byte.
    @inlinable
    public static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var continuation = 0
        var index = start
        if let base = bytes.baseAddress {
            // Eight bytes at a time: a continuation byte is 10xxxxxx, high bit set and the
            // next one clear.
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                continuation += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
            }
        }
        while index < end {
            if bytes[index] & 0xC0 == 0x80 { continuation += 1 }
            index += 1
        }
        return end - start - continuation
    }

    /// The number of scalars in `text`, counted on its UTF-8 bytes.
    public static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { count($0, 0, $0.count) }
    }

    /// Whether a scalar can never join the grapheme cluster before it (ASCII, Latin up to
    /// U+02FF, CJK punctuation and ideographs, full-width forms): for such a scalar after a
    /// matched prefix, the byte comparison agrees with `String.hasPrefix`.
    @inline(__always)
    static func startsCluster(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF, 0xFF00...0xFF9D: true
        default: false
        }
    }
}

extension String {
    /// `hasPrefix(prefix)` for a `prefix` of CJK ideographs, CJK punctuation and ASCII
    /// (none of which composes from or decomposes into other scalars), decided on UTF-8
    /// bytes. The rare texts where bytes and `Character`s could disagree — a combining
    /// mark right after the prefix, a compatibility ideograph where it differs — go to
    /// the standard library, so the answer is always `hasPrefix`'s.
    public func hasPrefixUTF8(_ prefix: String) -> Bool {
        var text = self
        var prefix = prefix
        enum Answer { case yes, no, ask }
        let answer: Answer = text.withUTF8 { bytes in
            prefix.withUTF8 { pattern in
                var index = 0
                while index < pattern.count {
                    guard index < bytes.count, bytes[index] == pattern[index] else {
                        guard index < bytes.count else { return .no }
                        // Only a compatibility ideograph (U+F900…, U+2F800…) can equal a
                        // prefix scalar with other bytes.
                        let start = UTF8Scalars.scalarStart(bytes, before: index + 1, from: 0)
                        let (scalar, _) = UTF8Scalars.decode(bytes, at: start, end: bytes.count)
                        return scalar.value >= 0xF900 ? .ask : .no
                    }
                    index += 1
                }
                guard index < bytes.count else { return .yes }
                let (next, _) = UTF8Scalars.decode(bytes, at: index, end: bytes.count)
                return UTF8Scalars.startsCluster(next.value) ? .yes : .ask
            }
        }
        switch answer {
        case .yes: return true
        case .no: return false
        case .ask: return hasPrefix(prefix)
        }
    }
}
