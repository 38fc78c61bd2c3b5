#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Whether `needle` occurs in this text, compared as UTF-8 bytes.
    ///
    /// The standard library's `contains(_:)` compares `Character`s (grapheme breaking and
    /// normalisation on every step); hot paths that look for fixed words in Chinese text
    /// use this instead. UTF-8 is self-synchronising, so a match always starts on a scalar.
    public func containsUTF8(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { pattern in
                UTF8Search.contains(haystack, pattern)
            }
        }
        if let found, let found { return found }
        return UTF8Search.contains(Array(utf8), Array(needle.utf8))
    }
}

/// Byte-level substring search shared by the parser's word tests.
public enum UTF8Search {
    /// Whether `pattern` occurs in `haystack` (last-byte scan, then compare: in Chinese text a
    /// word's first byte is one of a few lead bytes shared by thousands of ideographs, its last
    /// a continuation byte that far fewer share).
    static func contains<H: RandomAccessCollection<UInt8>, P: RandomAccessCollection<UInt8>>(_ haystack: H, _ pattern: P) -> Bool
        where H.Index == Int, P.Index == Int {
        let count = pattern.count
        guard count > 0 else { return true }
        guard haystack.count >= count else { return false }
        let lastOffset = count - 1
        let last = pattern[pattern.startIndex + lastOffset]
        var index = haystack.startIndex + lastOffset
        let end = haystack.endIndex
        while index < end {
            if haystack[index] == last {
                let start = index - lastOffset
                var offset = 0
                while offset < lastOffset && haystack[start + offset] == pattern[pattern.startIndex + offset] { offset += 1 }
                if offset == lastOffset { return true }
            }
            index += 1
        }
        return false
    }
}

extension UTF8Search {
    /// Whether `bytes[start..<end]` contains `needle` (found by its last byte, as in
    /// `contains(_:_:)`).
    @inlinable @inline(__always)
    public static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard count > 0 else { return true }
        guard end - start >= count else { return false }
        let lastOffset = count - 1
        let last = needle[lastOffset]
        var index = start + lastOffset
        while index < end {
            if bytes[index] == last {
                let from = index - lastOffset
                var offset = 0
                while offset < lastOffset && bytes[from + offset] == needle[offset] { offset += 1 }
                if offset == lastOffset { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether `bytes[start..<end]` contains any of `needles`, in one pass: a position is
    /// compared only when the byte after it is some needle's second byte (for Chinese words
    /// far more selective than the first byte, which is one of a few common lead bytes).
    @inlinable
    public static func containsAny(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ needles: [[UInt8]]) -> Bool {
        var seconds = ByteClass()
        for needle in needles {
            guard needle.count >= 2 else {
                // A one-byte (or empty) needle: plain searches.
                for needle in needles where contains(bytes, start, end, needle) { return true }
                return false
            }
            seconds.insert(needle[1])
        }
        var index = start
        while index + 1 < end {
            if seconds.contains(bytes[index + 1]) {
                for needle in needles where needle[0] == bytes[index] && index + needle.count <= end {
                    var offset = 1
                    while offset < needle.count && bytes[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            index += 1
        }
        return false
    }
}

extension UTF8Search {
    /// Whether `bytes` contain `needle`, for a needle whose first byte is rare in the text
    /// (ASCII in Chinese prose): the C library's `memchr` finds each occurrence of that byte
    /// (vectorised: every document's whole text is searched for `zongjie-` before its lint, and
    /// a word-at-a-time loop cost two instructions a byte), then the rest is compared.
    public static func containsRare(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        let last = bytes.count - needle.count
        var index = 0
        while index <= last {
            guard let found = firstIndex(of: first, in: bytes, from: index, to: last + 1) else { return false }
            index = found
            if contains(bytes, index, index + needle.count, needle) { return true }
            index += 1
        }
        return false
    }

    /// The first index of `byte` in `bytes[start..<end]`, found by the C library's `memchr`
    /// (vectorised), or nil.
    @inlinable
    public static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }
}

extension String {
    /// This text with every `token` replaced by `value`, matched on UTF-8 bytes (the generic
    /// `replacing` compares `Character`s and is slow). For ASCII template tokens like `{year}`.
    public func replacingUTF8(_ token: String, with value: String) -> String {
        guard !token.isEmpty else { return self }
        let bytes = Array(utf8)
        let pattern = Array(token.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == pattern[0], index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                out.append(contentsOf: value.utf8)
                index += pattern.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The text of UTF-8 byte range `bytes` (on scalar boundaries), copied from this string
    /// without decoding or validating it again.
    func sliceUTF8(_ bytes: Range<Int>) -> String {
        let view = utf8
        let start = view.index(view.startIndex, offsetBy: bytes.lowerBound)
        let end = view.index(start, offsetBy: bytes.count)
        return String(self[start..<end])
    }
}
