import ZongjieCore

/// Stray Latin letters inside Chinese words (局D组, AAA公众号), not acronyms.
public struct LatinInCJKRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "latin-in-cjk",
        name: "汉字间夹杂字母",
        summary: "夹在汉字中间的零散拉丁字母（局D组、AAA公众号），不含正常的缩写（GDP、APP、PPP项目、5G、A级）。",
        rationale: """
        单个大写字母或同一字母的重复（D、AAA）紧贴在汉字之间，多是输入法误触，或从屏蔽了敏感字的网页上\
        复制时留下的替代字母（D 代“党”、AAA 代“微信”），报送前必须改回。报告条件：紧跟其后的是汉字、\
        紧挨其前的是汉字或中文标点（或行首）。不报告：多个不同字母组成的缩写（GDP、APP、WORD版）、\
        字母后接数字（PM2.5、S3线）、PPP/CCC/WWW、后接“级、类、型、超、股、区”等的分级分类\
        （A级、B类、AAA级景区、B超），以及排名分组“A组”（但机关名称后的“D组”报告，那是被屏蔽的“党组”）。\
        X、XX 由 placeholder 规则处理（常用来隐去地名）。
        """,
        basis: "审稿惯例（中文行文中夹杂的单个拉丁字母多为输入残留或替字）",
        severity: .warning,
        triggering: [
            RuleExample("国家卫健委↓D组成员一行来调研，委（局）↓D组高度重视。"),
            RuleExample("全面贯彻↓D的二十大精神，利用↓AAA公众号发布信息。"),
            RuleExample("（六）强基赋能，↓D的事业更加兴旺，两新↓D组织紧跟。"),
            RuleExample("通过↓D组会、中心组学习会传达精神，落实全面从严治↓D。"),
        ],
        nonTriggering: [
            RuleExample("全市GDP增长5%，推进PPP项目，下载APP，提供WORD版和PDF版。"),
            RuleExample("PM2.5平均浓度下降，S3线开工，5G基站建成，ISO9001认证。"),
            RuleExample("创成AAA级景区，获评A级纳税人，B超检查，排名A组镇街第9，考核等次为A。"),
            RuleExample("XX市XX区政务公开办，“1+1+N”突出问题，一中心+N应用。"),
        ]
    )

    /// After a single letter: a grade or class, not a stray letter (A级, B类, B超).
    static let classifiers: Set<Unicode.Scalar> = ["级", "类", "型", "档", "座", "栋", "超", "股", "轮", "端", "证", "照", "字", "号", "区", "段", "卡", "盘", "恤", "线", "版", "位", "票"]
    /// Before 组: an office name, so the letter masks 党 (党组), not a group label.
    static let officeSuffixes: Set<Unicode.Scalar> = ["局", "委", "厅", "办", "部", "院", "署", "会", "处", "室", "府", "校", "司"]
    /// After D组: 会 (D组会), 书记, 成员, 副书记, 理论学习, 扩大会议 — 党组's, never a ranking group's.
    static let partyGroupWords: Set<Unicode.Scalar> = ["会", "书", "成", "副", "理", "扩"]
    /// Letters whose triple is an acronym (PPP, CCC, WWW), not a stray run.
    static let repeatedAcronymLetters: [Unicode.Scalar] = ["P", "C", "W"]

    /// Every stray run is one upper-case letter (X is a placeholder) before Chinese text, at the
    /// line start or after a Chinese character or mark.
    static let prefilter = LinePrefilter.letterRunBeforeChinese(excluding: "X")

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in ScalarLine.lines(in: context, holding: Self.prefilter) {
            var index = 0
            while index < line.count {
                guard CJK.isASCIILetter(line.scalars[index]) else { index += 1; continue }
                var end = index
                while let scalar = line[safe: end], CJK.isASCIILetter(scalar) { end += 1 }
                if isStray(line, start: index, end: end) {
                    let letters = line.text(index, end)
                    found.append(diagnostic(
                        line.range(index, end, in: context.source),
                        "汉字之间夹杂了字母“\(letters)”，疑为误输入或被屏蔽字的替代字母，请改为正确的汉字。",
                        data: ["letters": letters]
                    ))
                }
                index = end
            }
        }
        return found
    }

    private func isStray(_ line: ScalarLine, start: Int, end: Int) -> Bool {
        let scalars = line.scalars
        guard start < end else { return false }
        let first = scalars[start]
        for index in start + 1..<end where scalars[index] != first { return false }
        // Lower-case letters (e政务) and X (placeholders) are not this rule's business.
        guard first.value >= 0x41 && first.value <= 0x5A, first != "X" else { return false }
        guard let after = line[safe: end] else { return false }
        // 从严治D。 管D治D，: a D ending a word masks 党 just as well as one inside it.
        if first == "D", end - start == 1, CJK.isPunctuation(after), after != "（", after != "“", after != "《",
           let before = line[safe: start - 1], CJK.isIdeograph(before) {
            return true
        }
        guard CJK.isIdeograph(after) else { return false }
        if let before = line[safe: start - 1] {
            guard CJK.isIdeograph(before) || CJK.isPunctuation(before) else { return false }
        }
        // D组会、D组书记、D组成员: only 党组 holds meetings and members like these.
        if first == "D", end - start == 1, after == "组", let next = line[safe: end + 1], Self.partyGroupWords.contains(next) {
            return true
        }
        if end - start == 3 && Self.repeatedAcronymLetters.contains(first) { return false }
        if Self.classifiers.contains(after) { return false }
        if after == "组" && line[safe: end + 1] != "织" {
            // 委（局）D组: the office name may close with a bracketed alias.
            var officeIndex = start - 1
            if line[safe: officeIndex] == "）" { officeIndex -= 1 }
            guard let before = line[safe: officeIndex], Self.officeSuffixes.contains(before) else { return false }
        }
        return true
    }
}
