import Foundation
import ZongjieCore
import ZongjieDrafting

/// One plugin rule applied to its scope of one document.
struct PluginRuleCheck {
    /// A finding before the engine's rule id and severity are attached.
    struct Finding {
        var range: SourceRange
        var message: String
        var data: [String: String] = [:]
        var fix: Fix?
    }

    let rule: PluginLintRule
    let scope: PluginRuleScope
    let context: LintContext
    /// The run's dictionary scan, where the catalog's plugin terms are matched with every
    /// other dictionary; nil (or a term it lacks): the term is searched on its own.
    var dictionary: DictionaryScan? = nil

    /// The findings of the rule.
    func findings() -> [Finding] {
        switch rule.kind {
        case .existence(let terms): existence(terms)
        case .substitution(let swaps): substitution(swaps)
        case .required(let terms, let figure): required(terms, figure: figure)
        case .identity(let total, let parts): identity(total: total, parts: parts)
        case .length(let minimum, let maximum): length(min: minimum, max: maximum)
        case .rate(let numerator, let denominator, let percent, let tolerance):
            rate(numerator: numerator, denominator: denominator, percent: percent, tolerance: tolerance)
        // A declaration read by sum-mismatch (DeclaredCompleteLists), no check of its own.
        case .complete: []
        }
    }

    var scopeName: String {
        guard let key = rule.section else { return "" }
        return "“\(context.reportType.outline.section(key)?.name ?? key)”部分"
    }

    /// The user's message with {term}/{right} filled in, else `fallback`.
    func message(_ fallback: String, term: String = "", right: String = "") -> String {
        guard let custom = rule.message, !custom.isEmpty else { return fallback }
        // Most messages hold no placeholder, and Foundation's `replacingOccurrences` costs about
        // 50,000 instructions a call, more than the rest of a `required` rule's check.
        guard custom.unicodeScalars.contains("{") else { return custom }
        return custom.replacingOccurrences(of: "{term}", with: term).replacingOccurrences(of: "{right}", with: right)
    }

    func scalars(_ number: Int) -> [Unicode.Scalar] {
        // The document's shared decoding (DocumentScans): no re-decoding per rule and line.
        context.scans.line(number).scalars
    }

    private func existence(_ terms: [String]) -> [Finding] {
        var found: [Finding] = []
        for number in lines(holding: terms) {
            let line = scalars(number)
            for term in terms {
                let needle = Array(term.unicodeScalars)
                for start in PluginTextSearch.occurrences(of: needle, in: line) {
                    let range = SourceRange(line: number, startColumn: start + 1, endColumn: start + 1 + needle.count)
                    found.append(Finding(range: range, message: message("\(context.reportType.name)\(scopeName)中不应出现“\(term)”（规则“\(rule.name)”）。", term: term),
                                         data: ["term": term]))
                }
            }
        }
        return found
    }

    private func substitution(_ swaps: [PluginLintRule.Swap]) -> [Finding] {
        var found: [Finding] = []
        for number in lines(holding: swaps.map(\.wrong)) {
            let line = scalars(number)
            for swap in swaps {
                let wrong = Array(swap.wrong.unicodeScalars)
                let right = Array(swap.right.unicodeScalars)
                // Where the right form already stands, a wrong form inside it is no mistake (公开 → 政务公开);
                // nor inside an exception the plugin lists (政协建议 in 政协建议案).
                var rightSpans = PluginTextSearch.occurrences(of: right, in: line).map { $0..<($0 + right.count) }
                for exception in swap.except {
                    let term = Array(exception.unicodeScalars)
                    rightSpans += PluginTextSearch.occurrences(of: term, in: line).map { $0..<($0 + term.count) }
                }
                for start in PluginTextSearch.occurrences(of: wrong, in: line)
                where !rightSpans.contains(where: { $0.lowerBound <= start && start + wrong.count <= $0.upperBound }) {
                    let range = SourceRange(line: number, startColumn: start + 1, endColumn: start + 1 + wrong.count)
                    found.append(Finding(range: range,
                                         message: message("“\(swap.wrong)”应写作“\(swap.right)”（规则“\(rule.name)”）。", term: swap.wrong, right: swap.right),
                                         data: ["term": swap.wrong, "expected": swap.right],
                                         fix: Fix(range: range, replacement: swap.right, kind: .wording)))
                }
            }
        }
        return found
    }

