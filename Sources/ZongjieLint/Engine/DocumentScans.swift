import Foundation
import ZongjieCore

/// Scans of one document that several rules need, done once on first use and shared:
/// the decoded scalar lines (so no rule decodes the file again) and the outline match.
///
/// Held by `LintContext`; a lock guards the memo so a context stays safe to share.
public final class DocumentScans: @unchecked Sendable {
    private let source: SourceText
    private let lock = NSLock()
    // Guarded by `lock`.
    private var decoded: [ScalarLine]?
    private var outline: (key: String, match: OutlineMatcher.Match)?
    private var parsed: [ParsedLine]?
    private var nianbao: Bool?

    init(_ source: SourceText) {
        self.source = source
    }

    /// Every line decoded, all in one pass the first time any rule asks: nearly every rule
    /// reads nearly every line, so decoding all at once beats a lock and a check per line.
    func allLines() -> [ScalarLine] {
        lock.lock()
        defer { lock.unlock() }
        if let decoded { return decoded }
        let source = source
        let lines = source.utf8.withUnsafeBufferPointer { bytes in
            source.lines.enumerated().map { ScalarLine(number: $0.offset + 1, bytes: bytes, span: $0.element) }
        }
        decoded = lines
        return lines
    }

    /// 1-based line `number`, decoded.
    func line(_ number: Int) -> ScalarLine {
        allLines()[number - 1]
    }

    /// Records the parsed lines the structure parser was given (the same source).
    func keepParsedLines(_ lines: [ParsedLine]) {
        lock.lock()
        parsed = lines
        lock.unlock()
    }

    /// The document's parsed lines (`LineScanner.lines(of:)`), scanned at most once.
    func parsedLines() -> [ParsedLine] {
        lock.lock()
        defer { lock.unlock() }
        if let parsed { return parsed }
        let lines = LineScanner.lines(of: source)
        parsed = lines
        return lines
    }

    /// Whether the document is a 政府信息公开工作年度报告, decided by `decide` the first time:
    /// four rules ask, and every other document should cost them nothing more.
    func isNianbaoReport(_ decide: () -> Bool) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let nianbao { return nianbao }
        let answer = decide()
        nianbao = answer
        return answer
    }

    /// The outline match for `key` (report type and year), computed by `make` the first time.
    func outlineMatch(key: String, _ make: () -> OutlineMatcher.Match) -> OutlineMatcher.Match {
        lock.lock()
        defer { lock.unlock() }
        if let outline, outline.key == key { return outline.match }
        let match = make()
        outline = (key, match)
        return match
    }

    // Guarded by `lock`: results of run-wide scanners (the dictionary scan) for this document.
    private var memos: [ObjectIdentifier: Any] = [:]

    /// What `owner` computed for this document, computed by `make` the first time (which must
    /// not call back into these scans).
    func memo<Value>(_ owner: ObjectIdentifier, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = memos[owner] as? Value { return value }
        let value = make()
        memos[owner] = value
        return value
    }
}

extension ScalarLine {
    /// Every line of the context's document, from the shared decoded lines.
    static func all(in context: LintContext) -> LazyMapSequence<Range<Int>, ScalarLine> {
        let lines = context.scans.allLines()
        return lines.indices.lazy.map { lines[$0] }
    }

    /// The lines whose raw bytes pass `worthDecoding`, from the shared decoded lines.
    static func lines(
        in context: LintContext,
        where worthDecoding: @escaping ([UInt8], SourceText.LineSpan) -> Bool
    ) -> LazyMapSequence<LazyFilterSequence<Range<Int>>, ScalarLine> {
        let source = context.source
        let lines = context.scans.allLines()
        return source.lines.indices.lazy
            .filter { worthDecoding(source.utf8, source.lines[$0]) }
            .map { lines[$0] }
    }
}
