import ZongjieCore
import ZongjieDrafting

/// The `rate` kind of plugin rule: a stated percentage (办结率97.67%) against the two counts
/// it is computed from (已办结84件 over 收到申请86件), each found right after its words.
extension PluginRuleCheck {
    /// A number right after one of a rule's words, where it stands in the scope.
    struct LabelledFigure {
        var value: Double
        /// Digits shown after the decimal point.
        var decimals: Int
        var label: String
        var line: Int
        /// Scalar offsets of the number in its line.
        var start: Int
        var end: Int

        var range: SourceRange { SourceRange(line: line, startColumn: start + 1, endColumn: end + 1) }
    }

    func rate(numerator: [String], denominator: [String], percent: [String], tolerance: Double?) -> [Finding] {
        let parts = labelledFigures(after: numerator, percent: false)
        let totals = labelledFigures(after: denominator, percent: false)
        var found: [Finding] = []
        for stated in labelledFigures(after: percent, percent: true) {
            // A figure that is not stated cannot be checked: no finding rather than a guess.
            guard let part = nearest(parts, to: stated), let total = nearest(totals, to: stated), total.value > 0 else { continue }
            let computed = part.value / total.value * 100
            let fits = tolerance.map { abs(computed - stated.value) <= $0 + 1e-9 }
                ?? FigureMath.rounds(computed, to: stated.value, decimals: stated.decimals)
            guard !fits else { continue }
            let shown = FigureMath.format(computed, decimals: max(2, stated.decimals))
            let statedText = FigureMath.format(stated.value, decimals: stated.decimals)
            let fallback = "“\(stated.label)”写作\(statedText)%，按“\(part.label)”\(format(part.value))÷“\(total.label)”\(format(total.value))计算应为\(shown)%，请核对（规则“\(rule.name)”）。"
            found.append(Finding(range: stated.range, message: message(fallback, term: stated.label),
                                 data: ["stated": statedText, "computed": shown,
                                        "numerator": format(part.value), "denominator": format(total.value)]))
        }
        return found
    }

    /// Of the figures, the one `stated` was most likely computed from: the last before it on its
    /// line, else the first after it there, else the scope's only one (one rule may serve a
    /// report that states two rates of the same kind, each in its own paragraph; with several
    /// elsewhere, which one counts is a guess, and a guess is no finding).
    private func nearest(_ figures: [LabelledFigure], to stated: LabelledFigure) -> LabelledFigure? {
        let sameLine = figures.filter { $0.line == stated.line }
        return sameLine.last { $0.end <= stated.start } ?? sameLine.first { $0.start > stated.end } ?? (figures.count == 1 ? figures.first : nil)
    }

    /// Every number in scope right after one of `labels` (same clause, at most 8 characters
    /// later), in reading order: percentages only when `percent`, else counts only (办结 before
    /// 率97%: not a count of 办结).
    func labelledFigures(after labels: [String], percent: Bool) -> [LabelledFigure] {
        var result: [LabelledFigure] = []
        for number in lines(holding: labels) {
            let line = scalars(number)
            var seen: Set<Int> = []
            for label in labels {
                let needle = Array(label.unicodeScalars)
                for start in PluginTextSearch.occurrences(of: needle, in: line) {
                    guard let found = PluginTextSearch.figure(after: start + needle.count, in: line), !seen.contains(found.start) else { continue }
                    let isPercent = found.end < line.count && (line[found.end] == "%" || line[found.end] == "％")
                    guard isPercent == percent else { continue }
                    seen.insert(found.start)
                    let decimals = line[found.start..<found.end].firstIndex(of: ".").map { found.end - $0 - 1 } ?? 0
                    result.append(LabelledFigure(value: found.value, decimals: decimals, label: label, line: number, start: found.start, end: found.end))
                }
            }
        }
        return result.sorted { ($0.line, $0.start) < ($1.line, $1.start) }
    }
}
