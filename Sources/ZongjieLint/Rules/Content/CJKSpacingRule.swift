import ZongjieCore

/// A space between a Chinese character and a digit or Latin letter (2023 年 → 2023年).
public struct CJKSpacingRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "cjk-spacing",
        name: "中文与数字、字母间的空格",
        summary: "汉字与阿拉伯数字、拉丁字母之间多余的空格（2023 年、共 12 件）。",
        rationale: """
        公文排版中汉字与数字、字母之间不加空格（2023年，而非 2023 年），这与一般中文排版规范\
        （中英文之间加空格）不同，按公文习惯默认报告。行首缩进、汉字之间的空格、用于对齐的三个以上空格或制表符\
        不在此列。修改是机械的，\
        --fix 会删除这些空格。半角标点由 punctuation-width 规则检查。
        """,
        basis: "审稿惯例（GB/T 9704—2012 5.2.3 要求每行排满版心，中文之间的空格会打乱排版）",
        severity: .warning,
        triggering: [
            RuleExample("2023↓ 年共办理依申请公开↓ 12↓ 件。"),
            RuleExample("全年↓ GDP↓ 增长，推进↓ PPP↓ 项目。"),
        ],
        nonTriggering: [
            RuleExample("2023年共办理依申请公开12件，GDP增长。"),
            RuleExample("    2023年，我局认真贯彻。\n1. 加强组织领导\n工 作 总 结\nXX局        2023年12月13日\n项目\t12"),
            // A statistical table pasted as text: one row per line, cells spaced.
            RuleExample("XX局2024年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量 12 3 0 0 1 0 16\n（七）总计 57 5 0 1 2 1 66"),
        ],
        corrections: [
            RuleCorrection("2023 年共办理 12 件。", "2023年共办理12件。"),
        ]
    )

    /// A finding is such a space, never on a table pasted as text ("总计 57 5 0 1"), whose
    /// cells are spaced on purpose.
    static let prefilter = LinePrefilter.both(.spaceBetweenIdeographAndAlphanumeric, .notEndingInFigureCells)

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in ScalarLine.lines(in: context, holding: Self.prefilter) {
            let scalars = line.scalars
            guard !TableRowText.endsWithFigureCells(scalars) else { continue }
            var index = 1
            while index < scalars.count {
                guard scalars[index] == " " else { index += 1; continue }
                var end = index
                while end < scalars.count && scalars[end] == " " { end += 1 }
                guard end < scalars.count else { break }
                // Three or more spaces (or a tab) align columns, e.g. a unit and a date on one line.
                if end - index > 2 || scalars[end] == "\t" { index = end; continue }
                let before = scalars[index - 1]
                let after = scalars[end]
                func alnum(_ scalar: Unicode.Scalar) -> Bool { CJK.isASCIIDigit(scalar) || CJK.isASCIILetter(scalar) }
                if (CJK.isIdeograph(before) && alnum(after)) || (alnum(before) && CJK.isIdeograph(after)) {
                    let range = line.range(index, end, in: context.source)
                    found.append(diagnostic(
                        range,
                        "公文中汉字与数字、字母之间不加空格，请删除“\(line.text(index - 1, end + 1))”中的空格。",
                        data: ["found": line.text(index - 1, end + 1)],
                        fix: Fix(range: range, replacement: "", kind: .mechanical)
                    ))
                }
                index = end
            }
        }
        return found
    }
}
