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

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Only lines with a candidate space that are no table row get decoded: most have neither.
        for line in ScalarLine.lines(in: context, passing: { $0.isSuperset(of: [.spaceNearNonASCII, .alphanumeric]) }, where: Self.mayNeedChecking) {
            let scalars = line.scalars
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

    /// Whether the line has a space the rule reports (the test below on raw bytes) and is
    /// not a table pasted as text ("总计 57 5 0 1"), whose cells are spaced on purpose.
    static func mayNeedChecking(_ bytes: [UInt8], _ span: SourceText.LineSpan) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            hasReportableSpace(buffer, span) && !TableRowText.endsWithFigureCells(bytes, in: span.start..<span.end)
        }
    }

    /// The check loop's own test on bytes: a run of one or two spaces, not at the line start,
    /// not before a tab or the line end, between an ideograph and an ASCII letter or digit.
    private static func hasReportableSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        let space = SIMD16<UInt8>(repeating: 0x20)
        return LineBytes.contains(bytes, span.start..<span.end, block: { here, _ in here .== space }) { index in
            // Only where a run starts after something else: one at the line start has no neighbour.
            guard bytes[index] == 0x20, index > span.start, bytes[index - 1] != 0x20 else { return false }
            var end = index
            while end < span.end && bytes[end] == 0x20 { end += 1 }
            // Three or more spaces or a tab align columns; a space at the line end has no neighbour.
            guard end < span.end, end - index <= 2, bytes[end] != 0x09 else { return false }
            let before = UTF8Scalars.decode(bytes, at: UTF8Scalars.scalarStart(bytes, before: index, from: span.start), end: index).scalar.value
            let after = UTF8Scalars.decode(bytes, at: end, end: span.end).scalar.value
            return (isIdeograph(before) && isAlphanumeric(after)) || (isAlphanumeric(before) && isIdeograph(after))
        }
    }

    @inline(__always)
    private static func isAlphanumeric(_ value: UInt32) -> Bool {
        (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    @inline(__always)
    private static func isIdeograph(_ value: UInt32) -> Bool {
        Unicode.Scalar(value).map(CJK.isIdeograph) ?? false
    }
}
