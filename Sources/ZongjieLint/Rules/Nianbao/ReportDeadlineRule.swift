import ZongjieCore

/// A 政府信息公开工作年度报告 dated after the statutory deadline for the level it names
/// (《条例》第四十九条): departments by 31 January, the 本级政府 report by 31 March.
///
/// The level is read from the title and the signing unit: a name with 人民政府,
/// 政府办公室 or 政府办公厅, or a signing unit ending in 政府, is a local government
/// (31 March); anything else is a department (31 January). An office that publishes
/// its own report as a department is thus given the later date — a missed warning
/// is better than a false one.
public struct ReportDeadlineRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "report-deadline",
        name: "年报超过公布期限",
        summary: "政府信息公开工作年度报告的成文日期晚于法定公布期限（部门1月31日，本级政府3月31日）。",
        rationale: "《政府信息公开条例》第四十九条：县级以上人民政府部门应在每年1月31日前提交并公布上一年度年度报告，县级以上地方人民政府的主管部门应在每年3月31日前公布本级政府上一年度年度报告。落款晚于期限，多为日期写错或沿用了草稿日期。",
        basis: "《中华人民共和国政府信息公开条例》第四十九条（每年1月31日前提交、3月31日前公布上一年度年度报告）",
        severity: .warning,
        triggering: [
            RuleExample("""
            某某县发展和改革局2024年政府信息公开工作年度报告
            一、总体情况
            2024年，我局认真落实《条例》。
            某某县发展和改革局
            ↓2025年2月10日
            """),
            RuleExample("""
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            2024年，我县认真落实《条例》。
            某某县人民政府
            ↓2025年4月2日
            """),
        ],
        nonTriggering: [
            RuleExample("""
            某某县发展和改革局2024年政府信息公开工作年度报告
            一、总体情况
            2024年，我局认真落实《条例》。
            某某县发展和改革局
            2025年1月31日
            """),
            // A local government has until 31 March.
            RuleExample("""
            某某县人民政府2024年政府信息公开工作年度报告
            一、总体情况
            2024年，我县认真落实《条例》。
            某某县人民政府
            2025年3月20日
            """),
            // Not an annual disclosure report: no statutory deadline.
            RuleExample("""
            某某局2024年度工作总结
            一、主要工作
            全年办理事项120件。
            某某局
            2025年2月10日
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard NianbaoReport.applies(to: context), let reportYear = context.reportYear,
              let date = context.document.signature?.date,
              let year = date.year, let month = date.month, let day = date.day else { return [] }
        let local = Self.isLocalGovernment(title: context.document.title?.text ?? "", unit: context.document.signature?.unit?.text ?? "")
        let deadlineMonth = local ? 3 : 1
        let deadlineDay = 31
        let due = reportYear + 1
        let late = year > due || (year == due && (month > deadlineMonth || (month == deadlineMonth && day > deadlineDay)))
        guard late else { return [] }
        let deadline = "\(due)年\(deadlineMonth)月\(deadlineDay)日"
        let who = local ? "本级人民政府的年度报告应在每年3月31日前公布" : "人民政府部门的年度报告应在每年1月31日前公布"
        let message = "落款日期\(date.text)晚于公布期限\(deadline)：按《政府信息公开条例》第四十九条，\(who)。请核对成文日期。"
        return [diagnostic(date.range ?? context.endOfText, message,
                           data: ["deadline": deadline, "found": date.text, "level": local ? "local-government" : "department"])]
    }

    /// Whether the title or signing unit names a local government (人民政府 and its office) rather than a department.
    public static func isLocalGovernment(title: String, unit: String) -> Bool {
        let names = [title, unit].map { String(String.UnicodeScalarView($0.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" })) }
        if names.contains(where: { $0.contains("人民政府") || $0.contains("政府办公室") || $0.contains("政府办公厅") }) { return true }
        return names[1].hasSuffix("政府")
    }
}
