import ZongjieCore
import ZongjieDrafting

/// The totals a report type's plugin declares complete (`kind: complete` in its `lint:`): a total
/// right after one of the declared words (same clause, at most 8 characters later, as a plugin's
/// `identity` reads it) is followed after 其中 by all of its parts. `sum-mismatch` then trusts
/// that list as it trusts one written with 分别为 or closed by 其他.
struct DeclaredCompleteLists {
    private struct Declaration {
        var words: [[Unicode.Scalar]]
        /// Lines of the rule's part; nil: the whole document.
        var lines: Set<Int>?
    }

    private let declarations: [Declaration]

    var isEmpty: Bool { declarations.isEmpty }

    init(_ context: LintContext) {
        var found: [Declaration] = []
        for rule in context.reportType.lintRules {
            guard case .complete(let totals) = rule.kind else { continue }
            var lines: Set<Int>?
            if rule.section != nil {
                // A part the document lacks declares nothing.
                guard let scope = PluginRuleScope.find(rule.section, in: context) else { continue }
                lines = Set(scope.lines)
            }
            found.append(Declaration(words: totals.map { Array($0.unicodeScalars) }, lines: lines))
        }
        declarations = found
    }

    /// Whether `total` (a figure of `line`) is a total a declaration names.
    func declares(_ total: Figure, in line: ScalarLine) -> Bool {
        for declaration in declarations where declaration.lines?.contains(line.number) ?? true {
            for word in declaration.words {
                // The word ends at most 8 scalars plus its own length before the figure.
                let from = max(0, total.start - 8 - word.count)
                let window = Array(line.scalars[from..<total.start])
                for start in PluginTextSearch.occurrences(of: word, in: window) {
                    if let figure = PluginTextSearch.figure(after: start + word.count, in: window + line.scalars[total.start..<total.end]),
                       figure.start == total.start - from {
                        return true
                    }
                }
            }
        }
        return false
    }
}
