import ZongjieCore

/// A stated total that differs from the parts listed after 其中.
public struct SumMismatchRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "sum-mismatch",
        name: "合计与分项不符",
        summary: "合计数与所列分项之和不符（共103条，其中……6条、8条……）。",
        rationale: """
        “共X，其中A、B、C”是总结里最常见的数字写法，也是审核最容易发现的硬伤。规则取紧挨“其中”\
        （或“分别为”）之前的数字为合计，取其后到句末、单位相同的数字为分项（万、亿折算后比较）。为避免误报：合计带\
        “余、多、约、近、以上”等约数、分项中有“等”或约数、单位不同、只有一个分项时都不检查；分项之和\
        小于合计时，只有列出了“其他/其余”这类兜底项或用“分别为”列举（说明分项是完整的）才报告，否则可能只是列举了\
        一部分；分项之和大于合计时报告，但人、名、户这类人数常按交叉的类别列出（党员8人，女性5人），也要有兜底项\
        （或“分别为”）才报告。\
        分项写法有多种读法时（分号分段、“已销号5个”这类子项、“剩余14个”），任何一种读法相符即不报告；\
        分项之和等于同一句中更早出现的同单位数字时（“收到申请66件，上年结转4件，其中自然人56件……”），“其中”指的是那个数，也不报告。
        """,
        basis: "审稿惯例（分项之和应等于总数）",
        severity: .error,
        triggering: [
            RuleExample("全年主动公开政务信息↓105条。其中，机构领导6条，政策文件8条，财政资金3条，其他信息86条。"),
            RuleExample("全市医疗卫生机构共↓20家，其中医院13家，妇幼保健机构5家，疾控中心3家。"),
            RuleExample("累计投入资金共计↓1.2万元，其中省级补助8000元，市级补助5000元。"),
            RuleExample("共受理↓12件，分别为咨询类5件、投诉类8件。"),
            RuleExample("共主动公开政府信息↓862条，分别为统计数据发布500条、工作动态344条。"),
        ],
        nonTriggering: [
            RuleExample("全年主动公开政务信息103条。其中，机构领导6条，政策文件8条，财政资金3条，其他信息86条。"),
            RuleExample("全年主动公开各类信息400余条，其中规划计划4条，决策部署9条，机构领导30条。"),
            RuleExample("共办理信件20件，其中咨询类13件，投诉类4件等。"),
            RuleExample("共主动公开政府信息862条，其中统计数据发布500条、工作动态344条。"),
            RuleExample("共主动公开政府信息862条，分别为统计数据发布518条、工作动态344条。"),
            RuleExample("全年共收到政府信息公开申请66件，上年结转4件，其中自然人申请56件，法人或其他组织申请10件。"),
            RuleExample("共发现问题72个。其中，中央督察反馈问题1个，已销号；省督察反馈问题9个，已销号5个；自查问题62个，已完成整改48个；剩余14个问题正在推进。"),
            RuleExample("共投入资金1.3万元，其中省级补助8000元，市级补助5000元。"),
            RuleExample("共有工作人员12人，其中党员8人，女性5人，35岁以下4人。"),
            RuleExample("共受理申请749件，其中自然人741件，法人8件；办理718件，结转31件。"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let declared = DeclaredCompleteLists(context)
        for line in ScalarLine.lines(in: context, holding: Self.prefilter) {
            let figures = FigureScanner.figures(in: line)
            guard !figures.isEmpty else { continue }
            for index in 0..<line.count {
                // Every anchor starts with 其 or 分: skip the word tests elsewhere.
                let scalar = line.scalars[index]
                guard scalar == "其" || scalar == "分",
                      let anchor = Self.anchors.first(where: { line.has($0, at: index) }) else { continue }
                if let finding = check(line, figures, at: index, length: anchor.unicodeScalars.count, declared, context) {
                    found.append(finding)
                }
            }
        }
        return found
    }

    /// Punctuation that may stand between a total and 其中: ，。,：；、 and a space.
    private static func separatesTotal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", ",", "：", "；", "、", " ": true
        default: false
        }
    }

    /// Words that open a new total after a semicolon.
    static let newTotalStarts = ["共", "合计", "总计", "累计", "另", "此外", "全年", "办结", "结转"]

    /// Words that open the list of parts after a total.
    static let anchors = ["其中", "分别为", "分别是"]

    /// Every finding is at one of the anchors.
    static let prefilter = LinePrefilter.anyTerm(anchors)

    private func check(_ line: ScalarLine, _ figures: [Figure], at anchor: Int, length: Int, _ declared: DeclaredCompleteLists, _ context: LintContext) -> Diagnostic? {
        // The total sits right before 其中, with only punctuation between.
        // Figures are in line order: binary-search the first one after the anchor (long lines stay fast).
        var low = 0
        var high = figures.count
        while low < high {
            let mid = (low + high) / 2
            if figures[mid].start < anchor { low = mid + 1 } else { high = mid }
        }
        guard low > 0, figures[low - 1].end <= anchor else { return nil }
        let total = figures[low - 1]
        for gap in total.end..<anchor where !Self.separatesTotal(line.scalars[gap]) { return nil }
        guard !total.isApproximate, !total.isPercent, !total.isTimePoint, !total.unit.isEmpty else { return nil }
        var sentenceEnd = anchor + length
        // A real list of parts fits in a few hundred characters; the cap keeps run-on text linear.
        let limit = min(line.count, anchor + Self.maximumListLength)
        while sentenceEnd < limit && !CJK.endsSentence(line.scalars[sentenceEnd]) {
            // “……；共办理718件” starts another total: the parts end before it.
            if line.scalars[sentenceEnd] == "；" && Self.newTotalStarts.contains(where: { line.has($0, at: sentenceEnd + 1) }) { break }
            sentenceEnd += 1
        }
        // The text search below matches canonically equivalent text; no other scalar is
        // equivalent to 等, 其, 他, 它 or 余, so a region without the scalars needs no search.
        let region = line.scalars[anchor + length..<sentenceEnd]
        if region.contains("等") && line.text(anchor + length, sentenceEnd).contains("等") { return nil }
        var parts: [Figure] = []
        var next = low
        while next < figures.count && figures[next].start < sentenceEnd {
            let figure = figures[next]
            if figure.start >= anchor + length && figure.end <= sentenceEnd && figure.unit == total.unit { parts.append(figure) }
            next += 1
        }
        guard parts.count >= 2, !parts.contains(where: \.isApproximate) else { return nil }
        let readings = Self.readings(of: parts, in: line, from: anchor + length, to: sentenceEnd)
        let epsilon = 1e-6 * max(1, abs(total.value))
        if readings.contains(where: { abs($0.reduce(0) { $0 + $1.value } - total.value) < epsilon }) { return nil }
        let sums = readings.map { $0.reduce(0) { $0 + $1.value } }
        // “收到申请66件，上年结转4件，其中自然人56件……”: 其中 can refer back to an earlier
        // total of the same sentence; parts that add up to one of those are consistent.
        if Self.earlierTotals(before: low - 1, in: figures, line: line, unit: total.unit).contains(where: { earlier in
            sums.contains { abs($0 - earlier) < 1e-6 * max(1, abs(earlier)) }
        }) { return nil }
        let hasCatchAll = region.contains("其") && ["其他", "其它", "其余"].contains { line.text(anchor + length, sentenceEnd).contains($0) }
        // People are counted in overlapping groups (党员8人，女性5人): only a catch-all proves a partition.
        let overlapping = Self.personUnits.contains(total.unit)
        // “共862条，分别为……” promises every part, as a catch-all does (drafts write their tables so).
        // A report type's plugin may declare the list after a total complete (`kind: complete`).
        let complete = hasCatchAll || !line.has("其中", at: anchor) || (!declared.isEmpty && declared.declares(total, in: line))
        guard let smallest = sums.min(), complete || (smallest > total.value && !overlapping) else { return nil }
        // Report the plainest reading: every same-unit figure after 其中.
        let shown = readings.first ?? parts
        let sum = shown.reduce(0) { $0 + $1.value }
        let unit = total.unit
        let partsText = shown.map { FigureMath.format($0.value) }.joined(separator: "+")
        return diagnostic(
            line.range(total.start, total.end, in: context.source),
            "合计数与分项之和不符：合计为\(FigureMath.format(total.value))\(unit)，其中各项相加为\(partsText)=\(FigureMath.format(sum))\(unit)，请核对合计或分项。",
            data: ["total": FigureMath.format(total.value), "sum": FigureMath.format(sum), "parts": partsText, "unit": unit]
        )
    }

    /// Longest stretch after 其中 read as the list of parts (scalars).
    static let maximumListLength = 400

    /// Units of people, often split into overlapping groups.
    static let personUnits: Set<String> = ["人", "名", "人次", "户", "户次", "位"]

    /// Ways to read the parts: every figure; the first figure of each clause; the first figure of
    /// each ；-segment, with and without segments that describe progress (已…, 剩余…).
    static func readings(of parts: [Figure], in line: ScalarLine, from start: Int, to end: Int) -> [[Figure]] {
        func firstPerSegment(separators: (Unicode.Scalar) -> Bool, skippingProgress: Bool) -> [Figure] {
            var result: [Figure] = []
            var segmentStart = start
            var index = start
            while index <= end {
                if index == end || separators(line.scalars[index]) {
                    var head = segmentStart
                    while head < index, CJK.isPunctuation(line.scalars[head]) { head += 1 }
                    let progress = ["已", "尚", "剩余", "剩下", "正在", "均", "目前"].contains { line.has($0, at: head) }
                    if !(skippingProgress && progress), let figure = parts.first(where: { $0.start >= segmentStart && $0.end <= index }) {
                        result.append(figure)
                    }
                    segmentStart = index + 1
                }
                index += 1
            }
            return result
        }
        // Switches rather than sets of scalars: asked of every scalar of the list.
        func clauses(_ scalar: Unicode.Scalar) -> Bool { scalar == "，" || scalar == "；" || scalar == "、" || scalar == "," || scalar == ";" }
        func segments(_ scalar: Unicode.Scalar) -> Bool { scalar == "；" || scalar == ";" }
        let firstSegmentEnd = (start..<end).first { segments(line.scalars[$0]) } ?? end
        return [
            parts,
            parts.filter { $0.end <= firstSegmentEnd },
            firstPerSegment(separators: clauses, skippingProgress: true),
            firstPerSegment(separators: clauses, skippingProgress: false),
            firstPerSegment(separators: segments, skippingProgress: true),
            firstPerSegment(separators: segments, skippingProgress: false),
        ].filter { $0.count >= 2 }
    }

    /// Values of the figures with `unit` that come before `figures[index]` in its sentence,
    /// looking back at most `maximumListLength` scalars.
    static func earlierTotals(before index: Int, in figures: [Figure], line: ScalarLine, unit: String) -> [Double] {
        guard index > 0 else { return [] }
        var sentenceStart = figures[index].start
        let floor = max(0, sentenceStart - maximumListLength)
        while sentenceStart > floor && !CJK.endsSentence(line.scalars[sentenceStart - 1]) { sentenceStart -= 1 }
        var values: [Double] = []
        var previous = index - 1
        while previous >= 0 && figures[previous].start >= sentenceStart {
            let figure = figures[previous]
            if figure.unit == unit && !figure.isPercent && !figure.isApproximate && !figure.isTimePoint { values.append(figure.value) }
            previous -= 1
        }
        return values
    }
}
