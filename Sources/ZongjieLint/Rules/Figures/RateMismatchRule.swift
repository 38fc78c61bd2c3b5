import ZongjieCore

/// A stated rate that does not follow from the two figures it was obviously computed from.
public struct RateMismatchRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "rate-mismatch",
        name: "比率与数字不符",
        summary: "比率与前文的数字算不上（检出462例，早期102例，早诊率为22.8%——102÷462应为22.08%）。",
        rationale: """
        “××率为××%”或“××件（××%）”与同一句里的数字对不上，往往是抄错小数位或换算错。规则看“率/比例/占比”后的\
        百分数，以及紧跟在数量后括号里的占比（其中不予公开20件（1.68%），分子就是这个数量），在它前面同一句（同一句不够两个数字时连同上一句）里找单位相同的两个数字：若某一对相除后按所示位数四舍五入、银行家舍入或\
        截断能得到该百分数，就认为相符；若没有一对相符、但有一对的结果与之很接近（相差不超过1个百分点\
        或5%），才报告，因为那一对很可能就是算法依据；同一句的数字对都不相符时，连同上一句再找一遍，\
        上一句的合计数能算出该比率也不报告。100%只在“率”前的词所指的数量（办结率100%对“已办结84件”）\
        小于前面的合计数时报告。找不到这样的数字对时不报告；0%以及带“超、近、约、以上”的比率也不报告。
        """,
        basis: "审稿惯例（文中百分比应与所列数字相符）",
        severity: .warning,
        triggering: [
            RuleExample("全年检出病例462例，其中早期癌症102例，早诊率为↓22.8%。"),
            RuleExample("共发现隐患3562条，已整改3502条，整改率↓98.5%。"),
            RuleExample("共发现隐患3562条，已整改3502条。整改率达↓98.5%。"),
            RuleExample("共办结1191件。其中，予以公开208件（↓17.64%），不予公开20件（1.68%）。"),
            // A whole claimed for part of it.
            RuleExample("共承办市人大代表建议86件，已办结84件，办结率↓100%。"),
        ],
        nonTriggering: [
            RuleExample("共发现隐患3562条，已整改3502条，整改率98.3%。"),
            RuleExample("全年检出病例462例，其中早期癌症102例，早诊率为22.08%，早诊率约22%。"),
            RuleExample("已成功19例，成功率达9.27%；办理77件、20件，按时办结率100%。"),
            RuleExample("1-10月工业产值同比增长6.15%，完成率59.97%，优良天数比例为86.3%。"),
            RuleExample("接待群众120人次，满意率为95%。"),
            RuleExample("共办结1191件。其中，予以公开208件（17.46%），不予公开20件（1.68%），其他319件（26.78%）。"),
            // The total closes the previous sentence: 55÷61, not the nearer 55÷59.
            RuleExample("共承办建议61件。已办结59件，代表满意55件，满意率90.16%。"),
            RuleExample("共承办市人大代表建议86件，已办结86件，办结率100%。"),
            // 予以公开 is not what 答复率 counts.
            RuleExample("共收到申请86件，予以公开84件，按时答复率100%。"),
        ]
    )

    /// Every rate is a percentage.
    static let prefilter = LinePrefilter.anyTerm(["%", "％"])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in ScalarLine.lines(in: context, holding: Self.prefilter) {
            let figures = FigureScanner.figures(in: line)
            for (index, rate) in figures.enumerated() where rate.isPercent && !rate.isApproximate && rate.value > 0 && rate.value <= 100 {
                // 不予公开20件（1.68%）: a share of a total, the count right before it is the numerator.
                if rate.value < 100, let share = shareNumerator(line, figures, before: index) {
                    var start = sentenceStart(line, before: rate.start)
                    if start > 0 { start = sentenceStart(line, before: start - 1) }
                    let totals = candidatesBefore(index, from: start, in: figures).filter {
                        $0.unit == share.unit && $0.value > share.value
                    }
                    if let finding = check(rate, basis: totals + [share], numerator: share, line: line, context) { found.append(finding) }
                    continue
                }
                guard let stem = rateStem(line, before: rate.start) else { continue }
                var sentenceStart = sentenceStart(line, before: rate.start)
                // Walk back from the rate only as far as the window reaches (long lines stay linear).
                func candidates(from start: Int) -> [Figure] { candidatesBefore(index, from: start, in: figures) }
                // 已办结84件，办结率100%: a whole is claimed, so only the count its rate names
                // (办结 of 办结率) can be the part; other figures before it count other things.
                let numerators: (([Figure]) -> [Figure])? = rate.value < 100 ? nil : { basis in
                    stem.isEmpty ? [] : basis.filter { self.isNamed($0, by: stem, in: line) }
                }
                var basis = candidates(from: sentenceStart)
                // 共发现隐患3562条，已整改3502条。整改率98.3%。: the basis may close the previous sentence.
                if basis.count < 2 && sentenceStart > 0 {
                    sentenceStart = self.sentenceStart(line, before: sentenceStart - 1)
                    basis = candidates(from: sentenceStart)
                }
                guard let finding = check(rate, basis: basis, numerators: numerators?(basis), line: line, context) else { continue }
                // 共承办建议61件。已办结59件，满意55件，满意率90.16%。: when no pair of this sentence
                // gives the rate, its total may close the previous one; 55÷61 is then right, and
                // 55÷59 was only the nearest pair at hand.
                if sentenceStart > 0 {
                    let wider = candidates(from: self.sentenceStart(line, before: sentenceStart - 1))
                    if wider.count > basis.count, check(rate, basis: wider, numerators: numerators?(wider), line: line, context) == nil { continue }
                }
                found.append(finding)
            }
        }
        return found
    }

    /// Countable figures before `figures[index]` that start at or after scalar `start`.
    private func candidatesBefore(_ index: Int, from start: Int, in figures: [Figure]) -> [Figure] {
        var result: [Figure] = []
        var position = index - 1
        while position >= 0 && figures[position].start >= start {
            let figure = figures[position]
            if !figure.isPercent && !figure.isTimePoint && !figure.isApproximate && figure.value > 0 && !figure.unit.isEmpty {
                result.append(figure)
            }
            position -= 1
        }
        return result.reversed()
    }

    /// The count a parenthesised percentage follows directly: 208件（17.46%）.
    private func shareNumerator(_ line: ScalarLine, _ figures: [Figure], before index: Int) -> Figure? {
        let rate = figures[index]
        guard index > 0, line[safe: rate.start - 1] == "（" || line[safe: rate.start - 1] == "(" else { return nil }
        let count = figures[index - 1]
        guard count.end == rate.start - 1 || (count.end == rate.start - 2 && line[safe: count.end] == " "),
              !count.isPercent, !count.isTimePoint, !count.isApproximate, !count.unit.isEmpty else { return nil }
        return count
    }

    /// The first scalar of the sentence containing `index`.
    /// Capped at `maximumWindow` scalars back: the basis of a rate sits close to it, and the
    /// cap keeps run-on text linear.
    private func sentenceStart(_ line: ScalarLine, before index: Int) -> Int {
        var start = index
        let floor = max(0, index - Self.maximumWindow)
        while start > floor && !CJK.endsSentence(line.scalars[start - 1]) { start -= 1 }
        return start
    }

    /// How far back (scalars) a sentence is searched for the figures behind a rate.
    static let maximumWindow = 300

    /// When 率/比例/占比 (then 为/达/达到/是/：) comes right before the percentage: the two
    /// Chinese characters naming what the rate counts (办结 of 办结率, empty for 比例/占比 or
    /// when they are not CJK); nil when it is no rate.
    private func rateStem(_ line: ScalarLine, before start: Int) -> [Unicode.Scalar]? {
        var index = start
        for word in ["达到", "为", "达", "是", "：", ":", "了"] where line.has(word, endingAt: index) {
            index -= word.unicodeScalars.count
            break
        }
        if line.has("比例", endingAt: index) || line.has("占比", endingAt: index) { return [] }
        guard line.has("率", endingAt: index) else { return nil }
        guard index >= 3, let first = line[safe: index - 3], let second = line[safe: index - 2],
              CJK.isIdeograph(first), CJK.isIdeograph(second) else { return [] }
        return [first, second]
    }

    /// Whether the few scalars before `figure` (in its clause) hold `stem`: 已办结84件 for 办结.
    private func isNamed(_ figure: Figure, by stem: [Unicode.Scalar], in line: ScalarLine) -> Bool {
        var start = figure.start
        while start > 0, figure.start - start < 8, !CJK.endsSentence(line.scalars[start - 1]),
              line.scalars[start - 1] != "，", line.scalars[start - 1] != "、" {
            start -= 1
        }
        let before = Array(line.scalars[start..<figure.start])
        guard before.count >= stem.count else { return false }
        return (0...(before.count - stem.count)).contains { before[$0] == stem[0] && before[$0 + 1] == stem[1] }
    }

    /// The finding for `rate` when no pair of `basis` (numerators from `fixed` if given) gives
    /// it but one comes close; nil when a pair gives it or none is close.
    private func check(_ rate: Figure, basis: [Figure], numerator fixed: Figure? = nil, numerators named: [Figure]? = nil, line: ScalarLine, _ context: LintContext) -> Diagnostic? {
        var nearest: (numerator: Figure, denominator: Figure, computed: Double, distance: Double)?
        let numerators = fixed.map { [$0] } ?? named ?? basis
        if rate.value == 100, numerators.contains(where: { numerator in basis.contains { $0.unit == numerator.unit && $0.value == numerator.value && $0.start != numerator.start } }) {
            // 共受理86件，已办结86件，办结率100%.
            return nil
        }
        for numerator in numerators {
            for denominator in basis where denominator.unit == numerator.unit && numerator.value < denominator.value {
                let computed = numerator.value / denominator.value * 100
                if FigureMath.rounds(computed, to: rate.value, decimals: rate.decimals) { return nil }
                let distance = abs(computed - rate.value)
                if distance <= max(1.0, 0.05 * rate.value), nearest == nil || distance < nearest!.distance {
                    nearest = (numerator, denominator, computed, distance)
                }
            }
        }
        guard let nearest else { return nil }
        let shown = FigureMath.format(nearest.computed, decimals: max(2, rate.decimals + 1))
        let unit = nearest.numerator.unit
        return diagnostic(
            line.range(rate.start, rate.end, in: context.source),
            "比率与所列数字不符：按\(FigureMath.format(nearest.numerator.value))\(unit)÷\(FigureMath.format(nearest.denominator.value))\(unit)计算应为\(shown)%，文中写作\(FigureMath.format(rate.value, decimals: rate.decimals))%，请核对。",
            data: [
                "stated": FigureMath.format(rate.value, decimals: rate.decimals),
                "computed": shown,
                "numerator": FigureMath.format(nearest.numerator.value),
                "denominator": FigureMath.format(nearest.denominator.value),
            ]
        )
    }
}
