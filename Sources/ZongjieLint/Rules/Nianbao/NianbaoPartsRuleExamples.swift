/// Examples for `nianbao-part`: short reports with the six parts, one defect each.
enum NianbaoPartsRuleExamples {
    static func report(problems: String = "一是信息更新不够及时。二是解读形式单一。下一步将建立更新台账。", other: String = "本年度未收取信息处理费。", dropFive: Bool = false, fee: String = "0") -> String {
        var lines = [
            "某某县水利局2025年政府信息公开工作年度报告",
            "一、总体情况",
            "2025年，我局认真贯彻《条例》。",
            "二、主动公开政府信息情况",
            "信息内容 | 本年收费金额（单位：万元）",
            "行政事业性收费 | \(fee)",
            "三、收到和处理政府信息公开申请情况",
            "全年未收到政府信息公开申请。",
            "四、政府信息公开行政复议、行政诉讼情况",
            "全年未发生行政复议、行政诉讼。",
        ]
        if !dropFive { lines += ["五、存在的主要问题及改进情况", problems] }
        lines += ["六、其他需要报告的事项", other]
        return lines.joined(separator: "\n") + "\n"
    }

    static let triggering: [RuleExample] = [
        RuleExample(report(problems: "↓暂无。")),
        RuleExample(report(dropFive: true).replacingOccurrences(of: "六、其他", with: "↓六、其他")),
        RuleExample(report(other: "无。", fee: "12.5").replacingOccurrences(of: "六、其他", with: "↓六、其他")),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(report()),
        // Fees in 表二 with 六 saying how the 信息处理费 stood.
        RuleExample(report(fee: "12.5")),
        // Not an annual disclosure report: “无” under 五 is someone else's business.
        RuleExample(report(problems: "无。").replacingOccurrences(of: "政府信息公开工作年度报告", with: "工作总结")),
    ]
}
