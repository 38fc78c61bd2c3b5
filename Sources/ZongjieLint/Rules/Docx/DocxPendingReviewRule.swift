import ZongjieCore

/// Reports a .docx that still holds tracked changes (修订) or comments (批注): a draft
/// submitted with them shows the reviewer's marks to the receiving office.
public struct DocxPendingReviewRule: LintRule {
    public static let description = RuleDescription(
        id: "docx-pending-review",
        name: "未处理的修订和批注",
        summary: "Word 文件中仍有未接受或拒绝的修订、未删除的批注。",
        rationale: "带着修订和批注报送，对方打开时会看到修改痕迹和审核意见；定稿前应在“审阅”中全部接受或拒绝修订、删除批注。",
        basis: "审稿惯例（报送的定稿不带修订痕迹和批注）",
        severity: .info,
        triggering: [],
        nonTriggering: [
            RuleExample("示范县数据管理局2024年度工作总结\n\n2024年，我局扎实推进各项工作。\n"),
        ]
    )

    public init() {}

    /// One finding for the whole file, on its first line; none for text inputs or a clean file.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let layout = context.docxLayout, layout.pendingRevisions > 0 || layout.pendingComments > 0 else { return [] }
        let message = "文档中仍有未接受的修订 \(layout.pendingRevisions) 处、批注 \(layout.pendingComments) 条。定稿报送前请在 Word“审阅”中逐条接受或拒绝修订，并删除批注。"
        return [diagnostic(.documentStart, message, data: [
            "revisions": String(layout.pendingRevisions), "comments": String(layout.pendingComments),
        ])]
    }
}
