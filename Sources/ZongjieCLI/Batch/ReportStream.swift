import Foundation
import ZongjieLint

/// Writes a lint report to stdout file by file, as results arrive in input order,
/// so a large batch never holds every file's findings at once. The bytes are exactly
/// what the format's `Reporter` would produce for the whole run: JSON stays one document.
struct ReportStream {
    let format: ReportFormat
    let colour: Bool
    /// Totals so far (the summary line / object at the end).
    private(set) var summary = LintSummary([])
    private var buffer = ""
    private var started = false

    init(format: ReportFormat, colour: Bool) {
        self.format = format
        self.colour = colour
    }

    /// This file's part of the report, as `add` would write it. Pure, so workers can
    /// render in parallel and the in-order consumer only appends.
    static func render(_ result: FileResult, format: ReportFormat, colour: Bool) -> String {
        switch format {
        case .json: JSONReporter().file(result)
        case .text: TextReporter(colour: colour).lines(for: result)
        }
    }

    /// Adds one file's findings; `rendered` is `render(result, …)` when a worker made it already.
    mutating func add(_ result: FileResult, rendered: String? = nil) {
        if !started { start() }
        summary.files += 1
        for diagnostic in result.diagnostics {
            switch diagnostic.severity {
            case .error: summary.errors += 1
            case .warning: summary.warnings += 1
            case .info: summary.infos += 1
            }
        }
        if format == .json && summary.files > 1 { buffer += "," }
        buffer += rendered ?? Self.render(result, format: format, colour: colour)
        // Flush in chunks: one write per file would cost a system call per file.
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    /// Writes the summary and everything still buffered. `quiet`: no text summary line
    /// (nothing was read and the errors on stderr say it all).
    mutating func finish(quiet: Bool) {
        if !started { start() }
        switch format {
        case .json: buffer += JSONReporter().footer(summary)
        case .text: if !quiet { buffer += TextReporter(colour: colour).summaryLine(summary) + "\n" }
        }
        flush()
    }

    private mutating func start() {
        started = true
        if format == .json { buffer += JSONReporter.header }
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}
