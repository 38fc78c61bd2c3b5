import Foundation
import ZongjieCore
import ZongjieFormats
import ZongjieLint

/// Applies a session's fixes to one file: writes it back in its own encoding (or only
/// reports the diff with `dryRun`) and re-lints the fixed text so the report is current.
struct FixWriter {
    let options: LintSessionOptions
    /// Last year's report, so the re-lint after fixing compares with it as the first lint did.
    let previous: PreviousReport?
    let messages: (LintSessionMessage) -> Void

    func apply(_ result: FileResult, input: ReadInput, engine: LintEngine) throws -> FileResult {
        let (fixed, applied) = FixApplier.apply(result.diagnostics, to: result.source, kinds: options.fixKinds)
        guard !applied.isEmpty else { return result }
        if options.dryRun {
            messages(.diff(LineDiff.unified(old: result.source.string, new: fixed, path: result.path)))
            return result
        }
        guard let encoding = input.encoding, let data = TextDecoder.encode(fixed, as: encoding) else {
            messages(.unencodable(path: result.path))
            return result
        }
        try AtomicFileWriter.write(data, to: result.path, overwrite: true)
        for edit in applied { messages(.fixed(path: result.path, edit)) }
        return engine.lint(fixed, path: result.path, reportType: options.reportType, docxLayout: input.docxLayout,
                           previous: previous)
    }
}
