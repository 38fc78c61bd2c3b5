import ZongjieCore

/// Questions about the characters right around a match that a rule asks before it decodes the
/// match's line: most matches of a short trigger (年度, 年1 …) are settled by their neighbours.
/// Answered on the source's UTF-8 bytes in place; an ASCII character is one byte there and no
/// byte of another character looks like one.
enum TextAround {
    /// How many ASCII digits (0–9) stand right before byte `offset` of `source`, counted up to
    /// `limit`.
    static func asciiDigits(before offset: Int, in source: SourceText, upTo limit: Int) -> Int {
        source.utf8.withUnsafeBufferPointer { bytes in
            var count = 0
            var index = min(offset, bytes.count) - 1
            while count < limit, index >= 0, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                count += 1
                index -= 1
            }
            return count
        }
    }
}
