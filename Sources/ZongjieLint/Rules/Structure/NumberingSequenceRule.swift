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
        basis: "GB/T 9704—2012 7.3.3（结构层次序数依次用“一、”“（一）”“1.”“（1）”标注）",
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
        context.document.forEachSection { checkParagraphs($0.paragraphs, into: &findings) }
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
            // A marker needs 是 or 要 after one to four numerals right after a boundary
            // (。；：;，). 是/要 are about ten times rarer than the boundaries, so the search
            // runs on their bytes and walks back from each over the numerals to the boundary.
            // Scalar offsets are counted only up to such a find.
            let end = bytes.count
            var countedBytes = 0
            var countedScalars = 0
            // Handles a possible 是/要 at `position` (its lead byte already matched E6 98 or E8 A6).
            func visit(_ position: Int) {
                guard position + 2 < end else { return }
                let second = bytes[position + 1], third = bytes[position + 2]
                guard (bytes[position] == 0xE6 && second == 0x98 && third == 0xAF)
                    || (bytes[position] == 0xE8 && second == 0xA6 && third == 0x81) else { return }
                guard let next = runStart(bytes, before: position) else { return }
                let restEnd = byteOffset(bytes, from: next, scalars: 8, end: end)
                let rest = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[next..<restEnd]), as: UTF8.self))
                guard let marker = NumberingMarker.parse(rest), marker.style == .ordinalShi || marker.style == .ordinalYao else { return }
                countedScalars += UTF8Scalars.count(bytes, countedBytes, next)
                countedBytes = next
                result.append((countedScalars, marker))
            }
            var byte = 0
            if let base = bytes.baseAddress {
                // Eight bytes loaded, seven lanes judged per step (a lane needs the byte after it).
                while byte + 8 <= end {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self))
                    var candidates = shiYaoCandidates(word) & 0x0080_8080_8080_8080
                    while candidates != 0 {
                        // Flags above a real match may be false; `visit` checks each exactly.
                        visit(byte + candidates.trailingZeroBitCount >> 3)
                        candidates &= candidates - 1
                    }
                    byte += 7
                }
            }
            while byte < end {
                if bytes[byte] == 0xE6 || bytes[byte] == 0xE8 { visit(byte) }
                byte += 1
            }
        }
        return result
    }

    /// The start of the numeral run ending at `shi` (是/要) when that run is one to four
    /// numerals long and a boundary stands right before it; nil otherwise. Every numeral
    /// scalar is three bytes long.
    private static func runStart(_ bytes: UnsafeBufferPointer<UInt8>, before shi: Int) -> Int? {
        var start = shi
        var run = 0
        while start >= 3, bytes[start - 3] & 0xF0 == 0xE0,
              ChineseNumerals.isNumeralScalar(UTF8Scalars.decode(bytes, at: start - 3, end: start).scalar) {
            // A fifth numeral: reading forward, the run would end on it rather than on 是/要.
            guard run < 4 else { return nil }
            run += 1
            start -= 3
        }
        guard run > 0 else { return nil }
        if start >= 1, bytes[start - 1] == 0x3B { return start } // ;
        guard start >= 3 else { return nil }
        let first = bytes[start - 3], second = bytes[start - 2], last = bytes[start - 1]
        if first == 0xE3 { return second == 0x80 && last == 0x82 ? start : nil } // 。
        if first == 0xEF, second == 0xBC, last == 0x9B || last == 0x9A || last == 0x8C { return start } // ；：，
        return nil
    }

    /// The high bit of each byte of `word` (little-endian) where E6 98 or E8 A6 (the first
    /// two bytes of 是 and 要) starts, plus possibly some above such a byte; the top lane is
    /// meaningless (its second byte lies outside the word).
    @inline(__always)
    private static func shiYaoCandidates(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let following = word >> 8
        let shi = zeros(word ^ (0xE6 &* ones)) & zeros(following ^ (0x98 &* ones))
        let yao = zeros(word ^ (0xE8 &* ones)) & zeros(following ^ (0xA6 &* ones))
        return shi | yao
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
}
