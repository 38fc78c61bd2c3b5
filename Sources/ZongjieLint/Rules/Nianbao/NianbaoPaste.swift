import ZongjieCore

/// What a 年报 pasted from a PDF or an OCR tool does to rules written for prose: table row
/// labels (“（二）部分公开（区分处理的，只”) look like headings, the gaps between cells look like
/// spaces between Chinese and digits, every OCR space (“2025 年”) is one more finding. The
/// engine marks the table regions on the context (so the structure parser never takes a row
/// label for a heading) and quietens the text rules' findings afterwards, without the rules
/// having to know about 年报.
enum NianbaoPaste {
    /// Rules about prose and its layout whose findings inside a table region are artefacts
    /// of the paste: cells are not sentences and labels are not headings.
    static let silentInTables: Set<String> = [
        "cjk-spacing", "numbering-sequence", "numbering-style", "empty-section", "repeated-word",
        "duplicate-paragraph", "latin-in-cjk", "sum-mismatch", "rate-mismatch", "date-format",
    ]

    /// From this many spaces between Chinese and digits or letters in a 年报's prose, they are
    /// the paste's doing and reported once for the document.
    static let spacingSummaryThreshold = 3

    /// Records the table regions of a 年报 on `context` and parses its structure again with
    /// their lines kept out of the headings.
    static func markTableRegions(_ context: inout LintContext, lines: [ParsedLine]) {
        guard NianbaoReport.applies(to: context) else { return }
        let regions = NianbaoTableRegion.locate(context.source)
        guard !regions.isEmpty else { return }
        context.tableRegions = regions
        var data = Set<Int>()
        for region in regions { data.formUnion(region.lines) }
        context.document = StructureParser().parse(lines: lines, dataLines: data)
    }

    /// `findings` of a 年报 without the paste's noise: text-rule findings inside tables dropped,
    /// half-width punctuation once per table, OCR spacing in prose once per document, and no
    /// numbering finding on a part heading whose number the format fixes (a lost part is
    /// `nianbao-part`'s finding).
    static func quieten(_ findings: inout [Diagnostic], _ context: LintContext) {
        let regions = context.tableRegions
        func region(of finding: Diagnostic) -> NianbaoTableRegion? {
            regions.first { $0.lines.contains(finding.range.start.line) }
        }
        var punctuation: [String: [Diagnostic]] = [:]
        var spacing: [Diagnostic] = []
        var kept: [Diagnostic] = []
        kept.reserveCapacity(findings.count)
        for finding in findings {
            let table = region(of: finding)
            if table != nil, silentInTables.contains(finding.ruleID) { continue }
            if finding.ruleID == "punctuation-width" {
                // Grouped per table, and per prose line (a pair of brackets is one slip).
                punctuation[table.map { "t\($0.table)" } ?? "l\(finding.range.start.line)", default: []].append(finding)
                continue
            }
            if table == nil, finding.ruleID == "cjk-spacing" {
                spacing.append(finding)
                continue
            }
            if table == nil, finding.ruleID == "numbering-sequence", isFixedPartHeading(finding, context) { continue }
            kept.append(finding)
        }
        for group in punctuation.values {
            guard group.count > 1, let first = group.first else {
                kept.append(contentsOf: group)
                continue
            }
            var marks: [String] = []
            for mark in group.compactMap({ $0.data["found"] }) where !marks.contains(mark) { marks.append(mark) }
            let shown = marks.isEmpty ? "" : "（" + marks.map { "“\($0)”" }.joined() + "）"
            let place = region(of: first).map { "\($0.name)中" } ?? "此行"
            let message = "\(place)有 \(group.count) 处半角标点\(shown)，应改为全角；多为识别或转换所致，合并报告一次，--fix 可一并改正。"
            kept.append(merged(group, message: message, data: ["count": String(group.count)]) ?? first)
        }
        if spacing.count >= spacingSummaryThreshold, let first = spacing.first {
            let example = spacing.first { ($0.data["found"]?.unicodeScalars.first).map(CJK.isASCIIDigit) ?? false }?.data["found"] ?? first.data["found"] ?? ""
            let message = "正文中有 \(spacing.count) 处汉字与数字、字母之间多了空格（如“\(example)”），多为从 PDF 复制或识别时带入；公文中不加空格，--fix 可一次全部删除。"
            kept.append(merged(spacing, message: message, data: ["found": example, "count": String(spacing.count)]) ?? first)
        } else {
            kept.append(contentsOf: spacing)
        }
        kept.sort { ($0.range.start, $0.ruleID) < ($1.range.start, $1.ruleID) }
        findings = kept
    }

    /// One finding at the first of `group` carrying every fix of the group (the first as its
    /// fix, the rest as its further edits).
    private static func merged(_ group: [Diagnostic], message: String, data: [String: String]) -> Diagnostic? {
        let fixes = group.compactMap(\.fix).sorted { $0.range.start < $1.range.start }
        guard let first = group.first, var fix = fixes.first else { return nil }
        fix.also = Array(fixes.dropFirst())
        return Diagnostic(ruleID: first.ruleID, severity: first.severity, range: first.range, message: message, data: data, fix: fix)
    }

    /// Whether a numbering finding sits on a top-level heading worded as the format's part of
    /// that number (“六、其他需要报告的事项”): the format fixes the number, so the gap before it is
    /// a missing part, not a numbering slip.
    private static func isFixedPartHeading(_ finding: Diagnostic, _ context: LintContext) -> Bool {
        context.document.sections.contains { section in
            guard section.marker.style == .chineseComma, section.headingRange?.start.line == finding.range.start.line else { return false }
            let ordinal = section.marker.ordinal
            guard (1...HeadingDeviationRule.officialHeadings.count).contains(ordinal) else { return false }
            return HeadingDeviationRule.compact(section.heading) == HeadingDeviationRule.officialHeadings[ordinal - 1]
        }
    }
}
