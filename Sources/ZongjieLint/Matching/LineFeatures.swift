import ZongjieCore

/// Cheap byte features of every line of a document, found in one pass and shared: several
/// rules each ran their own prefilter over every line, and most lines lack what each looks
/// for. A feature is a necessary condition of a rule's exact prefilter (never sufficient), so a
/// rule skips a line whose features rule it out and still runs its exact test on the others.
struct LineFeatures: OptionSet, Sendable {
    let rawValue: UInt16

    /// _ { X T F or Ã (C3, for ×), or the byte pairs ending ＿ Ｘ 某 【 (placeholder).
    static let placeholder = LineFeatures(rawValue: 1 << 0)
    /// One of , ; : ( ) ? ! [ next to a non-ASCII byte (punctuation width).
    static let markNearNonASCII = LineFeatures(rawValue: 1 << 1)
    /// The end of 【 （ ［ (80 90, BC 88, BC BB) before a byte in 0x30–0x3F (a 文号 year).
    static let bracketBeforeDigit = LineFeatures(rawValue: 1 << 2)
    /// A byte in 0x40–0x5F (upper-case letters among them) before a byte of E0 or above.
    static let letterBeforeIdeograph = LineFeatures(rawValue: 1 << 3)
    /// A space next to a non-ASCII byte.
    static let spaceNearNonASCII = LineFeatures(rawValue: 1 << 4)
    /// A byte in 0x30–0x3F or 0x40–0x7F (ASCII digits and letters among them).
    static let alphanumeric = LineFeatures(rawValue: 1 << 5)
    /// 85 B6 or 88 AB (the end of 其 or 别: a sum anchor).
    static let sumAnchor = LineFeatures(rawValue: 1 << 6)
    /// % or BC 85 (the end of ％).
    static let percent = LineFeatures(rawValue: 1 << 7)
    /// E3 80, EF BC, EF BD or E2 80: the start of most Chinese punctuation.
    static let chinesePunctuation = LineFeatures(rawValue: 1 << 8)

    static let all = LineFeatures(rawValue: 0x1FF)

    /// The features of each line of `source`, in line order.
    static func scan(_ source: SourceText) -> [LineFeatures] {
        // The lane masks are fetched once here, not per line (a static is a `swift_once` check).
        leading.withUnsafeBufferPointer { leading in
            source.utf8.withUnsafeBufferPointer { bytes in
                source.lines.map { features(of: $0, in: bytes, leading) }
            }
        }
    }

    /// The features of `context`'s lines, scanned once per document.
    static func of(_ context: LintContext) -> [LineFeatures] {
        context.scans.memo(ObjectIdentifier(LineFeatures.self)) { scan(context.source) }
    }

    /// Lane masks: the first `n` lanes set, for `n` in 0...16.
    private static let leading: [SIMD16<UInt8>] = (0...16).map { count in
        var mask = SIMD16<UInt8>(repeating: 0)
        for lane in 0..<count { mask[lane] = 0xFF }
        return mask
    }

