/// Where each table lies in a report: from its section heading to the next table's.
struct NianbaoRegions {
    /// 0-based line index ranges (body lines after the heading).
    var disclosure: Range<Int>?
    var applications: Range<Int>?
    var appeals: Range<Int>?
    /// Whether table 三's region starts at a heading (else it is the text after 表二's, or all of it).
    var applicationsHeaded = false

    /// Finds the regions by their headings (二、主动公开政府信息情况 …, or 表二/表三/表四
    /// captions). The first matching heading wins for 二 and 三, since extractors repeat
    /// captions after the rows; the last wins for 四, since prose often mentions 行政复议.
    static func locate(_ texts: [String]) -> NianbaoRegions {
        let end = texts.count
        let appealsStart = texts.indices.last { index in
            let text = texts[index]
            return NianbaoLabels.isHeadingLike(text) && text.contains("行政复议") && text.contains("行政诉讼")
        }
        let limit3 = appealsStart ?? end
        let applicationsStart = firstHeading(texts, 0..<limit3, containing: "收到和处理政府信息公开申请")
        let limit2 = applicationsStart ?? limit3
        let disclosureStart = firstHeading(texts, 0..<limit2, containing: "主动公开政府信息情况")
        var regions = NianbaoRegions()
        if let disclosureStart { regions.disclosure = (disclosureStart + 1)..<limit2 }
        // Without a heading, table 三 rows are still recognisable by their labels and 7 figures.
        regions.applications = ((applicationsStart ?? disclosureStart ?? -1) + 1)..<limit3
        regions.applicationsHeaded = applicationsStart != nil
        if let appealsStart {
            let stop = texts[(appealsStart + 1)..<end].indices.first { index in
                guard NianbaoLabels.isHeadingLike(texts[index]) else { return false }
                let normalized = texts[index].unicodeScalars.filter { !TableLine.isSpace($0) && $0 != "#" && $0 != "*" }
                return normalized.first.map { ["五", "六"].contains($0) } ?? false
            } ?? end
            regions.appeals = (appealsStart + 1)..<stop
        }
        return regions
    }

    /// The first section heading (一、 or 表三) containing `words`, else the first
    /// sub-heading (（一）): a report may repeat a table's title as a sub-heading of 一、总体情况.
    private static func firstHeading(_ texts: [String], _ range: Range<Int>, containing words: String) -> Int? {
        let matches = range.filter { NianbaoLabels.isHeadingLike(texts[$0]) && texts[$0].contains(words) }
        return matches.first { NianbaoLabels.isSectionHeading(texts[$0]) } ?? matches.first
    }
}
