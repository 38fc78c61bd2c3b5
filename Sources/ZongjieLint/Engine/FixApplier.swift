import ZongjieCore

/// Applies the edits lint reported to the text they were reported on — nothing
/// else. Overlapping edits: the first (in source order) wins, the rest are skipped.
public enum FixApplier {
    /// One edit that was applied.
    public struct Applied: Sendable, Hashable {
        public var ruleID: String
        public var range: SourceRange
        public var original: String
        public var replacement: String
    }

    /// `source` with the fixes of `diagnostics` whose kind is in `kinds` applied.
    public static func apply(_ diagnostics: [Diagnostic], to source: SourceText, kinds: Set<Fix.Kind>) -> (text: String, applied: [Applied]) {
        var edits: [(start: Int, end: Int, diagnostic: Diagnostic, fix: Fix)] = []
        // Positions are turned into byte offsets in ascending order by one cursor: counting
        // columns from each line's start per fix was quadratic on a long line (14,000 fixes
        // on a 1 MB one-line file took 20 s).
        let fixable = diagnostics.filter { diagnostic in
            guard let fix = diagnostic.fix else { return false }
            return kinds.contains(fix.kind)
        }.sorted { ($0.fix?.range.start ?? .init(line: 0, column: 0)) < ($1.fix?.range.start ?? .init(line: 0, column: 0)) }
        var offsets = ByteOffsetCursor(source)
        for diagnostic in fixable {
            guard let fix = diagnostic.fix else { continue }
            let start = offsets.offset(of: fix.range.start)
            var probe = offsets
            let end = probe.offset(of: fix.range.end)
            guard start <= end, end <= source.utf8.count else { continue }
            edits.append((start, end, diagnostic, fix))
        }
        // A finding standing for many occurrences carries their edits; placed by the slower
        // per-position lookup, since they come after positions the cursor has passed.
        for diagnostic in fixable {
            for more in diagnostic.fix?.also ?? [] {
                let start = source.byteOffset(of: more.range.start)
                let end = source.byteOffset(of: more.range.end)
                guard start <= end, end <= source.utf8.count else { continue }
                edits.append((start, end, diagnostic, more))
            }
        }
        edits.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var output: [UInt8] = []
        output.reserveCapacity(source.utf8.count)
        var cursor = 0
        var applied: [Applied] = []
        for edit in edits {
            // Skip an edit that overlaps one already applied (or repeats it).
            guard edit.start >= cursor, !(edit.start == edit.end && edit.start < cursor) else { continue }
            if let last = applied.last, last.range == edit.fix.range { continue }
            output.append(contentsOf: source.utf8[cursor..<edit.start])
            output.append(contentsOf: Array(edit.fix.replacement.utf8))
            let original = String(decoding: source.utf8[edit.start..<edit.end], as: UTF8.self)
            applied.append(Applied(ruleID: edit.diagnostic.ruleID, range: edit.fix.range, original: original, replacement: edit.fix.replacement))
            cursor = edit.end
        }
        output.append(contentsOf: source.utf8[cursor...])
        return (String(decoding: output, as: UTF8.self), applied)
    }
}

/// A unified-style diff of two texts, line by line (fixes never add or remove lines).
public enum LineDiff {
    /// `---`/`+++` header and one `@@` hunk per changed line; empty when equal.
    public static func unified(old: String, new: String, path: String) -> String {
        let oldLines = SourceText(old)
        let newLines = SourceText(new)
        guard old != new else { return "" }
        var out = "--- \(path)\n+++ \(path)（修复后）\n"
        let count = max(oldLines.lines.count, newLines.lines.count)
        for number in 1...count {
            let before = number <= oldLines.lines.count ? oldLines.line(number) : nil
            let after = number <= newLines.lines.count ? newLines.line(number) : nil
            guard before != after else { continue }
            out += "@@ -\(number) +\(number) @@\n"
            if let before { out += "-\(before)\n" }
            if let after { out += "+\(after)\n" }
        }
        return out
    }
}

/// `SourceText.byteOffset(of:)` for positions visited in ascending order: resumes from the
/// previous position on the same line instead of counting from the line's start.
struct ByteOffsetCursor {
    let source: SourceText
    private var line = 0
    private var column = 1
    private var byte = 0

    init(_ source: SourceText) {
        self.source = source
    }

    /// The byte offset of `position` (same result as `source.byteOffset(of:)`).
    mutating func offset(of position: SourcePosition) -> Int {
        guard position.line >= 1, position.line <= source.lines.count else { return source.utf8.count }
        let span = source.lines[position.line - 1]
        if position.line != line || position.column < column {
            line = position.line
            column = 1
            byte = span.start
        }
        let bytes = source.utf8
        while byte < span.end && column < position.column {
            byte += 1
            while byte < span.end && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            column += 1
        }
        return byte
    }
}
