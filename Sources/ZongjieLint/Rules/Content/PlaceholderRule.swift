import ZongjieCore

/// Unfilled slots: XX/×× before a unit or amount, 某某, 【待填…】, {{…}}, TODO/TBD.
public struct PlaceholderRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "placeholder",
        name: "未填写的占位内容",
        summary: "代替数字或名称的 XX/××（XX元、XX件）、某某、【待填…】、{{…}}、TODO 等没有填写的内容。",
        rationale: """
        占位内容留在报送稿中，说明数字或名称没有填上。为求准确，XX/×× 只在紧跟计量单位或金额时报告\
        （XX元、XX万元、XX件、XX%、20XX年、XX月），以及 XX同志 这类人名位置；XX市、XX区、XX县 这类\
        地名位置不报告：公开发布的文本常用 XX 隐去地名，那是发布者的处理，不是漏填。某某、【待填】、\
        {{…}}、TODO/TBD、四个以上下划线的填空（____）一律报告。
        """,
        basis: "审稿惯例（报送稿不得留有未填写的内容）",
        severity: .error,
        triggering: [
            RuleExample("购置垃圾桶，合计资金↓XX元。"),
            RuleExample("全年共办理↓××件，满意率↓XX%。"),
            RuleExample("↓某某同志参加培训。"),
            RuleExample("依申请公开↓【待填：依申请公开件数】件。"),
            RuleExample("报告年度为↓{{year}}年。"),
            RuleExample("↓TODO 补充问题部分"),
            RuleExample("20↓XX年度工作总结"),
            RuleExample("投入约↓XX万元，完成税收回归↓XX余万元。"),
            RuleExample("全年共办理↓____件，↓ＸＸＸ同志负责。"),
            RuleExample("印发《通知》（X政办〔2024〕↓XX号）。"),
        ],
        nonTriggering: [
            RuleExample("XX市XX区政务公开办2023年度工作总结"),
            RuleExample("推进XX街道便民服务中心改造，联合XX晚报开展宣传。"),
            RuleExample("XX县人民医院、XX项目、XX段工程顺利推进。"),
            RuleExample("地址：XX市XX路XX号，实施XX人才计划。"),
            RuleExample("某单位提出申请，某日答复。"),
            RuleExample("全年公开信息753条。"),
        ]
    )

    /// Units after which XX stands for a missing figure.
    static let units: [String] = [
        "个百分点", "平方米", "公里", "人次", "户次", "公顷", "小时",
        "元", "万", "亿", "千", "百", "件", "条", "个", "人", "名", "户", "家", "次", "项", "起", "例", "篇",
        "份", "辆", "吨", "米", "亩", "年", "月", "日", "天", "倍", "岁", "号", "%", "％",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    /// Words that start with a unit but name something: XX人民医院, XX项目, XX日报 are masked names.
    static let nameWords: [String] = [
        "人民", "人大", "人社", "人力", "条例", "项目", "日报", "名称", "个体", "元素", "年鉴", "天地", "月刊",
        "户外", "家园", "家庭", "家具", "千岛", "百货", "号线", "人才", "人家", "人文", "天然",
    ]
    /// Before XX号: a masked address (XX路XX号), not a document-number slot.
    static let addressWords: Set<Unicode.Scalar> = ["路", "街", "巷", "弄", "道", "村", "楼", "栋", "组"]

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in ScalarLine.lines(in: context, passing: { $0.contains(.placeholder) }, where: Self.mayNeedChecking) {
            var index = 0
            while index < line.count {
                let scalar = line.scalars[index]
                if scalar == "_" || scalar == "＿" {
                    var end = index
                    while line[safe: end] == "_" || line[safe: end] == "＿" { end += 1 }
                    // A fill-in blank (共办理____件). Markdown uses up to three underscores for emphasis
                    // and a line of them for a rule, so four or more inside text.
                    let ruleLine = line.scalars.allSatisfy { $0 == "_" || $0 == "＿" || $0 == " " }
                    if end - index >= 4 && !ruleLine { found.append(report(line, index, end, context)) }
                    index = end
                    continue
                }
                if scalar == "X" || scalar == "×" || scalar == "Ｘ" {
                    var end = index
                    while line[safe: end] == scalar { end += 1 }
                    if end - index >= 2, let slot = figureSlot(line, start: index, end: end) {
                        found.append(report(line, index, slot, context))
                    }
                    index = end
                    continue
                }
                if let end = otherPlaceholder(line, at: index) {
                    found.append(report(line, index, end, context))
                    index = end
                    continue
                }
                index += 1
            }
        }
        return found
    }

    /// Whether the run of X starting at `start` can be a slot (see `figureSlot`): after a digit
    /// (20XX), or before 余, 多, 同志 or a unit. XX市XX区 masks names in published text and is
    /// common, so those lines are not decoded.
    private static func xRunMayBeSlot(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ span: SourceText.LineSpan) -> Bool {
        if start > span.start && bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39 { return true }
        var end = start
        while end < span.end && bytes[end] == 0x58 { end += 1 }
        guard end < span.end else { return false }
        let next = UTF8Scalars.decode(bytes, at: end, end: span.end).scalar.value
        return slotStarters.contains(next)
    }

    /// The first scalar of everything that may follow an X-run in a slot.
    static let slotStarters: Set<UInt32> = Set((units + ["余", "多", "同志"]).compactMap { $0.unicodeScalars.first?.value })

    /// A cheap byte test, true for every line with a finding: _ or ＿ (EF BC BF), {{, XX (before a
    /// unit or after a digit), ××
    /// (C3 97 C3 97), ＸＸ (EF BC B8 EF BC B8), 某某 (E6 9F 90 E6 9F 90), 【 (E3 80 90), TO, TB or FI.
    static func mayNeedChecking(_ bytes: [UInt8], _ span: SourceText.LineSpan) -> Bool {
        func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
        // Lanes: the ASCII triggers, × (C3 97), and the last two bytes of ＿ (BC BF), Ｘ (BC B8),
        // 某 (9F 90) and 【 (80 90).
        let (underscore, brace, letterX, letterT, letterF) = (splat(0x5F), splat(0x7B), splat(0x58), splat(0x54), splat(0x46))
        let (xC3, x97, xBC, xBF, xB8, x9F, x80, x90) = (splat(0xC3), splat(0x97), splat(0xBC), splat(0xBF), splat(0xB8), splat(0x9F), splat(0x80), splat(0x90))
        return bytes.withUnsafeBufferPointer { buffer in
            LineBytes.contains(buffer, span.start..<span.end, block: { here, next in
                let ascii = (here .== underscore) .| (here .== brace) .| (here .== letterX) .| (here .== letterT) .| (here .== letterF)
                let fullWidth = (here .== xBC) .& ((next .== xBF) .| (next .== xB8))
                return ascii .| ((here .== xC3) .& (next .== x97)) .| fullWidth .| (((here .== x9F) .| (here .== x80)) .& (next .== x90))
            }) { index in
                func at(_ offset: Int) -> UInt8 {
                    index + offset >= span.start && index + offset < span.end ? buffer[index + offset] : 0
                }
                switch buffer[index] {
                case 0x5F: return true
                case 0x7B: return at(1) == 0x7B
                case 0x58: return at(1) == 0x58 && xRunMayBeSlot(buffer, from: index, span)
                case 0x54: return at(1) == 0x4F || at(1) == 0x42
                case 0x46: return at(1) == 0x49
                case 0xC3: return at(1) == 0x97 && at(2) == 0xC3 && at(3) == 0x97
                case 0xBC:
                    // ＿, or the first of ＸＸ.
                    return at(-1) == 0xEF && (at(1) == 0xBF || (at(1) == 0xB8 && at(2) == 0xEF && at(3) == 0xBC && at(4) == 0xB8))
                case 0x80: return at(-1) == 0xE3 && at(1) == 0x90
                case 0x9F: return at(-1) == 0xE6 && at(1) == 0x90 && at(2) == 0xE6 && at(3) == 0x9F && at(4) == 0x90
                default: return false
                }
            }
        }
    }

    /// The end of the slot when the X-run at `[start, end)` stands for a figure or a person.
    private func figureSlot(_ line: ScalarLine, start: Int, end: Int) -> Int? {
        // Glued to other Latin letters: an English word (XXL), not a slot.
        if let before = line[safe: start - 1], CJK.isASCIILetter(before) { return nil }
        if let after = line[safe: end], CJK.isASCIILetter(after) { return nil }
        var index = end
        if line[safe: index] == "余" || line[safe: index] == "多" { index += 1 }
        if line.has("同志", at: index) { return index + 2 }
        guard let unit = Self.units.first(where: { line.has($0, at: index) }) else {
            // 20XX年 is caught by the unit check; a bare 20XX is a year slot too.
            if let before = line[safe: start - 1], CJK.isASCIIDigit(before) { return end }
            return nil
        }
        if Self.nameWords.contains(where: { line.has($0, at: index) }) { return nil }
        if unit == "号", let before = line[safe: start - 1], Self.addressWords.contains(before) { return nil }
        var slotEnd = index + unit.unicodeScalars.count
        // XX万元, XX亿元, XX万人次: take the unit after the multiplier too.
        if ["万", "亿", "千", "百"].contains(unit), let next = Self.units.first(where: { line.has($0, at: slotEnd) }) {
            slotEnd += next.unicodeScalars.count
        }
        return slotEnd
    }

    /// The end of 某某, 【待…】, {{…}} or TODO/TBD/FIXME starting at `index`.
    private func otherPlaceholder(_ line: ScalarLine, at index: Int) -> Int? {
        let scalar = line.scalars[index]
        if scalar == "某" && line[safe: index + 1] == "某" { return index + 2 }
        if scalar == "【" && (line.has("【待", at: index) || line.has("【请填", at: index) || line.has("【填写", at: index)) {
            return closing("】", in: line, after: index) ?? index + 2
        }
        if scalar == "{" && line[safe: index + 1] == "{" {
            // A slot name is short; an unclosed {{ reports just itself.
            let limit = min(line.count, index + Self.maximumSlotLength)
            var end = index + 2
            while end + 1 < limit && !(line.scalars[end] == "}" && line.scalars[end + 1] == "}") { end += 1 }
            return end + 1 < limit ? end + 2 : index + 2
        }
        if scalar == "T" || scalar == "F" {
            if let before = line[safe: index - 1], CJK.isASCIILetter(before) { return nil }
            for word in ["TODO", "TBD", "FIXME"] where line.has(word, at: index) {
                let end = index + word.unicodeScalars.count
                if let after = line[safe: end], CJK.isASCIILetter(after) { return nil }
                return end
            }
        }
        return nil
    }

    /// Longest slot text looked at for a closing bracket.
    static let maximumSlotLength = 60

    private func closing(_ bracket: Unicode.Scalar, in line: ScalarLine, after index: Int) -> Int? {
        var end = index + 1
        while end < min(line.count, index + Self.maximumSlotLength) {
            if line.scalars[end] == bracket { return end + 1 }
            end += 1
        }
        return nil
    }

    private func report(_ line: ScalarLine, _ start: Int, _ end: Int, _ context: LintContext) -> Diagnostic {
        let text = line.text(start, end)
        return diagnostic(
            line.range(start, end, in: context.source),
            "“\(text)”是未填写的占位内容，请填入实际的数字、名称或内容后再报送。",
            data: ["placeholder": text]
        )
    }
}
