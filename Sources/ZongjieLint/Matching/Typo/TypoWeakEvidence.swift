/// Two-character suspects whose evidence is weak: the unigram model sees a rare pair of
/// lone characters and a common word one substitution away, but real text is full of such
/// pairs that are no slip. These need a higher gain than the rule's two-character threshold:
/// - the substituted character is a common word on its own (向, 日, 在: 现向社会公布);
/// - it is a numeral or a unit of count (破亿, 超千万): numbers carry meaning, not slips;
/// - the kept character is a common word on its own (试鸣日 → 明日): two lone characters of
///   which one reads well alone are as likely a phrase as a slip;
/// - the window starts a line with its kept character (理结计…): wrapped table cells and
///   extracted PDF text start lines in the middle of a word.
extension TypoChecker {
    /// Least gain (exclusive, half-nats) of a suspect with weak evidence.
    static let weakEvidenceGain: Int32 = 8

    static let numerals: Set<UInt16> = Set("〇一二三四五六七八九十百千万亿两零半几".unicodeScalars.map { UInt16(truncatingIfNeeded: $0.value) })

    /// Whether `suspect` (in `run`, which starts at scalar `runStart` of its line) is a
    /// two-character window with weak evidence.
    func hasWeakEvidence(_ suspect: TypoDetector.Suspect, in run: [UInt16], runStart: Int, lexicon: TypoLexicon) -> Bool {
        guard suspect.length == 2 else { return false }
        let kept = suspect.position == suspect.start ? suspect.start + 1 : suspect.start
        let common = parameters.commonSingle
        if (lexicon.singleCost(run[suspect.position]) ?? Int32.max) <= common || Self.numerals.contains(run[suspect.position]) { return true }
        if (lexicon.singleCost(run[kept]) ?? Int32.max) <= common { return true }
        return runStart + kept == 0
    }
}
