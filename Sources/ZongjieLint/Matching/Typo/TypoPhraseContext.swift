/// Context in the line that makes a weak two-character suspect a deliberate phrase, not a slip
/// (the unigram model cannot see it; each family measured on odw.train and real documents,
/// BENCHMARKS.md “`typo` accuracy, fourth pass”):
/// - a four-character parallel phrase (乱搭乱建, 立行立改, 入脑入心, 暗链错链): the window and its
///   neighbours repeat a character at a distance of two;
/// - a reduplicated character right before the window (哒哒君);
/// - a short coined term in quotation marks (“五失”人员, “非禁即入”): the whole run is quoted;
/// - an item of a list written with 、 or / whose run is the window alone (暗链/挂马/篡改);
/// - the issuing authority's code of a document number, right before 〔 (国办秘函〔2019〕).
extension TypoChecker {
    /// Opening and closing quotation marks around a coined term.
    static let openingQuotes: Set<Unicode.Scalar> = ["“", "‘", "「", "『", "\""]
    static let closingQuotes: Set<Unicode.Scalar> = ["”", "’", "」", "』", "\""]
    /// Longest quoted run read as a coined term.
    static let coinedTermLength = 6
    /// Marks that separate the items of a list of terms.
    static let listSeparators: Set<Unicode.Scalar> = ["、", "/", "／"]
    /// Brackets that open the year of a document number (〔2019〕19号).
    static let documentNumberBrackets: Set<Unicode.Scalar> = ["〔", "［", "["]

    /// Whether the two-character `suspect` in `run` (which starts at scalar `runStart` of
    /// `scalars`) sits in a parallel phrase, after a doubled character, or in a short quoted term.
    static func isDeliberatePhrase(_ suspect: TypoDetector.Suspect, in run: [UInt16], runStart: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard suspect.length == 2 else { return false }
        let start = suspect.start
        // ABAC or ABCB with the window as either half.
        if start + 3 < run.count && (run[start] == run[start + 2] || run[start + 1] == run[start + 3]) { return true }
        if start >= 2 && (run[start - 2] == run[start] || run[start - 1] == run[start + 1]) { return true }
        if start >= 1 && run[start - 1] == run[start] { return true }
        let end = runStart + run.count
        if start + 2 == run.count && end < scalars.count && documentNumberBrackets.contains(scalars[end]) { return true }
        if run.count == 2 && ((runStart > 0 && listSeparators.contains(scalars[runStart - 1])) || (end < scalars.count && listSeparators.contains(scalars[end]))) {
            return true
        }
        return run.count <= coinedTermLength && runStart > 0 && end < scalars.count
            && openingQuotes.contains(scalars[runStart - 1]) && closingQuotes.contains(scalars[end])
    }
}

extension TypoChecker {
    /// A two-character suspect in a deliberate phrase needs more than this gain (half-nats).
    public static let defaultPhraseGain: Int32 = 6
}
