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
        var seen = 0
        for number in 1...max(1, source.lines.count) where seen < 5 && LineText.hasText(source, line: number, besides: isSpace) {
            seen += 1
            // Most leading lines are long paragraphs or lack 告 or 开: settled without decoding.
            guard LineText.mayBeShort(source, line: number, atMost: 80, holding: ["告", "开"]) else { continue }
            if namesAnnualReport(source.line(number)) { return true }
        }
        return false
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}"
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
