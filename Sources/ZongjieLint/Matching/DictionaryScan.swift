/// Every dictionary of a run in one `MultiPatternMatcher`: wording terms (built-in and
/// user dictionaries, then 截止), residue phrases, 规范表述 forms, the marks the usage rules
/// look for (《, doubled punctuation …), and the terms of the catalog's plugin rules. Built once per run (`LintSettings`); each document is scanned once and every
/// rule reads its own matches, by pattern id, from the shared result.
public final class DictionaryScan: Sendable {
    let matcher: MultiPatternMatcher
    /// Pattern ids of each owner, in the order its patterns were given.
    let wording: Range<Int>
    let residue: Range<Int>
    let formula: Range<Int>
    let marks: Range<Int>
    let plugin: Range<Int>
    /// Plugin term → its pattern id (the first of equal terms).
    let pluginPattern: [String: Int]

    init(wording: [String], residue: [String], formula: [String] = [], marks: [String] = [], pluginTerms: [String]) {
        var unique: [String] = []
        var pluginPattern: [String: Int] = [:]
        let pluginBase = wording.count + residue.count + formula.count + marks.count
        for term in pluginTerms where pluginPattern[term] == nil {
            pluginPattern[term] = pluginBase + unique.count
            unique.append(term)
        }
        matcher = MultiPatternMatcher(patterns: wording + residue + formula + marks + unique)
        self.wording = 0..<wording.count
        self.residue = wording.count..<(wording.count + residue.count)
        self.formula = self.residue.upperBound..<(self.residue.upperBound + formula.count)
        self.marks = self.formula.upperBound..<(self.formula.upperBound + marks.count)
        plugin = pluginBase..<(pluginBase + unique.count)
        self.pluginPattern = pluginPattern
    }

    /// Whose patterns a match is: each rule reads only its owner's matches.
    enum Owner: Int, CaseIterable {
        case wording, residue, formula, marks
    }

    /// One document's matches, made once.
    struct Result {
        /// Per owner (`Owner.rawValue`), its matches in the matcher's order (by end; at one
        /// end longest first, equal patterns highest id first). Split once here so no rule
        /// walks every other rule's matches (the usage marks alone outnumber the rest).
        var byOwner: [[MultiPatternMatcher.Match]]
        /// Per plugin pattern (id minus `plugin.lowerBound`): where it starts, ascending.
        var pluginStarts: [[Int]]
    }

    /// The document's matches, scanned once per document.
    func result(in context: LintContext) -> Result {
        context.scans.memo(ObjectIdentifier(self)) {
            // One local array per owner (appending through the array of arrays checked both
            // levels for uniqueness on every match), in `Owner` order.
            var wordingMatches: [MultiPatternMatcher.Match] = []
            var residueMatches: [MultiPatternMatcher.Match] = []
            var formulaMatches: [MultiPatternMatcher.Match] = []
            var markMatches: [MultiPatternMatcher.Match] = []
            var starts = [[Int]](repeating: [], count: plugin.count)
            let formulaEnd = formula.upperBound, marksEnd = marks.upperBound
            let residueStart = residue.lowerBound, formulaStart = formula.lowerBound
            matcher.forEachMatch(in: context.source.utf8) { match in
                let pattern = match.pattern
                if pattern < residueStart {
                    wordingMatches.append(match)
                } else if pattern < formulaStart {
                    residueMatches.append(match)
                } else if pattern < formulaEnd {
                    formulaMatches.append(match)
                } else if pattern < marksEnd {
                    markMatches.append(match)
                } else {
                    starts[pattern - plugin.lowerBound].append(match.start)
                }
            }
            return Result(byOwner: [wordingMatches, residueMatches, formulaMatches, markMatches], pluginStarts: starts)
        }
    }

    /// `owner`'s matches in the document (see `Result.byOwner`).
    func matches(_ owner: Owner, in context: LintContext) -> [MultiPatternMatcher.Match] {
        result(in: context).byOwner[owner.rawValue]
    }

    /// Where plugin term `term` starts in the document, ascending (overlaps included); nil
    /// when the term is not in this scan.
    func starts(of term: String, in context: LintContext) -> [Int]? {
        guard let pattern = pluginPattern[term] else { return nil }
        return result(in: context).pluginStarts[pattern - plugin.lowerBound]
    }
}
