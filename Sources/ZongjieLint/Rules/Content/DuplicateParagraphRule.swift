import Foundation
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
        basis: "审稿惯例（整段重复是复制粘贴留下的痕迹）",
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
                // A kept scalar is at least one byte, and `summarise` calls a line prose only
                // at one of these marks: most lines that cannot qualify are never hashed.
                guard span.end - span.start >= Self.minimumLength, Self.mayBeProse(buffer, span) else { continue }
                let summary = Self.summarise(buffer, span)
                guard let firstByte = summary.first, summary.scalars >= Self.minimumLength, summary.isProse else { continue }
                var candidate = latestWithHash[summary.hash] ?? -1
                var earlier: Int?
                // A document pasted twice repeats nearly every line: confirm hash hits by
                // walking both normalised lines in step, without building either.
                while candidate >= 0 {
                    if Self.normalisedEqual(buffer, span, source.lines[candidate]) { earlier = candidate }
                    candidate = earlierWithHash[candidate]
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

    /// False only when `summarise` would not call the line prose: no 。 (E3 80 82) and no
    /// EF BC x whose low six bits are those of ，；！？ (the test `summarise` makes).
    @inline(__always)
    static func mayBeProse(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        var index = span.start
        let last = span.end - 2
        while index < last {
            let byte = bytes[index]
            if byte == 0xE3 {
                if bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 { return true }
            } else if byte == 0xEF && bytes[index + 1] == 0xBC {
                let low = bytes[index + 2] & 0x3F
                if low == 0x0C || low == 0x1B || low == 0x01 || low == 0x1F { return true }
            }
            index += 1
        }
        return false
    }

    /// One pass over a line: the hash of its normalised bytes (see `NormalisedBytes`), the number of
    /// scalars kept, the offset of the first, and whether it reads as prose (`isProse`).
    static func summarise(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> (hash: UInt64, scalars: Int, first: Int?, isProse: Bool) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        // Each kept scalar's normalised bytes are packed into a word that is mixed in when full.
        // The packing follows the scalars of the normalised text, so equal texts hash alike.
        var word: UInt64 = 0
        var wordBits: UInt64 = 0
        @inline(__always) func emit(_ chunk: UInt64, bits: UInt64) {
            if wordBits + bits > 64 {
                hash = (hash ^ word) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 29
                word = 0
                wordBits = 0
            }
            word = word << bits | chunk
            wordBits += bits
        }
        var scalars = 0
        var first = -1
        var prose = false
        var index = span.start
        let end = span.end
        while index < end {
            let byte = bytes[index]
            // Most of a line: ideographs (lead E4…E9), which are never folded or dropped.
            if byte &- 0xE4 < 6 && index + 2 < end {
                if first < 0 { first = index }
                scalars += 1
                emit(UInt64(byte) << 16 | UInt64(bytes[index + 1]) << 8 | UInt64(bytes[index + 2]), bits: 24)
                index += 3
                continue
            }
            if byte < 0x80 {
                if byte != 0x20 && byte != 0x09 {
                    if first < 0 { first = index }
                    scalars += 1
                    emit(UInt64(byte), bits: 8)
                }
                index += 1
                continue
            }
            if byte >= 0xE0 && byte < 0xF0 && index + 2 < end {
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if byte == 0xE3 && second == 0x80 {
                    if third == 0x80 { index += 3; continue }
                    // 。 (E3 80 82) marks prose.
                    if third == 0x82 { prose = true }
                }
                if first < 0 { first = index }
                scalars += 1
                index += 3
                // U+FF01…U+FF5E is EF BC 81…EF BD 9E; its ASCII twin is the code point minus 0xFEE0.
                if byte == 0xEF && (second == 0xBC || second == 0xBD) {
                    let value = (UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)) + 0xF000
                    if value >= 0xFF01 && value <= 0xFF5E {
                        // ，；！？ mark prose.
                        if value == 0xFF0C || value == 0xFF1B || value == 0xFF01 || value == 0xFF1F { prose = true }
                        emit(UInt64(value - 0xFEE0), bits: 8)
                        continue
                    }
                }
                emit(UInt64(byte) << 16 | UInt64(second) << 8 | UInt64(third), bits: 24)
                continue
            }
            if first < 0 { first = index }
            scalars += 1
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let scalarEnd = min(index + length, end)
            var chunk: UInt64 = 0
            while index < scalarEnd {
                chunk = chunk << 8 | UInt64(bytes[index])
                index += 1
            }
            emit(chunk, bits: 32)
        }
        hash = (hash ^ word ^ wordBits << 56) &* 0x0000_0100_0000_01B3
        return (hash, scalars, first < 0 ? nil : first, prose)
    }

    /// Whether two lines are equal once normalised (see `NormalisedBytes`), compared byte by byte
    /// as both are normalised, so nothing is allocated.
    static func normalisedEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ first: SourceText.LineSpan, _ second: SourceText.LineSpan) -> Bool {
        // Most repeats are exact copies: equal bytes are equal once normalised.
        let length = first.end - first.start
        if length == second.end - second.start, let base = bytes.baseAddress,
           memcmp(base + first.start, base + second.start, length) == 0 {
            return true
        }
        var left = NormalisedBytes(bytes: bytes, index: first.start, end: first.end)
        var right = NormalisedBytes(bytes: bytes, index: second.start, end: second.end)
        while true {
            let a = left.next(), b = right.next()
            if a != b { return false }
            if a == nil { return true }
        }
    }

    /// A line's bytes without whitespace (ASCII, U+3000) and with full-width forms (，：（ ！)
    /// folded to ASCII, one at a time, so width and spacing do not hide a repeat.
    struct NormalisedBytes {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let end: Int
        /// Bytes of the current scalar still to hand out.
        private var pending = 0

        init(bytes: UnsafeBufferPointer<UInt8>, index: Int, end: Int) {
            self.bytes = bytes
            self.index = index
            self.end = end
        }

        mutating func next() -> UInt8? {
            if pending > 0 {
                pending -= 1
                index += 1
                return bytes[index - 1]
            }
            while index < end {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 { index += 1; continue }
                if byte == 0xE3 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 { index += 3; continue }
                if byte == 0xEF && index + 2 < end && (bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD) {
                    let value = (UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)) + 0xF000
                    if value >= 0xFF01 && value <= 0xFF5E {
                        index += 3
                        return UInt8(value - 0xFEE0)
                    }
                }
                var length = 1
                if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
                pending = min(index + length, end) - index - 1
                index += 1
                return byte
            }
            return nil
        }
    }
}
