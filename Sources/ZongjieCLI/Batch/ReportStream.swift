import Foundation
import ZongjieCore
import ZongjieLint

/// Writes a lint report to stdout file by file, as results arrive in input order,
/// so a large batch never holds every file's findings at once. The bytes are exactly
/// what the format's `Reporter` would produce for the whole run: JSON stays one document.
struct ReportStream {
    let format: ReportFormat
    let colour: Bool
    /// Totals so far (the summary line / object at the end).
    private(set) var summary = LintSummary([])
    private var buffer: [UInt8] = []
    private var started = false
    /// The CI formats' reporter, built once; whether one of its parts has been written (separators).
    private let streaming: (any StreamingReporter)?
    private var wrotePart = false

    init(format: ReportFormat, colour: Bool) {
        self.format = format
        self.colour = colour
        self.streaming = format.streamingReporter
    }

    /// This file's part of the report, as `add` would write it, with its counts. Pure, so
    /// workers can render in parallel; the in-order consumer then only appends bytes and
    /// never receives (or frees) the document and its findings.
    static func render(_ result: FileResult, format: ReportFormat, colour: Bool) -> RenderedReport {
        var bytes: [UInt8] = []
        switch format {
        case .json: JSONReporter().append(result, to: &bytes)
        case .text: bytes.append(contentsOf: TextReporter(colour: colour).lines(for: result).utf8)
        default: format.streamingReporter?.append(result, to: &bytes)
        }
        var counts = LintSummary([])
        counts.add(result.diagnostics)
        return RenderedReport(bytes: bytes, counts: counts)
    }

    /// Adds one file's findings.
    mutating func add(_ result: FileResult) {
        if !started { start() }
        summary.files += 1
        summary.add(result.diagnostics)
        if format == .json && summary.files > 1 { buffer.append(0x2C) }
        switch format {
        case .json:
            // Straight into the output buffer, written out in large pieces as it fills.
            JSONReporter().append(result, to: &buffer, flushSize: Self.chunk) { Self.write(&$0) }
        case .text:
            buffer.append(contentsOf: TextReporter(colour: colour).lines(for: result).utf8)
        default:
            var part: [UInt8] = []
            streaming?.append(result, to: &part)
            addPart(part)
        }
        flushWhenFull()
    }

    /// Adds one file a worker rendered.
    mutating func add(_ report: RenderedReport) {
        if !started { start() }
        summary.files += 1
        summary.errors += report.counts.errors
        summary.warnings += report.counts.warnings
        summary.infos += report.counts.infos
        if streaming != nil {
            addPart(report.bytes)
        } else {
            if format == .json && summary.files > 1 { buffer.append(0x2C) }
            buffer.append(contentsOf: report.bytes)
        }
        flushWhenFull()
    }

    /// A CI format's file part, after the separator when an earlier part was written.
    private mutating func addPart(_ part: [UInt8]) {
        guard let streaming, !part.isEmpty else { return }
        if wrotePart { buffer.append(contentsOf: streaming.separator.utf8) }
        buffer.append(contentsOf: part)
        wrotePart = true
    }

    /// Flush in chunks: one write per file would cost a system call per file.
    private mutating func flushWhenFull() {
        if buffer.count >= Self.chunk { flush() }
    }

    /// Writes the summary and everything still buffered. `quiet`: no text summary line
    /// (nothing was read and the errors on stderr say it all).
    mutating func finish(quiet: Bool) {
        if !started { start() }
        switch format {
        case .json: buffer.append(contentsOf: JSONReporter().footer(summary).utf8)
        case .text: if !quiet { buffer.append(contentsOf: (TextReporter(colour: colour).summaryLine(summary) + "\n").utf8) }
        default: buffer.append(contentsOf: (streaming?.footer(summary) ?? "").utf8)
        }
        flush()
    }

    private mutating func start() {
        started = true
        if format == .json { buffer.append(contentsOf: JSONReporter.header.utf8) }
        if let streaming { buffer.append(contentsOf: streaming.header().utf8) }
    }

    private mutating func flush() {
        Self.write(&buffer)
    }

    /// Output is written in pieces of about this size.
    private static let chunk = 1 << 18

    /// Writes `bytes` to stdout and empties it, keeping its storage for the next piece.
    private static func write(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}

/// One file's part of the report, rendered by a worker, and its finding counts.
struct RenderedReport: Sendable {
    var bytes: [UInt8]
    var counts: LintSummary
}

extension LintSummary {
    /// Counts `diagnostics` by severity (files are counted by the caller).
    mutating func add(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}
