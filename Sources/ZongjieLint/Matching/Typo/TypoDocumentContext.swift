/// A weak two-character suspect that its document writes more than once is a term of that
/// document (网格智治, 汇头 as a village named twice, 微信公众号): a slip is seldom repeated
/// letter for letter, while a writer's names, newer words and trade terms recur. Needs the
/// whole document, so odw.train's single sentences cannot measure it; the corpus and the
/// 年报 do. Longer windows are not dropped: a dated term used throughout (法制宣传 for 法治宣传)
/// is exactly what a reviewer sends back.
extension TypoChecker {
    /// A repeated two-character suspect needs more than this gain (half-nats).
    public static let repeatedTermGain: Int32 = 8
    /// How often the document must write the suspect's word for it to count as a term.
    static let repeatedTermCount = 2

    /// The hits of one document, `(line index, hit)` with `lines[index]` the line's scalars,
    /// without the weak two-character hits whose word the document writes repeatedly.
    public static func droppingRepeatedTerms(_ hits: [(line: Int, hit: Hit)], lines: [[Unicode.Scalar]]) -> [(line: Int, hit: Hit)] {
        func isCandidate(_ hit: Hit) -> Bool { !hit.curated && hit.end - hit.start == 2 && hit.gain <= repeatedTermGain }
        guard hits.contains(where: { isCandidate($0.hit) }) else { return hits }
        var counts: [String: Int] = [:]
        for (line, hit) in hits where isCandidate(hit) && counts[hit.word] == nil {
            let first = lines[line][hit.start], second = lines[line][hit.start + 1]
            var count = 0
            for scalars in lines where scalars.count >= 2 {
                for index in 0..<(scalars.count - 1) where scalars[index] == first && scalars[index + 1] == second { count += 1 }
                if count >= repeatedTermCount { break }
            }
            counts[hit.word] = count
        }
        return hits.filter { !isCandidate($0.hit) || (counts[$0.hit.word] ?? 0) < repeatedTermCount }
    }
}
