#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Zeroed memory aligned to a 64-byte cache line, for the `typo` tables laid out in lines:
/// a Swift array's elements start 32 bytes into a 16-byte-aligned allocation, so a 64-byte
/// record in one would straddle two lines, and every probe would touch two.
///
/// A buffer of 2 MB or more is aligned to 2 MB and, on Linux, asks for transparent huge
/// pages (`MADV_HUGEPAGE`; the kernel's default here is “only when asked”): the search
/// probes its 8 MB of tables at random, and with 4 KB pages that is ~2,000 pages, more than
/// the core's TLB holds, so most probes also walk the page table. Where the kernel has no
/// huge page to give, the buffer is ordinary memory.
///
/// Written by the one build task that made it, read-only once the build joins (so Sendable).
final class TypoLineBuffer: @unchecked Sendable, Equatable {
    let base: UnsafeMutableRawPointer
    let byteCount: Int

    static let hugePageSize = 2 << 20

    init(zeroedBytes byteCount: Int) {
        self.byteCount = byteCount
        let huge = TypoMemory.hugePages && byteCount >= Self.hugePageSize
        // Whole huge pages: the kernel backs only an aligned 2 MB range with one.
        let allocated = huge ? (byteCount + Self.hugePageSize - 1) / Self.hugePageSize * Self.hugePageSize : max((byteCount + 63) / 64 * 64, 64)
        base = UnsafeMutableRawPointer.allocate(byteCount: allocated, alignment: huge ? Self.hugePageSize : 64)
        #if os(Linux)
        if huge { _ = madvise(base, allocated, MADV_HUGEPAGE) }
        #endif
        base.initializeMemory(as: UInt64.self, repeating: 0, count: allocated / 8)
    }

    deinit { base.deallocate() }

    static func == (left: TypoLineBuffer, right: TypoLineBuffer) -> Bool {
        left.byteCount == right.byteCount && memcmp(left.base, right.base, left.byteCount) == 0
    }
}

/// How the `typo` tables are placed in memory (set before the first check; for measuring).
public enum TypoMemory {
    /// Whether the largest tables ask for huge pages (see `TypoLineBuffer`); zongjie-bench
    /// clears it under ZONGJIE_TYPO_SMALL_PAGES=1 to measure what they save.
    nonisolated(unsafe) public static var hugePages = true
}
