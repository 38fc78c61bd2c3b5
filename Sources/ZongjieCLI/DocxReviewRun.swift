import Foundation
import ZongjieCore
import ZongjieFormats
import ZongjieLint

/// `lint X.docx --annotate OUT.docx` and `--fix` on a .docx: findings become Word
/// comments (批注) and fixes tracked changes (修订), never silent edits.
enum DocxReviewRun {
    /// Whether this file is reviewed in Word form rather than fixed as text.
    static func applies(to path: String, options: Zongjie.Lint) -> Bool {
        path.lowercased().hasSuffix(".docx") && (options.annotate != nil || options.fix || options.fixWording)
    }

    /// Writes the reviewed copy (or, with --fix alone, the file itself) and returns the report to show:
    /// the findings of the file as linted, or of the fixed file when it was rewritten in place.
    static func run(_ result: FileResult, input: ReadInput, options: Zongjie.Lint, engine: LintEngine) throws -> FileResult {
        var edits: [DocxReviewEdit] = []
        var applied: [FixApplier.Applied] = []
        if options.fix || options.fixWording {
            var kinds: Set<Fix.Kind> = [.mechanical]
            if options.fixWording { kinds.insert(.wording) }
            let (fixed, changes) = FixApplier.apply(result.diagnostics, to: result.source, kinds: kinds)
            if options.dryRun {
                let diff = Data(LineDiff.unified(old: result.source.string, new: fixed, path: result.path).utf8)
                (options.format == ReportFormat.json.rawValue ? FileHandle.standardError : FileHandle.standardOutput).write(diff)
                return result
            }
            applied = changes
            edits = changes.map { DocxReviewEdit(range: $0.range, replacement: $0.replacement) }
        }
        let comments = options.annotate == nil ? [] : result.diagnostics.map(comment(for:))
        guard !edits.isEmpty || options.annotate != nil else { return result }
        guard let data = FileManager.default.contents(atPath: result.path) else {
            throw LintCommandError(description: "\(result.path): 无法读取文件，未写入批注。")
        }
        let review = try DocxReview.annotate(data, path: result.path, comments: comments, edits: edits)
        let output = options.annotate ?? result.path
        try AtomicFileWriter.write(review.data, to: output, overwrite: options.annotate == nil || options.force)
        for (edit, written) in zip(applied, review.appliedEdits) {
            let place = "\(result.path):\(edit.range.start.line):\(edit.range.start.column)"
            printNote(written
                ? "\(place): 已修复（修订）：“\(edit.original)”→“\(edit.replacement)” [\(edit.ruleID)]"
                : "\(place): 警告：“\(edit.original)”跨域、编号或已有修订，未写成修订，请手工修改 [\(edit.ruleID)]")
        }
        let revisions = review.appliedEdits.filter { $0 }.count
        printNote("已写入：\(output)（批注 \(comments.count) 条，修订 \(revisions) 处；在 Word“审阅”中逐条接受或拒绝）")
        guard options.annotate == nil, revisions > 0 else { return result }
        // Rewritten in place: report what the file says now (its accepted text).
        let reread = try DocxInputReader().read(review.data, path: result.path)
        return engine.lint(reread.text, path: result.path, reportType: options.reportType, docxLayout: reread.docxLayout)
    }

    /// One comment per finding: the message, the suggested replacement, the rule id.
    static func comment(for diagnostic: Diagnostic) -> DocxReviewComment {
        var paragraphs = [diagnostic.message]
        if let fix = diagnostic.fix {
            paragraphs.append(fix.replacement.isEmpty ? "建议：删除此处文字。" : "建议改为：“\(fix.replacement)”")
        }
        paragraphs.append("规则：\(diagnostic.ruleID)（zongjie）")
        return DocxReviewComment(range: diagnostic.range, wholeParagraph: diagnostic.range.start == diagnostic.range.end, paragraphs: paragraphs)
    }

    private static func printNote(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
