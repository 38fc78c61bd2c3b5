/// The byte-level text tests of plugin rules, on a document's UTF-8: what
/// `PluginTextSearch` does on decoded scalars, without decoding. Multi-byte marks
/// (。《》０-９) are compared as their bytes, which in valid UTF-8 only occur where
/// the scalar does.
enum PluginByteText {
    /// Byte length of a sentence end (。；！？;!?) starting at `index`, or 0.
    @inline(__always)
    static func sentenceEnd(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = text[index]
        if byte == 0x3B || byte == 0x21 || byte == 0x3F { return 1 }
        guard index + 2 < end else { return 0 }
        let second = text[index + 1], third = text[index + 2]
        if byte == 0xE3 { return second == 0x80 && third == 0x82 ? 3 : 0 }
        if byte == 0xEF { return second == 0xBC && (third == 0x9B || third == 0x81 || third == 0x9F) ? 3 : 0 }
        return 0
    }

    /// The sentence around bytes `[start, end)` (which hold no sentence end or line break),
    /// within `bounds`: from after the previous sentence end or line break to the next.
    static func sentence(around start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>, bounds: Range<Int>) -> Range<Int> {
        var low = start
        while low > bounds.lowerBound {
            let byte = text[low - 1]
            if byte == 0x0A || byte == 0x0D || byte == 0x3B || byte == 0x21 || byte == 0x3F { break }
            // The last byte of 。；！？ (0x82, 0x9B, 0x81, 0x9F): test the three-byte mark it ends.
            if low - 3 >= bounds.lowerBound && (byte == 0x82 || byte == 0x9B || byte == 0x81 || byte == 0x9F),
               sentenceEnd(text, at: low - 3, end: low) == 3 { break }
            low -= 1
        }
        var high = end
        while high < bounds.upperBound {
            let byte = text[high]
            if byte == 0x0A || byte == 0x0D || sentenceEnd(text, at: high, end: bounds.upperBound) > 0 { break }
            high += 1
        }
        return low..<high
    }

    /// Byte length of an Arabic digit (ASCII or full-width) at `index`, or 0.
    @inline(__always)
    static func digitLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = text[index]
        if byte >= 0x30 && byte <= 0x39 { return 1 }
        if byte == 0xEF && index + 2 < end && text[index + 1] == 0xBC && text[index + 2] >= 0x90 && text[index + 2] <= 0x99 { return 3 }
        return 0
    }

    /// `PluginTextSearch.hasCount` on `text[range]`: digits not inside 《》 and not a year (2023年).
    static func hasCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let end = range.upperBound
        var depth = 0
        var index = range.lowerBound
        while index < end {
            let byte = text[index]
            if byte == 0xE3 && index + 2 < end && text[index + 1] == 0x80 {
                // 《 E3 80 8A, 》 E3 80 8B
                if text[index + 2] == 0x8A { depth += 1; index += 3; continue }
                if text[index + 2] == 0x8B { depth = max(0, depth - 1); index += 3; continue }
            }
            if depth == 0, digitLength(text, at: index, end: end) > 0 {
                var stop = index
                var scalars = 0
                while stop < end {
                    let byte = text[stop]
                    if byte == 0x2E || byte == 0x2C {
                        stop += 1
                    } else {
                        let length = digitLength(text, at: stop, end: end)
                        if length == 0 { break }
                        stop += length
                    }
                    scalars += 1
                }
                // 年 is E5 B9 B4.
                let isYear = scalars == 4 && stop + 2 < end && text[stop] == 0xE5 && text[stop + 1] == 0xB9 && text[stop + 2] == 0xB4
                if !isYear { return true }
                index = stop
                continue
            }
            index += 1
        }
        return false
    }

    /// `PluginTextSearch.nonePhrases` as needles.
    static let noneNeedles: [ByteNeedle] = ["未收到", "未受理", "未发生", "没有收到", "暂无", "为零", "零件", "零条", "【待填"].map(ByteNeedle.init)

    /// Whether `text[range]` says in words that there was none.
    static func statesNone(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        noneNeedles.contains { $0.occurs(in: text, range) }
    }

    /// Whether `text[range]` holds an Arabic digit.
    static func hasDigit(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if digitLength(text, at: index, end: range.upperBound) > 0 { return true }
            index += 1
        }
        return false
    }
}
