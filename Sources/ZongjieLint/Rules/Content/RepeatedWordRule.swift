import ZongjieCore

/// An accidentally doubled word (行政行政裁量权, 的的) that is not reduplication.
public struct RepeatedWordRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "repeated-word",
        name: "词语重复",
        summary: "误打重复的词（行政行政、的的），不含正常的叠词（常常、研究研究、认认真真）。",
        rationale: """
        复制粘贴和输入法联想常把一个词打两遍。判断办法：同一行内紧挨着重复出现的 2～4 个汉字\
        （ABAB、ABCABC），排除动词重叠（研究研究、学习学习）和“一X一X”（一步一步）；单字重复只查\
        几乎总是误打的“的的、被被、从从”（“目的的”除外），并排除 AABB 叠词（的的确确）；\
        其他虚词常跨词相连（作为为民、以及及时、正在在线），不查。没有任何中文标点的行（PDF 提取\
        打散的表格单元格，如“结果结果其他尚未”）不查。\
        常常、人人、层层这类单字叠词不会报告。
        """,
        basis: "审稿惯例（重复字词多为录入失误）",
        severity: .warning,
        triggering: [
            RuleExample("规范↓行政行政裁量权基准。"),
            RuleExample("全面提升政务公开↓的的质量。"),
            RuleExample("推进↓政务公开政务公开标准化。"),
        ],
        nonTriggering: [
            RuleExample("常常深入基层，人人参与，层层压实，步步为营，一一落实，年年如此。"),
            RuleExample("认认真真、实实在在做好工作，是是非非要分清，的的确确。"),
            RuleExample("作为为民服务窗口，以及及时回应，正在在线办理，达到目的的手段。"),
            RuleExample("大家研究研究，一步一步推进，谢谢。"),
            RuleExample("行政复议行政诉讼\n结果结果其他尚未\n总计总计"),
            RuleExample("打造“一村一品”，做到“一户一档”。"),
        ]
    )

    /// Single characters whose doubling is almost always a slip. Kept short on purpose: most
    /// function words double legitimately across a word boundary (作为|为民, 以及|及时, 参与|与,
    /// 正在|在线, 合并|并入, 一对对), so only these three are checked.
    static let functionWords: Set<Unicode.Scalar> = ["的", "被", "从"]
    /// Before 的的: 的 is the noun dì (目的的实现, 有的放矢), not the particle.
    static let nounDi: Set<Unicode.Scalar> = ["目", "有", "端", "标"]

    /// Verbs whose ABAB reduplication (研究研究) is legitimate.
    static let reduplicatedVerbs: Set<String> = [
        "研究", "学习", "讨论", "商量", "考虑", "休息", "了解", "检查", "锻炼", "交流", "打听", "琢磨", "活动",
        "收拾", "整理", "准备", "介绍", "比较", "思考", "体验", "调查", "宣传", "总结", "梳理", "清理", "打扫",
    ]

    /// Only lines with a doubled run and some Chinese punctuation can have a finding.
    static let prefilter = LinePrefilter.both(.doubledIdeographs(singles: functionWords), .chineseMark)

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in ScalarLine.lines(in: context, holding: Self.prefilter) {
            // Table cells scattered by PDF extraction (结果结果其他尚未, 总计总计) carry no punctuation.
            guard line.scalars.contains(where: LinePrefilter.isChineseMark) else { continue }
            let scalars = line.scalars
            let count = line.count
            var index = 0
            while index < count {
                // A doubled word repeats its first scalar one to four places on: settle the
                // usual miss here, in the loop, before any call.
                let scalar = scalars[index]
                let repeatsSoon = (index + 1 < count && scalars[index + 1] == scalar) || (index + 2 < count && scalars[index + 2] == scalar)
                    || (index + 3 < count && scalars[index + 3] == scalar) || (index + 4 < count && scalars[index + 4] == scalar)
                if !repeatsSoon {
                    index += 1
                } else if let length = doubledLength(line, at: index) {
                    let word = line.text(index, index + length)
                    let range = line.range(index, index + 2 * length, in: context.source)
                    found.append(diagnostic(
                        range,
                        "“\(word)”重复出现了两次，疑为误打，请删去多余的一处。",
                        data: ["word": word],
                        fix: Fix(range: range, replacement: word, kind: .wording)
                    ))
                    index += 2 * length
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    /// The length of the word doubled at `index`, when it looks accidental.
    private func doubledLength(_ line: ScalarLine, at index: Int) -> Int? {
        let scalars = line.scalars
        let scalar = scalars[index]
        guard CJK.isIdeograph(scalar) else { return nil }
        // A doubled word of length n repeats this scalar n places on: settle the usual
        // miss with that one comparison per length.
        let count = scalars.count
        guard (index + 1 < count && scalars[index + 1] == scalar) || (index + 2 < count && scalars[index + 2] == scalar)
            || (index + 3 < count && scalars[index + 3] == scalar) || (index + 4 < count && scalars[index + 4] == scalar) else { return nil }
        for length in stride(from: 4, through: 2, by: -1) where index + 2 * length <= count && scalars[index + length] == scalar {
            var same = true
            for offset in 0..<length where scalars[index + offset] != scalars[index + length + offset] || !CJK.isIdeograph(scalars[index + offset]) {
                same = false
                break
            }
            guard same else { continue }
            // 哈哈哈哈: all one character, judged as a single-character repeat instead.
            if (index + 1..<index + length).allSatisfy({ scalars[$0] == scalar }) { continue }
            if length == 2 && (scalar == "一" || Self.reduplicatedVerbs.contains(line.text(index, index + length))) { continue }
            // The doubled run must not continue the same pattern (…ABAB AB): a list, not a slip.
            return length
        }
        guard index + 1 < scalars.count, scalars[index + 1] == scalar, Self.functionWords.contains(scalar) else { return nil }
        // AABB: 实实在在 (the pair is BB), 是是非非 (the pair is AA).
        if index >= 2 && scalars[index - 2] == scalars[index - 1] && scalars[index - 1] != scalar { return nil }
        if index + 3 < scalars.count && scalars[index + 2] == scalars[index + 3] && scalars[index + 2] != scalar { return nil }
        if scalar == "的", let before = line[safe: index - 1], Self.nounDi.contains(before) { return nil }
        return 1
    }
}
