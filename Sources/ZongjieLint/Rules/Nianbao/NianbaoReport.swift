import ZongjieCore

/// Whether a document is a 政府信息公开工作年度报告, so the table rules run only on those.
enum NianbaoReport {
    /// The report type's id once the catalog knows it.
    static let reportTypeID = "gongkai-nianbao"

    /// True when linted as `gongkai-nianbao`, or when the title (the parsed one, else one
    /// of the first few non-empty lines, which a pasted page may precede) names 政府信息公开 and 年度报告.
    static func applies(to context: LintContext) -> Bool {
        if context.reportType.id == reportTypeID { return true }
        // Four rules ask about the same document: decide once.
        return context.scans.memo(ObjectIdentifier(NianbaoReport.self)) { namesAnnualReport(context) }
    }

    private static func namesAnnualReport(_ context: LintContext) -> Bool {
        if let title = context.document.title?.text, namesAnnualReport(title) { return true }
        let source = context.source
        return source.utf8.withUnsafeBufferPointer { bytes in
            var seen = 0
            for span in source.lines where seen < 5 && hasText(bytes, span) {
                seen += 1
                guard mayNameAnnualReport(bytes, span) else { continue }
                if namesAnnualReport(String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)) { return true }
            }
            return false
        }
    }

    /// False for a line `namesAnnualReport` rejects early: more than 80 scalars besides
    /// spaces, or no 告 or no 开. Walks at most 81 such scalars, so a long paragraph costs little;
    /// on the bytes (a scalar is a non-continuation byte), since it runs on every document.
    private static func mayNameAnnualReport(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        let end = span.end
        if mustKeepOver80(bytes, span) { return false }
        var kept = 0
        var gao = false
        var kai = false
        var index = span.start
        while index < end {
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 || byte == 0x20 {
                index += 1
                continue
            }
            if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                index += 3 // 全角空格
                continue
            }
            kept += 1
            if kept > 80 { return false }
            if byte == 0xE5, index + 2 < end {
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x91 && third == 0x8A { gao = true } else if second == 0xBC && third == 0x80 { kai = true } // 告 开
            }
            index += 1
        }
        return gao && kai
    }

    /// Whether a line certainly has more than 80 scalars besides spaces: the leading lines are
    /// mostly long paragraphs, settled here eight bytes at a time. Counts scalar lead bytes less
    /// every " " and every E3 (which may start a 全角空格), a lower bound of the kept scalars.
    private static func mustKeepOver80(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // The high bit of exactly each zero byte (no borrow between lanes).
        @inline(__always) func zeros(_ x: UInt64) -> UInt64 { ~(((x & lows) &+ lows) | x | lows) }
        var lower = 0
        var index = span.start
        while index + 8 <= span.end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let continuation = word & ~(word << 1) & highs
            let spaces = zeros(word ^ (0x20 &* ones)) | zeros(word ^ (0xE3 &* ones))
            lower += 8 - continuation.nonzeroBitCount - spaces.nonzeroBitCount
            if lower > 80 { return true }
            index += 8
        }
        return false
    }

    /// Whether a line has a scalar other than space, tab and 全角空格.
    private static func hasText(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        var index = span.start
        while index < span.end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                index += 1
            } else if byte == 0xE3, index + 2 < span.end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                index += 3
            } else {
                return true
            }
        }
        return false
    }

    private static func namesAnnualReport(_ line: String) -> Bool {
        // Whatever spaces the compacting drops, 告 and 开 must be there: most lines stop here.
        guard line.containsUTF8("告"), line.containsUTF8("开") else { return false }
        // Stop as soon as the compacted line is too long: the leading lines are often whole paragraphs.
        var compactScalars = String.UnicodeScalarView()
        var kept = 0
        for scalar in line.unicodeScalars where scalar != " " && scalar != "\u{3000}" {
            kept += 1
            if kept > 80 { return false }
            compactScalars.append(scalar)
        }
        let compact = String(compactScalars)
        return !compact.containsUTF8("。")
            && compact.containsUTF8("政府信息公开") && compact.containsUTF8("年度报告")
    }
}

extension NianbaoReport {
    private enum TablesMemo {}

    /// The document's tables, read once for the five rules that need them.
    static func tables(of context: LintContext) -> NianbaoTables {
        context.scans.memo(ObjectIdentifier(TablesMemo.self)) { NianbaoTableReader.read(context.source) }
    }
}
