/// Reading the text of dictionaries/typo/ into what TypoLexiconBuilder fills its
/// structures from: the word groups of words.txt, the affix sets, the confusion lists.
extension TypoLexiconBuilder {
    /// words.txt's UTF-8, read by both decoding tasks while `withUTF8` holds it.
    struct Bytes: @unchecked Sendable {
        let base: UnsafePointer<UInt8>?
        let count: Int
        init(_ buffer: UnsafeBufferPointer<UInt8>) {
            base = buffer.baseAddress
            count = buffer.count
        }
        @inline(__always) subscript(_ index: Int) -> UInt8 { base.map { $0[index] } ?? 0 }
        /// The first byte of the line that holds or follows `offset`.
        func lineStart(near offset: Int) -> Int {
            var index = offset
            while index > 0 && index < count && self[index - 1] != 0x0A { index += 1 }
            return min(index, count)
        }
    }

    /// The `L C K<TAB>words` lines in `bytes[from..<to]`, decoded from UTF-8 in one pass (every
    /// word character is a three-byte Han scalar; anything else ends nothing but is skipped).
    static func decode(_ bytes: Bytes, _ from: Int, _ to: Int) -> [Group] {
        var groups: [Group] = []
        var index = from
        while index < to {
            var lineEnd = index
            while lineEnd < to && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { index = lineEnd + 1 }
            guard bytes[index] != 0x23 else { continue } // '#'
            // Head: digits, space, digits, space, kind letter, tab.
            var cursor = index
            func number() -> Int {
                var value = 0
                while cursor < lineEnd, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
                    value = value * 10 + Int(bytes[cursor] - 0x30)
                    cursor += 1
                }
                return value
            }
            let length = number()
            cursor += 1
            let cost = number()
            cursor += 1
            guard cursor + 1 < lineEnd, (1...TypoLexicon.maxWordLength).contains(length), cost < 0x80 else { continue }
            let kind = bytes[cursor]
            cursor += 2
            var scalars: [UInt16] = []
            scalars.reserveCapacity((lineEnd - cursor) / 3)
            while cursor < lineEnd {
                let lead = bytes[cursor]
                if lead & 0xF0 == 0xE0 && cursor + 3 <= lineEnd {
                    scalars.append(UInt16(lead & 0x0F) << 12 | UInt16(bytes[cursor + 1] & 0x3F) << 6 | UInt16(bytes[cursor + 2] & 0x3F))
                    cursor += 3
                } else {
                    cursor += 1
                }
            }
            // 'P' name; 'A' 'B' 'C' a compound joined after its 2nd, 3rd, or both characters (bit = head length).
            let joints = kind == 0x41 ? 1 << 2 : kind == 0x42 ? 1 << 3 : kind == 0x43 ? (1 << 2 | 1 << 3) : 0
            groups.append(Group(length: length, cost: kind == 0x50 ? UInt8(cost) | TypoLexicon.placeOnly : UInt8(cost), scalars: scalars, joints: joints))
        }
        return groups
    }

    /// affixes.txt: a `suffix` and a `prefix` line of characters.
    static func parseAffixes(_ text: String) -> (suffixes: Set<UInt16>, prefixes: Set<UInt16>) {
        var suffixes = Set<UInt16>(), prefixes = Set<UInt16>()
        for line in text.split(separator: "\n") where line.first != "#" {
            let units = line.unicodeScalars.filter { $0.value > 0x7F && $0.value <= 0xFFFF }.map { UInt16($0.value) }
            if line.hasPrefix("suffix") { suffixes = Set(units) } else if line.hasPrefix("prefix") { prefixes = Set(units) }
        }
        return (suffixes, prefixes)
    }

    /// confusions.txt: `字<TAB>same sound and tone<TAB>same sound, other tone<TAB>similar shape`.
    static func parseConfusions(_ text: String) -> ([Int32], [UInt32]) {
        var entries: [(head: UInt16, value: UInt32)] = []
        entries.reserveCapacity(100_000)
        // On the UTF-8 bytes (the load waits for this file): scalars beyond 16 bits are skipped.
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                var lineEnd = index
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { index = lineEnd + 1 }
                guard lineEnd > index, bytes[index] != 0x23 else { continue } // '#'
                var column = 0
                var head: UInt16 = 0
                var cursor = index
                while cursor < lineEnd {
                    let lead = UInt32(bytes[cursor])
                    var value: UInt32
                    var width: Int
                    if lead < 0x80 {
                        (value, width) = (lead, 1)
                    } else if lead & 0xE0 == 0xC0 {
                        (value, width) = (lead & 0x1F, 2)
                    } else if lead & 0xF0 == 0xE0 {
                        (value, width) = (lead & 0x0F, 3)
                    } else {
                        (value, width) = (0x10000, 4)
                    }
                    width = min(width, lineEnd - cursor)
                    for next in 1..<max(width, 1) { value = value << 6 | UInt32(bytes[cursor + next] & 0x3F) }
                    cursor += width
                    if value == 0x09 {
                        column += 1
                    } else if value <= 0xFFFF {
                        if column == 0 { head = UInt16(value) } else if column <= 3 { entries.append((head, value | UInt32(column - 1) << 16)) }
                    }
                }
            }
        }
        // Counting sort by head; a character listed twice (two kinds) keeps its cheapest kind first.
        var start = [Int32](repeating: 0, count: 0x10001)
        for entry in entries { start[Int(entry.head) + 1] += 1 }
        for index in 1...0x10000 { start[index] += start[index - 1] }
        var fill = start
        var flat = [UInt32](repeating: 0, count: entries.count)
        for entry in entries {
            flat[Int(fill[Int(entry.head)])] = entry.value
            fill[Int(entry.head)] += 1
        }
        return (start, flat)
    }
}
