import Foundation
import ZongjieCore

/// The inline markers of each paragraph, found once per document: numbering-sequence and
/// lone-enumeration both read every paragraph's 一是/二是, and the byte search over the
/// paragraph was the larger part of each.
extension InlineEnumeration {
    /// The document's markers memo; a rule fetches it once per document (the memo lookup
    /// itself is a lock and a dynamic cast) and asks it for each paragraph.
    static func memo(in context: LintContext) -> Memo {
        context.scans.memo(ObjectIdentifier(Memo.self)) { Memo() }
    }

    /// Markers by paragraph start; the text and marker are kept to confirm a hit.
    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        // Guarded by `lock`.
        private var byStart: [SourcePosition: (text: String, marker: NumberingMarker?, found: [(Int, NumberingMarker)])] = [:]

        /// `InlineEnumeration.markers(in:paragraphMarker:)` of `paragraph`, which starts at
        /// `start`, kept for the next rule that asks for the same paragraph.
        func markers(of paragraph: Paragraph, at start: SourcePosition) -> [(Int, NumberingMarker)] {
            lock.lock()
            defer { lock.unlock() }
            if let kept = byStart[start], kept.marker == paragraph.marker, kept.text == paragraph.text { return kept.found }
            let found = InlineEnumeration.markers(in: paragraph.text, paragraphMarker: paragraph.marker)
            byStart[start] = (paragraph.text, paragraph.marker, found)
            return found
        }
    }
}
