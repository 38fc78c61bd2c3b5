/// A decoded document held once as UTF-8 with its line table, so every rule
/// can scan bytes and still report 1-based line:column in Unicode scalars.
public struct SourceText: Sendable {
    /// The text without a byte-order mark, line endings as in the file.
    public let string: String
    /// The same text as UTF-8 bytes; rules scan this, never `Character`s.
    public let utf8: [UInt8]
    /// One entry per line: byte offsets of its content, without the line terminator.
    public let lines: [LineSpan]

    /// Where one line's content lies in `utf8`.
    public struct LineSpan: Sendable, Hashable {
        public let start: Int
        public let end: Int
    }

    public init(_ string: String) {
        self.string = string
        let bytes = Array(string.utf8)
        self.utf8 = bytes
        var spans: [LineSpan] = []
        spans.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else {
                spans.append(LineSpan(start: 0, end: 0))
                return
            }
            let count = bytes.count
            var lineStart = 0
            var index = 0
            while index < count {
                // Eight bytes at a time while none of them is at or below CR (0x0D): most of
                // a file. A byte below 0x0E sets its high bit in (x - 0x0E…) & ~x.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                    index += 8
                }
                guard index < count else { break }
                let byte = bytes[index]
                if byte == 0x0A {
                    var end = index
                    if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                    spans.append(LineSpan(start: lineStart, end: end))
                    lineStart = index + 1
                } else if byte == 0x0D && (index + 1 >= count || bytes[index + 1] != 0x0A) {
                    // A lone CR (old Mac files) ends a line too.
                    spans.append(LineSpan(start: lineStart, end: index))
                    lineStart = index + 1
                }
                index += 1
            }
            if lineStart < count || spans.isEmpty {
                spans.append(LineSpan(start: lineStart, end: count))
            }
        }
        self.lines = spans
    }

    /// The content of 1-based line `number` as a String.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lines.count else { return "" }
        let span = lines[number - 1]
        return String(decoding: utf8[span.start..<span.end], as: UTF8.self)
    }

    /// The 1-based line containing byte `offset` (binary search over the line table).
    public func lineNumber(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The position of byte `offset`: its line and the count of scalars before it on that line, plus one.
    public func position(ofByte offset: Int) -> SourcePosition {
        let lineNumber = lineNumber(containing: offset)
        let span = lines[lineNumber - 1]
        let stop = min(offset, utf8.count)
        guard span.start < stop else { return SourcePosition(line: lineNumber, column: 1) }
        // Count only scalar lead bytes (continuation bytes are 10xxxxxx), eight bytes at a time:
        // duplicate-paragraph asks this for every repeat it finds, often far into a long line.
        let leads = utf8.withUnsafeBufferPointer { UTF8Scalars.count($0, span.start, stop) }
        return SourcePosition(line: lineNumber, column: 1 + leads)
    }

    /// The range covering bytes `[start, end)`.
    public func range(ofBytes start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: position(ofByte: start), end: position(ofByte: end))
    }

    /// The byte offset of a position (inverse of `position(ofByte:)`); clamps to the line.
    public func byteOffset(of position: SourcePosition) -> Int {
        guard position.line >= 1, position.line <= lines.count else { return utf8.count }
        let span = lines[position.line - 1]
        var column = 1
        var index = span.start
        while index < span.end && column < position.column {
            index += 1
            while index < span.end && utf8[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }
}
