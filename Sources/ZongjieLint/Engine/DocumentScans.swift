import Foundation
import ZongjieCore

/// Scans of one document that several rules need, done once on first use and shared:
/// the decoded scalar lines (so no rule decodes the file again), the outline match and the
/// memos of run-wide scanners.
///
/// Held by `LintContext`; a lock guards the memo so a context stays safe to share.
public final class DocumentScans: @unchecked Sendable {
    private let source: SourceText
    private let lock = NSLock()
    // Guarded by `lock`.
    private var decoded: [ScalarLine?] = []
    private var outline: (key: String, match: OutlineMatcher.Match)?
    private var parsed: [ParsedLine]?
    /// Results of run-wide scanners (the dictionary scan, line features, the 年报 test) for
    /// this document, by owner: a handful per document, found by a linear search, each in a
    /// box whose class cast is a pointer compare (a dictionary of `Any` hashed and ran a dynamic
    /// cast on every ask, about a thousand instructions, and rules ask per document and rule).
    private var memoOwners: [ObjectIdentifier] = []
    private var memoBoxes: [AnyObject] = []

    init(_ source: SourceText) {
        self.source = source
    }

    /// 1-based line `number`, decoded on first use and kept: rules prefilter lines on their
    /// bytes, so most lines are never decoded and the ones several rules want are decoded once.
    func line(_ number: Int) -> ScalarLine {
        lock.lock()
        defer { lock.unlock() }
        return source.utf8.withUnsafeBufferPointer { decodedLine(number - 1, $0) }
    }

    /// 0-based line `index` from the memo, decoding it first if needed. Caller holds `lock`.
    private func decodedLine(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> ScalarLine {
        if decoded.isEmpty { decoded = Array(repeating: nil, count: source.lines.count) }
        if let line = decoded[index] { return line }
        let line = ScalarLine(number: index + 1, bytes: bytes, span: source.lines[index])
        decoded[index] = line
        return line
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

    /// The outline match for `key` (report type and year), computed by `make` the first time.
    func outlineMatch(key: String, _ make: () -> OutlineMatcher.Match) -> OutlineMatcher.Match {
        lock.lock()
        defer { lock.unlock() }
        if let outline, outline.key == key { return outline.match }
        let match = make()
        outline = (key, match)
        return match
    }

    /// What `owner` computed for this document, computed by `make` the first time. `make` runs
    /// outside the lock (it may read these scans); should two threads compute the same memo,
    /// the first one stored is the one kept. Inlined so `make` is too: a closure left as a
    /// call made every rule copy its whole context to capture it.
    @inline(__always)
    func memo<Value>(_ owner: ObjectIdentifier, _ make: () -> Value) -> Value {
        if let value: Value = remembered(owner) { return value }
        return remember(owner, make())
    }

    /// The memo of `owner`, if it holds a `Value`.
    private func remembered<Value>(_ owner: ObjectIdentifier) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = memoOwners.firstIndex(of: owner) else { return nil }
        return (memoBoxes[index] as? MemoBox<Value>)?.value
    }

    /// Stores `value` as the memo of `owner` unless one of its type is there already, and
    /// returns the one kept.
    private func remember<Value>(_ owner: ObjectIdentifier, _ value: Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        guard let index = memoOwners.firstIndex(of: owner) else {
            memoOwners.append(owner)
            memoBoxes.append(MemoBox(value))
            return value
        }
        if let kept = memoBoxes[index] as? MemoBox<Value> { return kept.value }
        memoBoxes[index] = MemoBox(value)
        return value
    }
}

/// One memo of `DocumentScans`, boxed so it is read back by a class cast.
private final class MemoBox<Value> {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

extension ScalarLine {
    /// The lines whose 1-based number passes `wanted`, from the shared decoded lines: only
    /// those lines are decoded (once, whichever rule asks first).
    static func lines(
        in context: LintContext,
        numbered wanted: @escaping (Int) -> Bool
    ) -> LazyMapSequence<LazyFilterSequence<Range<Int>>, ScalarLine> {
        let scans = context.scans
        return context.source.lines.indices.lazy
            .filter { wanted($0 + 1) }
            .map { scans.line($0 + 1) }
    }
}
