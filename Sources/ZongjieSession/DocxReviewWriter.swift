import Foundation
import ZongjieCore
import ZongjieFormats
import ZongjieLint

/// `lint X.docx --annotate OUT.docx` and fixes to a .docx: findings become Word comments
/// (批注) and fixes tracked changes (修订) by “zongjie”, never silent edits — in the review
/// copy, or with fixes alone in the file itself (written atomically).
public struct DocxReviewWriter {
    let options: LintSessionOptions
    /// Last year's report, so the re-lint after rewriting compares with it as the first lint did.
    let previous: PreviousReport?
    let messages: (LintSessionMessage) -> Void

    /// Whether `path` is reviewed in Word form rather than fixed as text.
    static func applies(to path: String, options: LintSessionOptions) -> Bool {
        path.lowercased().hasSuffix(".docx") && (options.annotatePath != nil || options.fixes)
    }

    /// Writes the review and returns the report to show: the findings of the file as linted,
    /// or of the rewritten file when fixes went into it in place.
    func review(_ result: FileResult, engine: LintEngine) throws -> FileResult {
        var applied: [FixApplier.Applied] = []
        if options.fixes {
            let (fixed, changes) = FixApplier.apply(result.diagnostics, to: result.source, kinds: options.fixKinds)
            if options.dryRun {
                if !changes.isEmpty { messages(.diff(LineDiff.unified(old: result.source.string, new: fixed, path: result.path))) }
                return result
            }
            applied = changes
        }
        let comments = options.annotatePath == nil ? [] : result.diagnostics.map(Self.comment(for:))
        guard !applied.isEmpty || options.annotatePath != nil else { return result }
        guard let data = FileManager.default.contents(atPath: result.path) else {
            throw LintSessionError("\(result.path): 无法读取文件，未写入批注或修订。")
        }
        let edits = applied.map { DocxReviewEdit(range: $0.range, replacement: $0.replacement) }
        let review = try DocxReview.annotate(data, path: result.path, comments: comments, edits: edits)
        let output = options.annotatePath ?? result.path
        try AtomicFileWriter.write(review.data, to: output, overwrite: options.annotatePath == nil || options.overwriteAnnotation)
        for (edit, written) in zip(applied, review.appliedEdits) {
            messages(.revised(path: result.path, edit, written: written))
        }
        let revisions = review.appliedEdits.filter { $0 }.count
        messages(.reviewWritten(path: output, comments: comments.count, revisions: revisions))
        guard options.annotatePath == nil, revisions > 0 else { return result }
        // Rewritten in place: report what the file says now (its accepted text, pending revisions included).
        let reread = try DocxInputReader().read(review.data, path: result.path)
        return engine.lint(reread.text, path: result.path, reportType: options.reportType, docxLayout: reread.docxLayout, previous: previous)
    }

    /// One comment per finding: the message, the suggested replacement, the rule id;
    /// a finding with no extent (a missing part, a whole-file fact) covers its paragraph.
    public static func comment(for diagnostic: Diagnostic) -> DocxReviewComment {
        var paragraphs = [diagnostic.message]
        if let fix = diagnostic.fix {
            paragraphs.append(fix.replacement.isEmpty ? "建议：删除此处文字。" : "建议改为：“\(fix.replacement)”")
        }
        paragraphs.append("规则：\(diagnostic.ruleID)（zongjie）")
        return DocxReviewComment(range: diagnostic.range, wholeParagraph: diagnostic.range.start == diagnostic.range.end, paragraphs: paragraphs)
    }
}
