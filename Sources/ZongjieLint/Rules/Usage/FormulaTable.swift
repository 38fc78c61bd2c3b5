/// The 规范表述 entries as dictionary patterns: each distinct string once, with what it
/// stands for. The `political-formula` rule and the run's dictionary scan build it from the
/// same entries in the same order, so pattern ids agree.
struct FormulaTable: Sendable {
    /// What a pattern stands for in one entry.
    enum Role: Sendable, Equatable {
        /// The wrong or truncated form of entry `entry` (no gap).
        case incomplete(entry: Int)
        /// The complete form of a gapless entry: a span in which nothing is flagged.
        case complete
        /// The text after the gap of entry `entry` (重要论述 of 关于…重要论述).
        case gapTail(entry: Int)
    }

    let entries: [WordingEntry]
    /// Distinct pattern strings, in first-seen order.
    let patterns: [String]
    /// Per pattern: its roles.
    let roles: [[Role]]

    init(_ entries: [WordingEntry]) {
        var patterns: [String] = []
        var roles: [[Role]] = []
        var index: [String: Int] = [:]
        func add(_ pattern: String, _ role: Role) {
            guard !pattern.isEmpty else { return }
            if let known = index[pattern] {
                if !roles[known].contains(role) { roles[known].append(role) }
                return
            }
            index[pattern] = patterns.count
            patterns.append(pattern)
            roles.append([role])
        }
        for (number, entry) in entries.enumerated() {
            if let gap = Self.gap(of: entry.term) {
                add(gap.tail, .gapTail(entry: number))
            } else {
                add(entry.term, .incomplete(entry: number))
                if let complete = entry.replacement, complete.contains(entry.term) { add(complete, .complete) }
            }
        }
        self.entries = entries
        self.patterns = patterns
        self.roles = roles
    }

    /// The parts before and after the “…” of a gapped form, or nil when it has none.
    static func gap(of term: String) -> (head: String, tail: String)? {
        guard let mark = term.range(of: "…") else { return nil }
        let head = String(term[..<mark.lowerBound])
        let tail = String(term[mark.upperBound...]).trimmingPrefix("…")
        return (head, String(tail))
    }
}

extension String {
    /// The string without leading copies of `mark` (a “……” gap is one gap).
    fileprivate func trimmingPrefix(_ mark: Character) -> Substring {
        var rest = self[...]
        while rest.first == mark { rest = rest.dropFirst() }
        return rest
    }
}
