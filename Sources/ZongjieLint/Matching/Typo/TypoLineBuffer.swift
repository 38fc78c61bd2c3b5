#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Zeroed memory aligned to a 64-byte cache line, for the `typo` tables laid out in lines:
/// a Swift array's elements start 32 bytes into a 16-byte-aligned allocation, so a 64-byte
/// record in one would straddle two lines, and every probe would touch two.
///
/// Written by the one build task that made it, read-only once the build joins (so Sendable).
final class TypoLineBuffer: @unchecked Sendable, Equatable {
    let base: UnsafeMutableRawPointer
    let byteCount: Int

    init(zeroedBytes byteCount: Int) {
        self.byteCount = byteCount
        let allocated = max((byteCount + 63) / 64 * 64, 64)
        base = UnsafeMutableRawPointer.allocate(byteCount: allocated, alignment: 64)
        base.initializeMemory(as: UInt64.self, repeating: 0, count: allocated / 8)
    }

    deinit { base.deallocate() }

    static func == (left: TypoLineBuffer, right: TypoLineBuffer) -> Bool {
        left.byteCount == right.byteCount && memcmp(left.base, right.base, left.byteCount) == 0
    }
}
