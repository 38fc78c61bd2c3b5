import ZongjieCore

/// The same paragraph (15 characters or more) twice in one document.
public struct DuplicateParagraphRule: LintRule {
    public init() {}

    /// Paragraphs shorter than this (headings, 一是……) may repeat legitimately.
    static let minimumLength = 15

    public static let description = RuleDescription(
        id: "duplicate-paragraph",
        name: "段落重复",
        summary: "同一文档中重复出现的段落（去掉空白、统一标点全半角后相同，且不少于15个字）。",
        rationale: """
        拼接多份材料或复制上年总结时，同一段话常出现两次，审核时一眼就能看出。比较时忽略空白和标点\
        全半角的差别；短于15个字的段落（标题、“一是加强领导。”）和没有逗号、句号等的行\
        （表格行、“表三：……”这类标签）不比较。报告第二次出现处，data.firstLine\
        是第一次出现的行号。
        """,
        severity: .warning,
        triggering: [
            RuleExample("""
            标题
            坚持问题导向，及时回应群众关切，确保政务公开落到实处。
            其他内容。
            ↓坚持问题导向, 及时回应群众关切，确保政务公开落到实处。
            """),
        ],
        nonTriggering: [
            RuleExample("""
            标题
            一是加强领导。
            一是加强领导。
            表三：收到和处理政府信息公开申请情况
            表三：收到和处理政府信息公开申请情况
            坚持问题导向，及时回应群众关切，确保政务公开落到实处。
            坚持问题导向，及时回应群众关切，确保政务公开全面落实。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        let source = context.source
        let bytes = source.utf8
        // Hash of the normalised line → the latest line with it; `earlierWithHash` chains the
        // rest. Keys are rebuilt only to confirm a hash hit.
        var latestWithHash: [UInt64: Int] = [:]
        var earlierWithHash: [Int] = Array(repeating: -1, count: source.lines.count)
        var found: [Diagnostic] = []
        bytes.withUnsafeBufferPointer { buffer in
            for (index, span) in source.lines.enumerated() {
                let summary = Self.summarise(buffer, span)
                guard let firstByte = summary.first, summary.scalars >= Self.minimumLength, summary.isProse else { continue }
                var candidate = latestWithHash[summary.hash] ?? -1
                var earlier: Int?
                if candidate >= 0 {
                    let key = Self.key(bytes, span)
                    while candidate >= 0 {
                        if Self.key(bytes, source.lines[candidate]) == key { earlier = candidate }
                        candidate = earlierWithHash[candidate]
                    }
                }
                if let earlier {
                    found.append(diagnostic(
                        source.range(ofBytes: firstByte, span.end),
                        "这一段与第\(earlier + 1)行的段落重复，请删除或改写其中一处。",
                        data: ["firstLine": String(earlier + 1)]
                    ))
                } else {
                    earlierWithHash[index] = latestWithHash[summary.hash] ?? -1
                    latestWithHash[summary.hash] = index
                }
            }
        }
        return found
    }

    /// One pass over a line: the hash of its normalised bytes (see `normalise`), the number of
    /// scalars kept, the offset of the first, and whether it reads as prose (`isProse`).
    static func summarise(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> (hash: UInt64, scalars: Int, first: Int?, isProse: Bool) {
        var hash = StreamHash()
        var scalars = 0
        var first = -1
        var prose = false
        var index = span.start
        let end = span.end
        let (high, none, leadE3, leadEF) = (SIMD16<UInt8>(repeating: 0x80), SIMD16<UInt8>(), SIMD16<UInt8>(repeating: 0xE3), SIMD16<UInt8>(repeating: 0xEF))
        while index < end {
            // Sixteen bytes with no ASCII and no E3 or EF lead (U+3000, 。, full-width forms) are
            // kept as they are: the common run of plain Chinese text, taken whole.
            if index + 16 <= end, let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                if !any(((block & high) .== none) .| (block .== leadE3) .| (block .== leadEF)) {
                    let lowWord = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let highWord = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                    // No ASCII here: a byte with bit 6 set leads a scalar.
                    scalars += (lowWord >> 6 & 0x0101_0101_0101_0101).nonzeroBitCount + (highWord >> 6 & 0x0101_0101_0101_0101).nonzeroBitCount
                    if first < 0 { first = index }
                    hash.append(eight: lowWord)
                    hash.append(eight: highWord)
                    index += 16
                    // The rest of a scalar the block cut through.
                    while index < end && bytes[index] & 0xC0 == 0x80 {
                        hash.append(bytes[index])
                        index += 1
                    }
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte != 0x20 && byte != 0x09 {
                    if first < 0 { first = index }
                    scalars += 1
                    hash.append(byte)
                }
                index += 1
                continue
            }
            if byte == 0xE3 && index + 2 < end && bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x80 { index += 3; continue }
                // 。 (E3 80 82) marks prose.
                if bytes[index + 2] == 0x82 { prose = true }
            }
            if first < 0 { first = index }
            scalars += 1
            // U+FF01…U+FF5E is EF BC 81…EF BD 9E; its ASCII twin is the code point minus 0xFEE0.
            if byte == 0xEF && index + 2 < end && (bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD) {
                let value = (UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)) + 0xF000
                if value >= 0xFF01 && value <= 0xFF5E {
                    // ，；！？ mark prose.
                    if value == 0xFF0C || value == 0xFF1B || value == 0xFF01 || value == 0xFF1F { prose = true }
                    hash.append(UInt8(value - 0xFEE0))
                    index += 3
                    continue
                }
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let scalarEnd = min(index + length, end)
            while index < scalarEnd {
                hash.append(bytes[index])
                index += 1
            }
        }
        return (hash.value, scalars, first < 0 ? nil : first, prose)
    }

    /// Whether the line reads as prose (has ，。；！？): table rows and repeated labels
    /// (表三：…, 类别 | 数据1 | …) are not paragraphs.
    static func isProse(_ bytes: [UInt8], _ span: SourceText.LineSpan) -> Bool {
        ScalarLine.contains(bytes, span, anyOf: proseMarks)
    }

    static let proseMarks: [[UInt8]] = ["，", "。", "；", "！", "？"].map { Array($0.utf8) }

    /// The normalised bytes of a line (see `normalise`).
    static func key(_ bytes: [UInt8], _ span: SourceText.LineSpan) -> [UInt8] {
        var key: [UInt8] = []
        _ = normalise(bytes, span) { key.append($0) }
        return key
    }

    /// Feeds `emit` the line's bytes without whitespace (ASCII, U+3000) and with full-width
    /// forms (，：（ ！) folded to ASCII, so width and spacing do not hide a repeat. Returns the
    /// number of scalars kept and the offset of the first one.
    static func normalise(_ bytes: [UInt8], _ span: SourceText.LineSpan, _ emit: (UInt8) -> Void) -> (scalars: Int, first: Int?) {
        var scalars = 0
        var first: Int?
        var index = span.start
        while index < span.end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 { index += 1; continue }
            if byte == 0xE3 && index + 2 < span.end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 { index += 3; continue }
            if first == nil { first = index }
            scalars += 1
            // U+FF01…U+FF5E is EF BC 81…EF BD 9E; its ASCII twin is the code point minus 0xFEE0.
            if byte == 0xEF && index + 2 < span.end && (bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD) {
                let value = (UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)) + 0xF000
                if value >= 0xFF01 && value <= 0xFF5E {
                    emit(UInt8(value - 0xFEE0))
                    index += 3
                    continue
                }
            }
            var length = 1
            if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
            let end = min(index + length, span.end)
            for offset in index..<end { emit(bytes[offset]) }
            index = end
        }
        return (scalars, first)
    }
}

/// A hash of a byte stream fed a byte or eight at a time; equal streams hash alike however
/// they were fed (bytes are packed into 64-bit words in stream order, little-endian).
private struct StreamHash {
    private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    private var word: UInt64 = 0
    private var wordBytes: UInt64 = 0

    private mutating func mix(_ full: UInt64) {
        hash = (hash ^ full) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        word |= UInt64(byte) << (wordBytes * 8)
        wordBytes += 1
        if wordBytes == 8 {
            mix(word)
            word = 0
            wordBytes = 0
        }
    }

    /// Appends eight bytes given as a little-endian word.
    @inline(__always)
    mutating func append(eight bytes: UInt64) {
        if wordBytes == 0 {
            mix(bytes)
        } else {
            let shift = wordBytes * 8
            mix(word | bytes << shift)
            word = bytes >> (64 - shift)
        }
    }

    var value: UInt64 {
        var final = self
        final.mix(word ^ wordBytes << 56)
        return final.hash
    }
}