    @inline(__always)
    private static func features(
        of span: SourceText.LineSpan, in bytes: UnsafeBufferPointer<UInt8>, _ leading: UnsafeBufferPointer<SIMD16<UInt8>>
    ) -> LineFeatures {
        guard span.end > span.start else { return [] }
        // A block reads 18 bytes from below the line's end; near the buffer's end, claim all.
        guard let base = bytes.baseAddress, span.end + 17 <= bytes.count else { return .all }
        let raw = UnsafeRawPointer(base)
        @inline(__always) func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
        let (low, high) = (SIMD16<UInt8>(repeating: 0), splat(0x80))
        var first = low
        var second = low
        var index = span.start
        do {
            while index < span.end {
                let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
                let third = raw.loadUnaligned(fromByteOffset: index + 2, as: SIMD16<UInt8>.self)
                let remaining = span.end - index
                let lanes = remaining >= 16 ? leading[16] : leading[remaining]
                @inline(__always) func bits(_ mask: SIMDMask<SIMD16<Int8>>, _ bit: UInt8) -> SIMD16<UInt8> {
                    unsafeBitCast(mask, to: SIMD16<UInt8>.self) & splat(bit)
                }
                let next90 = next .== splat(0x90)
                let hereBC = here .== splat(0xBC)
                let here80 = here .== splat(0x80)
                let placeholderPairs = (((here .== splat(0x9F)) .| here80) .& next90)
                    .| (hereBC .& ((next .== splat(0xBF)) .| (next .== splat(0xB8))))
                let anchor = ((here .== splat(0x85)) .& (next .== splat(0xB6))) .| ((here .== splat(0x88)) .& (next .== splat(0xAB)))
                let next80 = next .== splat(0x80)
                let punctuation = (((here .== splat(0xE3)) .| (here .== splat(0xE2))) .& next80)
                    .| ((here .== splat(0xEF)) .& ((next .== splat(0xBC)) .| (next .== splat(0xBD))))
                second |= unsafeBitCast(punctuation, to: SIMD16<UInt8>.self) & lanes
                // Most blocks of Chinese text hold no ASCII byte: with every byte of `here`,
                // `next` and `third` at 0x80 or above, every feature that needs an ASCII byte
                // (marks, spaces, letters, digits, _ { X T F, %) is absent, and only the
                // multi-byte patterns are left to test.
                // (Tested on two words: `==` on SIMD vectors compares lane by lane.)
                let common = unsafeBitCast(here & next & third, to: (UInt64, UInt64).self)
                if common.0 & common.1 & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 {
                    var block = bits((here .== splat(0xC3)) .| placeholderPairs, 1 << 0)
                    block |= bits(anchor, 1 << 6) | bits(hereBC .& (next .== splat(0x85)), 1 << 7)
                    first |= block & lanes
                    index += 16
                    continue
                }
                let highHere = (here & high) .== high
                let highNext = (next & high) .== high
                @inline(__always) func isMark(_ vector: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
                    (vector .== splat(0x2C)) .| (vector .== splat(0x3B)) .| (vector .== splat(0x3A)) .| (vector .== splat(0x28))
                        .| (vector .== splat(0x29)) .| (vector .== splat(0x3F)) .| (vector .== splat(0x21)) .| (vector .== splat(0x5B))
                }
                let placeholderBytes = (here .== splat(0x5F)) .| (here .== splat(0x7B)) .| (here .== splat(0x58))
                    .| (here .== splat(0x54)) .| (here .== splat(0x46)) .| (here .== splat(0xC3))
                let marks = (isMark(here) .& highNext) .| (highHere .& isMark(next))
                let digitThird = (third & splat(0xF0)) .== splat(0x30)
                let bracket = ((here80 .& next90) .| (hereBC .& ((next .== splat(0x88)) .| (next .== splat(0xBB))))) .& digitThird
                let letter = ((here & splat(0xE0)) .== splat(0x40)) .& ((next & splat(0xE0)) .== splat(0xE0))
                let space = ((here .== splat(0x20)) .& highNext) .| (highHere .& (next .== splat(0x20)))
                let alphanumeric = ((here & splat(0xF0)) .== splat(0x30)) .| ((here & splat(0xC0)) .== splat(0x40))
                let percent = (here .== splat(0x25)) .| (hereBC .& (next .== splat(0x85)))
                var block = bits(placeholderBytes .| placeholderPairs, 1 << 0) | bits(marks, 1 << 1) | bits(bracket, 1 << 2)
                block |= bits(letter, 1 << 3) | bits(space, 1 << 4) | bits(alphanumeric, 1 << 5)
                block |= bits(anchor, 1 << 6) | bits(percent, 1 << 7)
                first |= block & lanes
                index += 16
            }
            let words = unsafeBitCast(first, to: (UInt64, UInt64).self)
            var folded = words.0 | words.1
            folded |= folded >> 32
            folded |= folded >> 16
            folded |= folded >> 8
            let extra = unsafeBitCast(second, to: (UInt64, UInt64).self)
            let punctuationBit: UInt16 = extra.0 | extra.1 != 0 ? 1 << 8 : 0
            return LineFeatures(rawValue: UInt16(folded & 0xFF) | punctuationBit)
        }
    }
}
