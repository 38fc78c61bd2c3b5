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

    /// Adds one file's findings.
    mutating func add(_ result: FileResult) {
        if !started { start() }
        summary.files += 1
        for diagnostic in result.diagnostics {
            switch diagnostic.severity {
            case .error: summary.errors += 1
            case .warning: summary.warnings += 1
            case .info: summary.infos += 1
            }
        }
        switch format {
        case .json:
            if summary.files > 1 { buffer += "," }
            buffer += JSONReporter().file(result)
        case .text:
            buffer += TextReporter(colour: colour).lines(for: result)
        }
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
