import ZongjieCore

/// Gaps, repeats or disorder in numbered headings (一、二、四、; 1. 2. 2.) and in
/// in-paragraph enumerations (一是 二是 四是), checked per parent.
public struct NumberingSequenceRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "numbering-sequence",
        name: "序号不连续",
        summary: "同一层级的序号跳号、重号或顺序颠倒（如（一）后接（三），一是、二是后接四是，1. 2. 2.）。",
        rationale: "序号错乱是审核中最容易被看出的硬伤，往往是删改段落后忘了重新编号。",
        severity: .error,
        triggering: [
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度。全年修订制度12项。
            ↓（三）强化培训。组织培训6次。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            一是完善制度。
            二是强化培训。
            ↓四是加强宣传。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            1.完善制度。
            2.强化培训。
            ↓2.加强宣传。
            """),
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            存在以下不足：一是宣传不够；二是培训不足；↓四是制度不全。
            """),
        ],
        nonTriggering: [
            RuleExample("""
            XX局2024年度工作总结

            一、主要工作
            （一）完善制度
            1.修订制度。全年修订12项。
            2.清理文件。清理文件8件。
            （二）强化培训
            1.组织培训。全年培训6次。
            二、存在的问题
            一是宣传不够；二是培训不足。
            三是制度不全。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        checkSections(context.document.sections, into: &findings)
        checkParagraphs(context.document.opening, into: &findings)
        for section in context.document.allSections {
            checkParagraphs(section.paragraphs, into: &findings)
        }
        checkParagraphs(context.document.closing, into: &findings)
        return findings
    }

    /// Siblings of one style must run 1, 2, 3 … under each parent.
    private func checkSections(_ siblings: [Section], into findings: inout [Diagnostic]) {
        var lastByStyle: [NumberingStyle: Int] = [:]
        for section in siblings {
            let style = section.marker.style
            let expected = (lastByStyle[style] ?? 0) + 1
            if section.marker.ordinal != expected {
                findings.append(finding(section.markerRange, found: section.marker, expected: expected))
            }
            lastByStyle[style] = section.marker.ordinal
            checkSections(section.children, into: &findings)
        }
    }

    /// 一是/一要/第一， within one run of paragraphs, including those written inline after 。；：，.
    private func checkParagraphs(_ paragraphs: [Paragraph], into findings: inout [Diagnostic]) {
        var last: [NumberingStyle: Int] = [:]
        for paragraph in paragraphs {
            guard let range = paragraph.range else { continue }
            for (offset, marker) in InlineEnumeration.markers(in: paragraph.text, paragraphMarker: paragraph.marker) {
                guard marker.style != .aspect else { continue }
                let previous = last[marker.style]
                // A list may restart at 一 (a new list); any other number must follow the last one.
                if marker.ordinal != 1, marker.ordinal != (previous ?? 0) + 1 {
                    let column = range.start.column + offset
                    let markerRange = SourceRange(line: range.start.line, startColumn: column, endColumn: column + marker.scalarCount)
                    findings.append(finding(markerRange, found: marker, expected: (previous ?? 0) + 1))
                }
                last[marker.style] = marker.ordinal
            }
        }
    }

    private func finding(_ range: SourceRange, found: NumberingMarker, expected: Int) -> Diagnostic {
        let expectedText = found.style.canonicalMarker(expected)
        let problem = found.ordinal < expected ? (found.ordinal == expected - 1 ? "重复" : "顺序颠倒") : "跳号"
        return diagnostic(
            range,
            "序号\(problem)：此处应为“\(expectedText)”，实为“\(found.text)”。请按顺序重新编号。",
            data: ["expected": expectedText, "found": found.text]
        )
    }
}

/// Finds 一是/二是 (and 一要) written inside a paragraph after 。；：， or at its start.
enum InlineEnumeration {
    /// Markers in reading order with their scalar offset in the paragraph.
    static func markers(in text: String, paragraphMarker: NumberingMarker?) -> [(Int, NumberingMarker)] {
        var result: [(Int, NumberingMarker)] = []
        if let paragraphMarker { result.append((0, paragraphMarker)) }
        var text = text
        text.withUTF8 { bytes in
            // Looks only for the boundary punctuation on the bytes; a boundary followed by a
            // numeral run and 是/要 (what an ordinalShi/ordinalYao marker needs) goes to the
            // marker parser. Scalar offsets are counted only up to such a find.
            let end = bytes.count
            var byte = 0
            var countedBytes = 0
            var countedScalars = 0
            // Handles a possible boundary at `position`: nil if there is none, else the byte
            // to go on from (after the boundary, or after the marker that follows it).
            func visit(_ position: Int) -> Int? {
                let boundary = boundaryLength(bytes, position, end)
                guard boundary > 0 else { return nil }
                let next = position + boundary
                guard next < end, ChineseNumerals.isNumeralScalar(UTF8Scalars.decode(bytes, at: next, end: end).scalar),
                      endsInShiOrYao(bytes, next, end) else { return next }
                let restEnd = byteOffset(bytes, from: next, scalars: 8, end: end)
                let rest = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[next..<restEnd]), as: UTF8.self))
                guard let marker = NumberingMarker.parse(rest), marker.style == .ordinalShi || marker.style == .ordinalYao else { return next }
                countedScalars += UTF8Scalars.count(bytes, countedBytes, next)
                countedBytes = next
                result.append((countedScalars, marker))
                // Skip the marker: its last scalar (是/要) is no boundary.
                return byteOffset(bytes, from: next, scalars: marker.scalarCount, end: end)
            }
            if let base = bytes.baseAddress {
                // Eight bytes at a time: only bytes that can start a boundary (;, E3 for 。,
                // EF for ；：，) are visited, straight from the word's candidate bits.
                while byte + 8 <= end {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self))
                    var candidates = boundaryCandidates(word)
                    var consumed = byte
                    while candidates != 0 {
                        let position = byte + candidates.trailingZeroBitCount >> 3
                        candidates &= candidates - 1
                        // Flags above a real match may be false; `visit` checks each exactly.
                        guard position >= consumed, let after = visit(position) else { continue }
                        consumed = after
                    }
                    byte = max(byte + 8, consumed)
                }
            }
            while byte < end {
                if let after = visit(byte) { byte = after } else { byte += 1 }
            }
        }
        return result
    }

    /// Whether the numeral run at `start` (at most four scalars, as the marker parser reads
    /// it) is followed by 是 or 要.
    private static func endsInShiOrYao(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var byte = start
        var run = 0
        while byte < end {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: byte, end: end)
            if run < 4, ChineseNumerals.isNumeralScalar(scalar) {
                run += 1
                byte += length
                continue
            }
            return scalar == "是" || scalar == "要"
        }
        return false
    }

    /// The byte offset `scalars` scalars after `start`, at most `end`.
    private static func byteOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalars: Int, end: Int) -> Int {
        var byte = start
        var count = 0
        while byte < end, count < scalars {
            byte += UTF8Scalars.decode(bytes, at: byte, end: end).length
            count += 1
        }
        return byte
    }

    /// The high bit of each byte of `word` (little-endian) that is 0x3B, 0xE3 or 0xEF, plus
    /// possibly some above such a byte; zero when there is none.
    @inline(__always)
    private static func boundaryCandidates(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let semicolons = word ^ (0x3B &* ones)
        let e3 = word ^ (0xE3 &* ones)
        let ef = word ^ (0xEF &* ones)
        let zero = ((semicolons &- ones) & ~semicolons) | ((e3 &- ones) & ~e3) | ((ef &- ones) & ~ef)
        return zero & highs
    }

    /// The byte length of a boundary (。；：;，) starting at `index`, or 0.
    @inline(__always)
    private static func boundaryLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        switch bytes[index] {
        case 0x3B: return 1 // ;
        case 0xE3: // 。
            return index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 ? 3 : 0
        case 0xEF: // ；：，
            guard index + 2 < end, bytes[index + 1] == 0xBC else { return 0 }
            let last = bytes[index + 2]
            return last == 0x9B || last == 0x9A || last == 0x8C ? 3 : 0
        default: return 0
        }
    }
}
