import ZongjieCore

/// The 一是/二是 written inside the paragraphs of one document (`InlineEnumeration`), searched
/// once per document and read by every rule that needs them (numbering-sequence,
/// lone-enumeration): the search reads every byte of every paragraph, and each rule repeating
/// it cost as much as the rest of the rule.
///
/// Kept as one flat array in reading order, found by the paragraph's start position with a
/// forward cursor: no dictionary per paragraph (hashing each paragraph cost as much as the
/// search it saved), and nothing at all for the many paragraphs that hold no marker.
struct InlineMarkers: Sendable {
    /// Markers found inside paragraphs (not a paragraph's own leading marker), by paragraph
    /// start, then in reading order within it.
    private let found: [(paragraph: SourcePosition, offset: Int, marker: NumberingMarker)]

    /// The document's inline markers, searched on first use.
    static func of(_ context: LintContext) -> InlineMarkers {
        context.scans.memo(ObjectIdentifier(InlineMarkers.self)) { InlineMarkers(context.document) }
    }

    private init(_ document: Document) {
        var found: [(paragraph: SourcePosition, offset: Int, marker: NumberingMarker)] = []
        func search(_ paragraphs: [Paragraph]) {
            for paragraph in paragraphs {
                guard let start = paragraph.range?.start else { continue }
                for (offset, marker) in InlineEnumeration.markers(in: paragraph.text, paragraphMarker: nil) {
                    found.append((start, offset, marker))
                }
            }
        }
        search(document.opening)
        document.forEachSection { search($0.paragraphs) }
        search(document.closing)
        // Reading order is source order; sorted (stably) anyway so the lookup holds for any tree.
        if zip(found, found.dropFirst()).contains(where: { $0.paragraph > $1.paragraph }) {
            found = found.enumerated().sorted { ($0.element.paragraph, $0.offset) < ($1.element.paragraph, $1.offset) }.map(\.element)
        }
        self.found = found
    }

    /// Reads the markers paragraph by paragraph; cheapest when paragraphs come in source order.
    struct Cursor {
        fileprivate let markers: InlineMarkers
        private var next = 0

        fileprivate init(_ markers: InlineMarkers) {
            self.markers = markers
        }

        /// Calls `body` with the scalar offset and marker of each marker of `paragraph` (which
        /// starts at `start`) in reading order: its own leading marker, then those inside it,
        /// as `InlineEnumeration.markers(in:paragraphMarker:)` lists them.
        mutating func forEachMarker(of paragraph: Paragraph, at start: SourcePosition, _ body: (Int, NumberingMarker) -> Void) {
            if let leading = paragraph.marker { body(0, leading) }
            let found = markers.found
            if next > 0 && next <= found.count && found[next - 1].paragraph >= start {
                // Asked out of order: start again from the first marker at or after `start`.
                var low = 0, high = found.count
                while low < high {
                    let middle = (low + high) / 2
                    if found[middle].paragraph < start { low = middle + 1 } else { high = middle }
                }
                next = low
            }
            while next < found.count && found[next].paragraph < start { next += 1 }
            while next < found.count && found[next].paragraph == start {
                body(found[next].offset, found[next].marker)
                next += 1
            }
        }
    }

    func cursor() -> Cursor { Cursor(self) }
}
