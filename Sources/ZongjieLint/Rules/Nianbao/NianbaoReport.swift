import ZongjieCore

/// Whether a document is a 政府信息公开工作年度报告, so the table rules run only on those.
enum NianbaoReport {
    /// The report type's id once the catalog knows it.
    static let reportTypeID = "gongkai-nianbao"

    /// True when linted as `gongkai-nianbao`, or when the title (the parsed one, else
    /// the first non-empty line) names 政府信息公开 and 年度报告.
    static func applies(to context: LintContext) -> Bool {
        if context.reportType.id == reportTypeID { return true }
        let title = context.document.title?.text ?? firstLine(context.source)
        let compact = String(String.UnicodeScalarView(title.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }))
        return compact.contains("政府信息公开") && compact.contains("年度报告")
    }

    private static func firstLine(_ source: SourceText) -> String {
        for number in 1...max(source.lines.count, 1) {
            let line = source.line(number)
            if line.unicodeScalars.contains(where: { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }) { return line }
        }
        return ""
    }
}
