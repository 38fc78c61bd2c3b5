/// A set of byte values, tested with one lookup: 256 bits in four words. Byte prefilters
/// (a rule's trigger bytes, the second bytes of a word list) test every byte of a line.
public struct ByteClass: Sendable {
    @usableFromInline var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init() {}

    public init(_ members: [UInt8]) {
        for byte in members { insert(byte) }
    }

    @inlinable
    public mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    @inlinable @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word >> UInt64(byte & 63) & 1 != 0
    }
}
