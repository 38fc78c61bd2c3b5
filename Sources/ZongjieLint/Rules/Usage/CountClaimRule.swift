import ZongjieCore

/// A stated count that the enumeration it announces or sums up does not match: 这十个重点领域
/// after twelve listed fields, 以下四个方面 followed by 一是……三是.
public struct CountClaimRule: LintRule {
    let dictionary: DictionaryScan

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        dictionary = settings.dictionary
    }

    public static let description = RuleDescription(
        id: "count-claim",
        name: "数量与列举不符",
        summary: "文中说“这十个重点领域”“以下三个方面”“四项措施：”，前面或后面实际列举的项数却不一样（如列了12个领域、写到“三是”就结束）。",
        rationale: """
        “这N个”“等N个”总括前面用顿号列举的各项，“以下N个方面”“N项措施：”引出后面的“一是……”或分条列举；\
        数量与列举不符，是审稿时最容易被挑出的硬伤之一。只在列举清楚可数时报告：前面至少有三项用顿号隔开，\
        或后面有“一是、二是……”或同一级序号的分条。
        """,
        basis: "审稿惯例（总括数与列举项数一致）",
        severity: .warning,
        triggering: [
            RuleExample("专题包括社会救助、扶贫、就业创业、社会保障、救灾、义务教育这↓五个重点领域。"),
            RuleExample("重点抓好↓四个方面工作：一是完善制度；二是强化培训；三是加强监督。"),
            RuleExample("主要做法有以下↓三个方面：\n一是完善制度。\n二是强化培训。\n三是加强监督。\n四是严格考核。"),
        ],
        nonTriggering: [
            RuleExample("专题包括社会救助、扶贫、就业创业、社会保障和救灾这五个重点领域。"),
            RuleExample("重点抓好三个方面工作：一是完善制度；二是强化培训；三是加强监督。"),
            RuleExample("树牢“四个意识”，坚定“四个自信”，做到“两个维护”。全年开展三项活动，共十个重点领域。"),
            RuleExample("主要有以下三个方面：\n（一）完善制度。\n1.修订制度。\n2.清理文件。\n（二）强化培训。\n（三）加强监督。"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let claims = (dictionary.marks.lowerBound + UsageMarks.claimsStart)..<(dictionary.marks.lowerBound + UsageMarks.claimsEnd)
        for match in dictionary.matches(.marks, in: context) where claims.contains(match.pattern) {
            let line = context.scans.line(context.source.lineNumber(containing: match.start))
            let start = line.scalarIndex(ofByte: match.start, in: context.source)
            let end = line.scalarIndex(ofByte: match.end, in: context.source)
            // 十二个 also holds 二个: only the whole numeral counts.
            if let before = line[safe: start - 1], ChineseNumerals.isNumeralScalar(before) || before == "两" { continue }
            // Most counts neither sum up a list (这/等 before) nor announce one: the count
            // itself is read only for those that do.
            let sumsUp = line[safe: start - 1].map { $0 == "这" || $0 == "等" } ?? false
            guard sumsUp || announcesList(line, claimStart: start, claimEnd: end) else { continue }
            let numeral = UsageMarks.claims[match.pattern - claims.lowerBound]
            let unitLength = UsageMarks.claimUnits.first { numeral.hasSuffix($0) }?.unicodeScalars.count ?? 1
            var numeralScalars = Array(line.scalars[start..<(end - unitLength)])
            if numeralScalars == ["两"] { numeralScalars = ["二"] }
            guard let stated = ChineseNumerals.value(ofScalars: numeralScalars) else { continue }
            let listed = sumsUp ? itemsListed(line, before: start - 1, stated: stated) : itemsFollowing(line, after: end, context)
            guard let listed, listed != stated else { continue }
            let written = line.text(start - (line[safe: start - 1] == "这" ? 1 : 0), end)
            found.append(diagnostic(line.range(start, end, in: context.source),
                                    "“\(written)”与实际列举的 \(listed) 项不一致，请核对数量或补全列举。",
                                    data: ["stated": "\(stated)", "listed": "\(listed)"]))
        }
        return found
    }

    /// The items of the 、-separated list ending just before `end` in the same sentence, or nil
    /// when there is no list of at least three; a 和/及/与 in the last item may join two.
    private func itemsListed(_ line: ScalarLine, before end: Int, stated: Int) -> Int? {
        var start = end
        var commas = 0
        while start > 0 {
            let scalar = line.scalars[start - 1]
            if scalar == "。" || scalar == "；" || scalar == "：" || scalar == "，" || scalar == "！" || scalar == "？" { break }
            if scalar == "、" { commas += 1 }
            start -= 1
        }
        guard commas >= 2 else { return nil }
        let lastComma = line.scalars[start..<end].lastIndex(of: "、") ?? start
        let lastItem = line.scalars[(lastComma + 1)..<end]
        let joined = lastItem.contains("和") || lastItem.contains("及") || lastItem.contains("与")
        if joined && stated == commas + 2 { return nil }
        return commas + 1 + (joined ? 1 : 0)
    }

    /// Whether the count announces what follows: 以下/如下/下列 before it, or a colon soon after.
    private func announcesList(_ line: ScalarLine, claimStart: Int, claimEnd: Int) -> Bool {
        for word in ["以下", "如下", "下列"] where line.has(word, endingAt: claimStart) { return true }
        var index = claimEnd
        while index < line.count && index - claimEnd <= 8 {
            let scalar = line.scalars[index]
            if scalar == "：" || scalar == ":" { return true }
            if scalar == "，" || scalar == "。" || scalar == "；" || scalar == "、" || scalar == "“" { return false }
            index += 1
        }
        return false
    }

    /// The number of items after the claim: the last of 一是、二是… in sequence in the same
    /// paragraph, else the run of same-style numbered lines that follows; nil when neither.
    private func itemsFollowing(_ line: ScalarLine, after end: Int, _ context: LintContext) -> Int? {
        var next = 1
        var index = end
        while index < line.count {
            let word = ChineseNumerals.numeral(for: next) + "是"
            if line.has(word, at: index), Self.startsClause(line, index) {
                next += 1
                index += word.unicodeScalars.count
                continue
            }
            index += 1
        }
        if next > 2 { return next - 1 }
        // The items as the following lines: the first one's style, counted until a line of a
        // higher level (or a non-numbered line at that level's place) ends the list.
        let parsed = context.scans.parsedLines()
        guard let here = parsed.firstIndex(where: { $0.number == line.number }) else { return nil }
        var style: NumberingStyle?
        var count = 0
        for item in parsed[(here + 1)...] {
            let marker = NumberingMarker.parse(Substring(item.text))
            guard let marker else {
                if style == nil { return nil }
                continue
            }
            if style == nil {
                guard marker.ordinal == 1 else { return nil }
                style = marker.style
            }
            if marker.style == style {
                guard marker.ordinal == count + 1 else { break }
                count = marker.ordinal
            } else if let level = marker.style.headingLevel, let listLevel = style?.headingLevel, level < listLevel {
                break
            } else if style?.headingLevel == nil && marker.style.headingLevel != nil {
                break
            }
        }
        return count >= 2 ? count : nil
    }

    private static func startsClause(_ line: ScalarLine, _ index: Int) -> Bool {
        guard let before = line[safe: index - 1] else { return true }
        return before == "：" || before == "；" || before == "。" || before == "，" || before == "！" || before.properties.isWhitespace
    }
}
