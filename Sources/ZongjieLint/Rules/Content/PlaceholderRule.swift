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
            RuleExample("全年主动公开政府信息↓【待更新：上年为1260条】。"),
            RuleExample("报告年度为↓{{year}}年。"),
            RuleExample("↓TODO 补充问题部分"),
            RuleExample("20↓XX年度工作总结"),
            RuleExample("投入约↓XX万元，完成税收回归↓XX余万元。"),
            RuleExample("全年共办理↓____件，↓ＸＸＸ同志负责。"),
            RuleExample("印发《通知》（X政办〔2024〕↓XX号）。"),
            RuleExample("深入开展↓XX传活动，组织↓××教。"),
            RuleExample("市统计局2024年度工作总结\n一、主要工作\n全年办理事项120件。\n↓XX局\n2024年12月20日"),
            RuleExample("XX局2025年度工作总结\n一、主要工作\n全年办理事项120件。\nXX局\n↓2025年X月X日"),
            RuleExample("XX局2025年度工作总结\n一、主要工作\n全年办理事项120件。\nXX局\n↓2025年　月　日"),
        ],
        nonTriggering: [
            RuleExample("XX市XX区政务公开办2023年度工作总结"),
            RuleExample("推进XX街道便民服务中心改造，联合XX晚报开展宣传。"),
            RuleExample("XX县人民医院、XX项目、XX段工程顺利推进，XX传媒、XX教育局参与。"),
            RuleExample("XX局2024年度工作总结\n一、主要工作\n全年办理事项120件。\nXX局\n2024年12月20日"),
            RuleExample("地址：XX市XX路XX号，实施XX人才计划。"),
            RuleExample("某单位提出申请，某日答复。"),
            RuleExample("全年公开信息753条。"),
            RuleExample("XX局2025年度工作总结\n一、主要工作\n全年办理事项120件。\nXX局\n二○二五年十二月二十日"),
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
        for line in ScalarLine.lines(in: context, holding: Self.prefilter) {
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
        found += signatureMasks(context, besides: found)
        if let date = PlaceholderDateLine.find(in: context), !found.contains(where: { $0.range.start.line == date.range.start.line }) {
            // 2025年X月X日: a single X is no slot elsewhere, but in the 落款 date it is one.
            found.append(diagnostic(date.range, "落款日期“\(date.text)”没有填写，请写明成文日期（如“2025年12月20日”）。",
                                    data: ["placeholder": date.text]))
        }
        return found
    }

    /// XX in the 落款 under a title that names its unit: the signing unit must be named in full.
    /// A title masked the same way (XX局2024年度工作总结) makes the whole text a template or an
    /// anonymised sample, and its 落款 follows the title.
    private func signatureMasks(_ context: LintContext, besides found: [Diagnostic]) -> [Diagnostic] {
        guard let unit = context.document.signature?.unit, let range = unit.range else { return [] }
        if let title = context.document.title?.text, ["XX", "××", "ＸＸ"].contains(where: { title.contains($0) }) { return [] }
        let line = context.scans.line(range.start.line)
        var masks: [Diagnostic] = []
        var index = 0
        while index < line.count {
            let scalar = line.scalars[index]
            guard scalar == "X" || scalar == "×" || scalar == "Ｘ" else { index += 1; continue }
            var end = index
            while line[safe: end] == scalar { end += 1 }
            let glued = line[safe: index - 1].map(CJK.isASCIILetter) == true || line[safe: end].map(CJK.isASCIILetter) == true
            if end - index >= 2 && !glued && !found.contains(where: { $0.range.start.line == line.number && $0.range.start.column == index + 1 }) {
                let text = line.text(index, end)
                masks.append(diagnostic(line.range(index, end, in: context.source),
                                        "落款中的“\(text)”是未填写的占位内容，落款应写发文机关全称。",
                                        data: ["placeholder": text]))
            }
            index = end
        }
        return masks
    }

    /// The first scalar of everything that may follow an X-run in a slot.
    static let slotStarters: Set<Unicode.Scalar> = Set((units + ["余", "多", "同志"] + maskedWordTails).compactMap { $0.unicodeScalars.first })

    /// After XX: the second half of a word whose first half is masked or unfilled (XX传 for
    /// 宣传, XX教 for 宣教), unless a name goes on (XX传媒, XX教育局).
    static let maskedWordTails = ["传", "教"]
    static let nameContinuations: Set<Unicode.Scalar> = ["育", "媒", "局", "院", "委", "中", "学", "集", "会", "所", "站", "馆", "办", "科", "处", "部", "厅", "室", "公", "频", "协", "师", "授"]

    /// Every placeholder has one of the fill-in marks; an X-run only counts as a slot after a
    /// digit (20XX) or before 余, 多, 同志 or a unit. XX市XX区 masks names in published text and
    /// is common, so those lines are not decoded.
    static let prefilter = LinePrefilter.fillInMarks(xRunFollowers: slotStarters)

    /// The end of the slot when the X-run at `[start, end)` stands for a figure or a person.
    private func figureSlot(_ line: ScalarLine, start: Int, end: Int) -> Int? {
        // Glued to other Latin letters: an English word (XXL), not a slot.
        if let before = line[safe: start - 1], CJK.isASCIILetter(before) { return nil }
        if let after = line[safe: end], CJK.isASCIILetter(after) { return nil }
        var index = end
        if let tail = line[safe: index], Self.maskedWordTails.contains(String(tail)) {
            if let next = line[safe: index + 1], Self.nameContinuations.contains(next) { return nil }
            return index + 1
        }
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