    private func required(_ terms: [String], figure: Bool) -> [Finding] {
        if stated(terms, figure: figure) {
            return []
        }
        let listed = terms.map { "“\($0)”" }.joined(separator: "或")
        let fallback: String
        if terms.isEmpty {
            fallback = "\(context.reportType.name)\(scopeName)应写明具体数字（规则“\(rule.name)”）。"
        } else if figure {
            fallback = "\(context.reportType.name)\(scopeName)应写明\(listed)的具体数字（同一句中\(listed)之后写出数字；没有的写“未收到”等）（规则“\(rule.name)”）。"
        } else {
            fallback = "\(context.reportType.name)\(scopeName)应写到\(listed)（规则“\(rule.name)”）。"
        }
        return [Finding(range: scope.anchor, message: message(fallback, term: terms.first ?? ""), data: ["terms": terms.joined(separator: "、")])]
    }

    private func identity(total: String, parts: [String]) -> [Finding] {
        guard let totalFigure = figure(after: total) else { return [] }
        var sum = 0.0
        var values: [String] = []
        for part in parts {
            guard let figure = figure(after: part) else { return [] } // a figure not stated cannot be checked
            sum += figure.value
            values.append("\(part)\(format(figure.value))")
        }
        guard abs(sum - totalFigure.value) > 0.000_1 else { return [] }
        let fallback = "“\(total)”为\(format(totalFigure.value))，但\(values.joined(separator: "、"))相加为\(format(sum))，两者应相等（规则“\(rule.name)”）。"
        return [Finding(range: totalFigure.range, message: message(fallback, term: total),
                        data: ["expected": format(sum), "found": format(totalFigure.value)])]
    }

    /// The first figure in scope that directly follows `label` (in the same clause).
    func figure(after label: String) -> (value: Double, range: SourceRange)? {
        let needle = Array(label.unicodeScalars)
        for number in lines(holding: [label]) {
            let line = scalars(number)
            for start in PluginTextSearch.occurrences(of: needle, in: line) {
                if let found = PluginTextSearch.figure(after: start + needle.count, in: line) {
                    return (found.value, SourceRange(line: number, startColumn: found.start + 1, endColumn: found.end + 1))
                }
            }
        }
        return nil
    }

    func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private func length(min minimum: Int?, max maximum: Int?) -> [Finding] {
        var count = 0
        for number in scope.lines where number != scope.headingLine {
            // Markdown heading marks (### （一）) are layout, not text.
            let text = scalars(number).drop { $0 == "#" || $0.properties.isWhitespace }
            count += text.filter { !$0.properties.isWhitespace }.count
        }
        let partName = rule.section.map { _ in scopeName } ?? "全文"
        if let minimum, count < minimum {
            return [Finding(range: scope.anchor, message: message("\(partName)共\(count)字，少于要求的\(minimum)字，请充实内容（规则“\(rule.name)”）。"),
                            data: ["count": String(count), "min": String(minimum)])]
        }
        if let maximum, count > maximum {
            return [Finding(range: scope.anchor, message: message("\(partName)共\(count)字，超过要求的\(maximum)字，请压缩（规则“\(rule.name)”）。"),
                            data: ["count": String(count), "max": String(maximum)])]
        }
        return []
    }
}

extension PluginRuleCheck {
    /// The terms a rule of this kind looks for in the text (what the dictionary scan holds).
    static func searchedTerms(_ rule: PluginLintRule) -> [String] {
        switch rule.kind {
        case .existence(let terms), .required(let terms, _): terms
        case .substitution(let swaps): swaps.map(\.wrong)
        case .identity(let total, let parts): [total] + parts
        case .length: []
        case .rate(let numerator, let denominator, let percent, _): numerator + denominator + percent
        case .complete(let totals): totals
        }
    }
}
