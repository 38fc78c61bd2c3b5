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
        let fixes = diagnostics.compactMap { $0.fix }.filter { kinds.contains($0.kind) }
        let offsets = byteOffsets(of: fixes.flatMap { [$0.range.start, $0.range.end] }, in: source)
        for diagnostic in diagnostics {
            guard let fix = diagnostic.fix, kinds.contains(fix.kind),
                  let start = offsets[fix.range.start], let end = offsets[fix.range.end] else { continue }
            guard start <= end, end <= source.utf8.count else { continue }
            edits.append((start, end, diagnostic, fix))
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

    /// Byte offsets of `positions`, walking each line once: `SourceText.byteOffset(of:)` walks
    /// from the line start every time, quadratic on a long line full of fixes (a 1 MB line took minutes).
    static func byteOffsets(of positions: [SourcePosition], in source: SourceText) -> [SourcePosition: Int] {
        var result: [SourcePosition: Int] = [:]
        var previous: (position: SourcePosition, offset: Int)?
        for position in Set(positions).sorted() {
            guard let last = previous, last.position.line == position.line, position.line <= source.lines.count else {
                let offset = source.byteOffset(of: position)
                result[position] = offset
                previous = (position, offset)
                continue
            }
            let lineEnd = source.lines[position.line - 1].end
            var index = last.offset
            var column = last.position.column
            while index < lineEnd && column < position.column {
                index += 1
                while index < lineEnd && source.utf8[index] & 0xC0 == 0x80 { index += 1 }
                column += 1
            }
            result[position] = index
            previous = (position, index)
        }
        return result
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
