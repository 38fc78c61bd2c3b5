import Foundation
import ZongjieCore

extension LintContext {
    /// The document's parts matched against its report type's outline.
    var outlineMatch: OutlineMatcher.Match {
        // Two rules ask for it; match once per document.
        let key = "\(reportType.id) \(reportYear ?? 0)"
        return scans.outlineMatch(key: key) {
            let matcher = OutlineMatcher(outline: reportType.outline, reportYear: reportYear)
            return matcher.match(document, variants: OutlineVariantCache.shared.variants(for: matcher, key: key))
        }
    }

    /// The last non-empty line of the document and its end column, for findings about something absent at the end.
    var endOfText: SourceRange {
        var number = source.lines.count
        while number > 1, isBlank(line: number) { number -= 1 }
        let column = scalarCount(line: number) + 1
        return SourceRange(line: number, startColumn: column, endColumn: column)
    }

    /// The end of the body: the last non-empty line before the signature (or of the text),
    /// where a missing problems or plans part belongs.
    var endOfBody: SourceRange {
        guard let signatureLine = document.signature?.unit?.range?.start.line ?? document.signature?.date?.range?.start.line else {
            return endOfText
        }
        var number = signatureLine - 1
        while number > 1, isBlank(line: number) { number -= 1 }
        guard number >= 1 else { return endOfText }
        let column = scalarCount(line: number) + 1
        return SourceRange(line: number, startColumn: column, endColumn: column)
    }

    /// Whether 1-based line `number` holds only whitespace (out of range: empty, so blank).
    private func isBlank(line number: Int) -> Bool {
        !LineText.hasText(source, line: number) { $0.properties.isWhitespace }
    }

    /// The number of scalars on 1-based line `number` (0 out of range).
    private func scalarCount(line number: Int) -> Int {
        LineText.scalarCount(source, line: number)
    }

    /// The start of the first line after the title block.
    var startOfBody: SourceRange {
        let lines = scans.parsedLines()
        let titleEnd = document.addressee?.range?.end.line ?? document.title?.range?.end.line ?? 0
        if let first = lines.first(where: { $0.number > titleEnd }) {
            return SourceRange(line: first.number, startColumn: first.startColumn, endColumn: first.startColumn)
        }
        return endOfText
    }
}

extension Section {
    /// Where the marker sits (the start of the heading range).
    var markerRange: SourceRange {
        guard let heading = headingRange else { return .documentStart }
        return SourceRange(line: heading.start.line, startColumn: heading.start.column, endColumn: heading.start.column + marker.scalarCount)
    }
}

extension Paragraph {
    /// Where the paragraph's marker sits, if it has one.
    var markerRange: SourceRange? {
        guard let marker, let range else { return nil }
        return SourceRange(line: range.start.line, startColumn: range.start.column, endColumn: range.start.column + marker.scalarCount)
    }
}

/// The filled-in heading variants of each report type and year, kept across documents: a
/// batch lints many documents of one type, and filling the variants cost more than matching.
final class OutlineVariantCache: @unchecked Sendable {
    static let shared = OutlineVariantCache()

    private let lock = NSLock()
    // Guarded by `lock`. The outline is kept to check a hit: two catalogs may give one id
    // different outlines (comparing the same arrays is cheap: Array == checks identity first).
    private var entries: [String: (outline: Outline, variants: OutlineMatcher.Variants)] = [:]

    /// The variants of `matcher`, prepared once per key (report type id and year) and outline.
    func variants(for matcher: OutlineMatcher, key: String) -> OutlineMatcher.Variants {
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[key], entry.outline == matcher.outline { return entry.variants }
        let variants = matcher.prepareVariants()
        // A bound on memory for a process that sees many outlines (tests, plugins).
        if entries.count >= 64 { entries.removeAll() }
        entries[key] = (matcher.outline, variants)
        return variants
    }
}
