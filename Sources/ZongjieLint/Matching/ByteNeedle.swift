/// A term's UTF-8 bytes with a Horspool shift table, searched in document bytes.
///
/// The text is valid UTF-8 (a `SourceText` comes from a String), so the bytes of a
/// term occur exactly where its scalars do: no decoding to find a plugin's terms.
/// Horspool skips most of the text for the 6- to 15-byte CJK terms plugins use.
struct ByteNeedle: Sendable {
    let bytes: [UInt8]
    /// Per byte value: how far the window may move when the window's last byte is that value.
    private let shifts: [UInt8]

    init(_ term: String) {
        let bytes = Array(term.utf8)
        self.bytes = bytes
        var shifts = [UInt8](repeating: UInt8(min(bytes.count, 255)), count: 256)
        if bytes.count > 1 {
            for index in 0..<(bytes.count - 1) {
                shifts[Int(bytes[index])] = UInt8(min(bytes.count - 1 - index, 255))
            }
        }
        self.shifts = shifts
    }

    var count: Int { bytes.count }

    /// Calls `body` with the start of each non-overlapping occurrence in `text[range]`,
    /// leftmost first (as a left-to-right scan that resumes after each match); `body`
    /// returns false to stop. Returns false when stopped.
    @discardableResult
    func forEachOccurrence(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Int) -> Bool) -> Bool {
        let length = bytes.count
        guard length > 0, range.count >= length else { return true }
        return bytes.withUnsafeBufferPointer { needle in
            shifts.withUnsafeBufferPointer { shifts in
                let last = needle[length - 1]
                var start = range.lowerBound
                let limit = range.upperBound - length
                while start <= limit {
                    let tail = text[start + length - 1]
                    if tail == last {
                        var index = 0
                        while index < length - 1 && text[start + index] == needle[index] { index += 1 }
                        if index == length - 1 {
                            if !body(start) { return false }
                            start += length
                            continue
                        }
                    }
                    start += Int(shifts[Int(tail)])
                }
                return true
            }
        }
    }

    /// Whether the term occurs in `text[range]`.
    func occurs(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !forEachOccurrence(in: text, range) { _ in false }
    }
}
