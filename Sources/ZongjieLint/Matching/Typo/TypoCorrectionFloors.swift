/// A lower bound on what a substitution can cost, per confused character, so the detector
/// drops a window before any lookup when even the cheapest word it could form would not
/// clear the gain it needs.
///
/// For a character `c`, a window length `L` and the place `o` of `c` in the window, the floor
/// of kind `k` is the least cost of a correction word of length `L` that has, at `o`, some
/// character `c` is confused with by kind `k` (0xFF: none). The global cheapest word per
/// length (`cheapestCorrection`) bounds the same thing far more loosely: most characters are
/// confused with no character that starts or ends a cheap long word.
struct TypoCorrectionFloors: Sendable, Equatable {
    /// Per 16-bit scalar: its row in `floors`; 0 for a character with no confusions.
    let rowOf: [UInt16]
    /// Rows of `rowWidth` bytes: kind `k`'s floors at `k * 16 + slot(L, o)`. Row 0 is all 0xFF.
    let floors: [UInt8]

    static let rowWidth = 48
    static let none: UInt8 = 0xFF
    /// No floor is set above this (see the build).
    static let cap: UInt8 = 32
    static let empty = TypoCorrectionFloors(rowOf: [], floors: [])

    /// Where `(length, offset)` sits in a kind's 16 bytes (lengths 2…5: 14 places).
    @inline(__always)
    static func slot(_ length: Int, _ offset: Int) -> Int {
        (length * (length - 1)) / 2 - 1 + offset
    }

    /// Rows of 16 bytes, row by row as in `floors`: at `slot(L, o)` the least word cost plus
    /// channel cost over the three kinds (capped at 0xFF), so a window reads one byte.
    func combined(channels: (Int32, Int32, Int32)) -> [UInt8] {
        let rows = floors.count / Self.rowWidth
        var combined = [UInt8](repeating: Self.none, count: rows * 16)
        for row in 0..<rows {
            for slot in 0..<14 {
                let at = row * Self.rowWidth + slot
                let least = min(Int32(floors[at]) + channels.0, Int32(floors[at + 16]) + channels.1, Int32(floors[at + 32]) + channels.2)
                combined[row * 16 + slot] = UInt8(min(least, Int32(Self.none)))
            }
        }
        return combined
    }

    /// Built from the word groups and the confusion lists (one task of TypoLexiconBuilder).
    init(groups: [TypoLexiconBuilder.Group], confusionStart: [Int32], confusedWith: [UInt32]) {
        // The least cost of a correction word per (character, slot), rows of 16 per scalar of
        // the Han blocks (a substitute elsewhere gets floor 0 below: no bound). Words at `cap`
        // or dearer are left out (a third of the words are cheaper), so a floor is at most
        // `cap`: still a bound, and the build reads far fewer words.
        let low = 0x3400, high = 0xA000
        var cheapestWith = [UInt8](repeating: Self.cap, count: (high - low) * 16)
        cheapestWith.withUnsafeMutableBufferPointer { cheapest in
            // Groups come by length, then cost, ascending: the first cost written is the least.
            for group in groups where group.length >= 2 && group.cost & TypoLexicon.placeOnly == 0 && group.cost < Self.cap {
                let length = group.length
                let firstSlot = Self.slot(length, 0)
                group.scalars.withUnsafeBufferPointer { scalars in
                    var start = 0
                    while start + length <= scalars.count {
                        for offset in 0..<length {
                            let scalar = Int(scalars[start + offset]) &- low
                            guard scalar >= 0 && scalar < high - low else { continue }
                            let at = scalar &* 16 &+ firstSlot &+ offset
                            if cheapest[at] == Self.cap { cheapest[at] = group.cost }
                        }
                        start += length
                    }
                }
            }
        }
        var rowOf = [UInt16](repeating: 0, count: 0x10000)
        var heads = 0
        for head in 0..<0x10000 where confusionStart[head] < confusionStart[head + 1] { heads += 1 }
        var floors = [UInt8](repeating: Self.none, count: (heads + 1) * Self.rowWidth)
        floors.withUnsafeMutableBufferPointer { floors in
            cheapestWith.withUnsafeBufferPointer { cheapest in
                var row = Self.rowWidth
                for head in 0..<0x10000 {
                    let listStart = Int(confusionStart[head]), listEnd = Int(confusionStart[head + 1])
                    guard listStart < listEnd else { continue }
                    for index in listStart..<listEnd {
                        let entry = confusedWith[index]
                        let substitute = Int(entry & 0xFFFF) &- low
                        let at = row &+ min(Int(entry >> 16), 2) &* 16
                        guard substitute >= 0 && substitute < high - low else {
                            for slot in 0..<14 { floors[at &+ slot] = 0 }
                            continue
                        }
                        let from = substitute &* 16
                        for slot in 0..<14 { floors[at &+ slot] = min(floors[at &+ slot], cheapest[from &+ slot]) }
                    }
                    rowOf[head] = UInt16(row / Self.rowWidth)
                    row += Self.rowWidth
                }
            }
        }
        self.rowOf = rowOf
        self.floors = floors
    }

    private init(rowOf: [UInt16], floors: [UInt8]) {
        self.rowOf = rowOf
        self.floors = floors
    }
}
