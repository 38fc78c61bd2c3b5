/// Whether some word starts with two, three or four given characters (no false negatives):
/// most windows of running text start no word, and this answers that before any probe of
/// the word table.
///
/// A blocked filter: 12,288 lines of 512 bits (768 KB), the line chosen by the first two
/// characters, one bit in it per prefix of two, three or four characters. The search asks
/// for a position's two-, three- and four-character starts in a row, and for substitutes
/// at the third and fourth place of a window: all in the line it already loaded. Three
/// separate bit sets of 256 KB (the fifth pass) cost up to three cache misses per position,
/// at the same pass rates (measured on 1MB.txt: 65 % of two-character starts, 32 % of the
/// three-character ones that follow).
struct TypoStartFilter: Sendable, Equatable {
    static let lineCount = 12_288
    let lines: TypoLineBuffer

    static let empty = TypoStartFilter(lines: TypoLineBuffer(zeroedBytes: 0))

    init() {
        lines = TypoLineBuffer(zeroedBytes: Self.lineCount * 64)
    }

    private init(lines: TypoLineBuffer) {
        self.lines = lines
    }

    /// The first 64-bit word of the line of the starts with `a b`.
    @inline(__always)
    static func line(_ a: UInt16, _ b: UInt16) -> Int {
        let hash = (UInt64(a) << 16 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15
        return Int(((hash >> 32) &* UInt64(lineCount)) >> 32) &* 8
    }

    /// The bit (0..<512) of a prefix in its line: the prefix packed as by `TypoLexicon.key`,
    /// with a length tag in the low bits for two characters (a third character is never 0).
    @inline(__always)
    static func bit(_ packed: UInt64) -> Int {
        Int((packed &* 0xD6E8_FEB8_6659_FD93) >> 55)
    }

    @inline(__always)
    private func test(_ line: Int, _ bit: Int) -> Bool {
        let words = UnsafePointer<UInt64>(lines.base.assumingMemoryBound(to: UInt64.self))
        return words[line &+ (bit >> 6)] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    func mayStart(_ a: UInt16, _ b: UInt16) -> Bool {
        test(Self.line(a, b), Self.bit(UInt64(a) << 48 | UInt64(b) << 32 | 1))
    }

    @inline(__always)
    func mayStart(_ a: UInt16, _ b: UInt16, _ c: UInt16) -> Bool {
        test(Self.line(a, b), Self.bit(UInt64(a) << 48 | UInt64(b) << 32 | UInt64(c) << 16))
    }

    /// Four characters packed as by `TypoLexicon.key`.
    @inline(__always)
    func mayStart(packed: UInt64) -> Bool {
        test(Self.line(UInt16(truncatingIfNeeded: packed >> 48), UInt16(truncatingIfNeeded: packed >> 32)), Self.bit(packed))
    }

    /// Adds the two-, three- and four-character starts of `scalars[start..<start + length]` (build only).
    func insert(_ scalars: [UInt16], _ start: Int, _ length: Int) {
        let words = lines.base.assumingMemoryBound(to: UInt64.self)
        let (a, b) = (scalars[start], scalars[start + 1])
        let line = Self.line(a, b)
        func set(_ bit: Int) { words[line + (bit >> 6)] |= 1 << UInt64(bit & 63) }
        set(Self.bit(UInt64(a) << 48 | UInt64(b) << 32 | 1))
        if length >= 3 { set(Self.bit(UInt64(a) << 48 | UInt64(b) << 32 | UInt64(scalars[start + 2]) << 16)) }
        if length >= 4 { set(Self.bit(TypoLexicon.key(scalars, start, 4))) }
    }
}
