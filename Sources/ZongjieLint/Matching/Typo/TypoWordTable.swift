/// The `typo` lexicon's words of two to five characters: an open-addressing table of key
/// fingerprints (see `TypoLexicon.fingerprint`; 0 is empty) with linear probing, each slot
/// with its cost class (`TypoLexicon.placeOnly` marks names).
///
/// Twelve slots share a 64-byte line: their fingerprints in its first 48 bytes, their cost
/// classes in the next 12. A probe that finds its word reads the cost from the line it
/// already loaded; with fingerprints and costs in two arrays (4 MB and 1 MB) every hit was
/// two cache misses. The slots are the same as in two arrays (slot `s` is lane `s % 12` of
/// line `s / 12`), so every query answers exactly as before.
struct TypoWordTable: @unchecked Sendable, Equatable {
    static let slotsPerLine = 12
    static let costOffset = 48

    let lines: TypoLineBuffer
    /// Slot count − 1 (a power of two less one).
    let mask: Int
    /// A key's first slot is its mixed hash's top bits: `mixed >> shift`.
    let shift: UInt64

    static let empty = TypoWordTable(bits: 0)

    /// An empty table of 2^`bits` slots.
    init(bits: Int) {
        mask = (1 << bits) - 1
        shift = UInt64(64 - bits)
        let lineCount = ((1 << bits) + Self.slotsPerLine - 1) / Self.slotsPerLine
        lines = TypoLineBuffer(zeroedBytes: lineCount * 64)
    }

    /// Slot `slot`'s line (as a byte offset) and its lane in that line.
    @inline(__always)
    private static func place(_ slot: Int) -> (line: Int, lane: Int) {
        let line = Int(UInt(bitPattern: slot) / UInt(slotsPerLine))
        return (line &* 64, slot &- line &* slotsPerLine)
    }

    /// The slot after `slot` (wrapping at the table's end), with its line and lane, without
    /// a division (the fill: 600 k inserts at load).
    @inline(__always)
    private func next(_ slot: inout Int, _ line: inout Int, _ lane: inout Int) {
        slot = (slot &+ 1) & mask
        lane &+= 1
        if slot == 0 {
            (line, lane) = (0, 0)
        } else if lane == Self.slotsPerLine {
            (line, lane) = (line &+ 64, 0)
        }
    }

    /// The raw cost class stored for the key whose mixed hash is `mixed`, or nil.
    @inline(__always)
    func rawCost(mixed: UInt64) -> UInt8? {
        let print = TypoLexicon.fingerprint(mixed)
        let base = UnsafeRawPointer(lines.base)
        // Recomputing the place per step costs the search fewer instructions than carrying
        // the line and lane along (`next`): the search's loops keep fewer values live.
        var slot = Int(mixed >> shift)
        while true {
            let (line, lane) = Self.place(slot)
            let found = base.load(fromByteOffset: line &+ lane &* 4, as: UInt32.self)
            if found == print { return base.load(fromByteOffset: line &+ Self.costOffset &+ lane, as: UInt8.self) }
            if found == 0 { return nil }
            slot = (slot &+ 1) & mask
        }
    }

    /// Puts a word in (build only): a word already there keeps the lesser cost class.
    @inline(__always)
    func insert(mixed: UInt64, cost: UInt8) {
        let print = TypoLexicon.fingerprint(mixed)
        let base = lines.base
        var slot = Int(mixed >> shift)
        var (line, lane) = Self.place(slot)
        while true {
            let found = base.load(fromByteOffset: line &+ lane &* 4, as: UInt32.self)
            let costAt = line &+ Self.costOffset &+ lane
            if found == 0 {
                base.storeBytes(of: print, toByteOffset: line &+ lane &* 4, as: UInt32.self)
                base.storeBytes(of: cost, toByteOffset: costAt, as: UInt8.self)
                return
            }
            if found == print {
                if cost & 0x7F < base.load(fromByteOffset: costAt, as: UInt8.self) & 0x7F {
                    base.storeBytes(of: cost, toByteOffset: costAt, as: UInt8.self)
                }
                return
            }
            next(&slot, &line, &lane)
        }
    }
}
