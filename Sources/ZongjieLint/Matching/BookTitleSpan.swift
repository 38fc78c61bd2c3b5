import ZongjieCore

/// A title in 《》 found from its 《 on the source's bytes, without decoding its line: law-title
/// reads every 《 of a document, and most of the titles it finds it passes over on their last
/// character alone (…方案, …通知).
struct BookTitleSpan {
    /// Scalar indices in the line of the 《 and of the closing 》.
    let open: Int
    let close: Int
    /// The title's last scalar (the 《 itself when the title is empty).
    let last: Unicode.Scalar
    /// The title's bytes, between the marks.
    private let bytes: Range<Int>

    /// The title opened by the 《 at byte `offset` of line `number`, closed by a 》 on the same
    /// line at most `longest + 1` scalars after the 《 with no other 《 or 》 between; nil when
    /// there is none.
    static func closed(from offset: Int, line number: Int, in source: SourceText, longest: Int) -> BookTitleSpan? {
        let span = source.lines[number - 1]
        return source.utf8.withUnsafeBufferPointer { text in
            // 《 is U+300A (E3 80 8A), 》 U+300B (E3 80 8B).
            @inline(__always) func isMark(_ at: Int, _ last: UInt8) -> Bool {
                at + 2 < span.end && text[at] == 0xE3 && text[at + 1] == 0x80 && text[at + 2] == last
            }
            guard offset >= span.start, isMark(offset, 0x8A) else { return nil }
            var position = offset + 3
            var distance = 1
            var lastStart = offset
            while position < span.end && distance <= longest && !isMark(position, 0x8B) && !isMark(position, 0x8A) {
                lastStart = position
                position += UTF8Scalars.decode(text, at: position, end: span.end).length
                distance += 1
            }
            guard position < span.end, isMark(position, 0x8B) else { return nil }
            let open = UTF8Scalars.count(text, span.start, offset)
            let last = UTF8Scalars.decode(text, at: lastStart, end: span.end).scalar
            return BookTitleSpan(open: open, close: open + distance, last: last, bytes: (offset + 3)..<position)
        }
    }

    /// The title's text.
    func text(in source: SourceText) -> String {
        source.utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
    }
}
