import ZongjieCore

/// Where each piece of a line of accepted text came from in document.xml, so a
/// position a finding gives (line:column in scalars) can be traced back to the
/// w:t element and the offset inside it — what comments and tracked changes anchor on.
public struct DocxLineMap: Sendable, Hashable {
    /// The pieces of the line in order; text pieces cover every scalar of the line
    /// except the generated ones (numbering markers, tabs, cell and paragraph separators).
    public var segments: [DocxTextSegment]
    /// Ordinals of the w:p elements (counted in document order over document.xml)
    /// whose text makes up this line: one for a paragraph, several for a table row.
    public var paragraphOrdinals: [Int]

    public init(segments: [DocxTextSegment] = [], paragraphOrdinals: [Int] = []) {
        self.segments = segments
        self.paragraphOrdinals = paragraphOrdinals
    }

    /// The source point of 0-based scalar offset `offset` as the start of a span:
    /// the first text piece at or after it.
    public func startPoint(atOffset offset: Int) -> DocxTextPoint? {
        resolvedStart(atOffset: offset)?.point
    }

    /// `startPoint(atOffset:)` with the line offset it landed on.
    func resolvedStart(atOffset offset: Int) -> (point: DocxTextPoint, lineOffset: Int)? {
        for segment in segments {
            guard case .text(let ordinal, let textOffset) = segment.source, segment.length > 0 else { continue }
            if offset < segment.start + segment.length, offset >= segment.start {
                return (DocxTextPoint(textOrdinal: ordinal, offset: textOffset + offset - segment.start), offset)
            }
            if segment.start > offset { return (DocxTextPoint(textOrdinal: ordinal, offset: textOffset), segment.start) }
        }
        return nil
    }

    /// The source point of 0-based scalar offset `offset` as the (exclusive) end of a span:
    /// the last text piece ending at or before it.
    public func endPoint(atOffset offset: Int) -> DocxTextPoint? {
        resolvedEnd(atOffset: offset)?.point
    }

    /// `endPoint(atOffset:)` with the line offset it landed on.
    func resolvedEnd(atOffset offset: Int) -> (point: DocxTextPoint, lineOffset: Int)? {
        for segment in segments.reversed() {
            guard case .text(let ordinal, let textOffset) = segment.source, segment.length > 0 else { continue }
            if offset > segment.start, offset <= segment.start + segment.length {
                return (DocxTextPoint(textOrdinal: ordinal, offset: textOffset + offset - segment.start), offset)
            }
            if segment.start + segment.length < offset {
                return (DocxTextPoint(textOrdinal: ordinal, offset: textOffset + segment.length), segment.start + segment.length)
            }
        }
        return nil
    }

    /// Whether scalars `[start, end)` all come from w:t text (no generated marker, tab or separator).
    public func isPlainText(from start: Int, to end: Int) -> Bool {
        var covered = start
        for segment in segments where segment.length > 0 && segment.start + segment.length > start && segment.start < end {
            guard case .text = segment.source, segment.start <= covered else { return false }
            covered = max(covered, segment.start + segment.length)
        }
        return covered >= end
    }
}

/// A piece of a line: `length` scalars starting at scalar `start` of the line.
public struct DocxTextSegment: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// Text of the `ordinal`-th w:t of document.xml, from scalar `offset` of its text.
        case text(ordinal: Int, offset: Int)
        /// Text Word draws but no w:t holds: numbering, tabs, separators the reader adds.
        case generated
        /// A zero-length mark where a comment's range starts or ends (w:commentRangeStart/End).
        case commentStart(id: String)
        case commentEnd(id: String)
    }

    public var start: Int
    public var length: Int
    public var source: Source

    public init(start: Int, length: Int, source: Source) {
        self.start = start
        self.length = length
        self.source = source
    }

    func shifted(by amount: Int) -> DocxTextSegment {
        DocxTextSegment(start: start + amount, length: length, source: source)
    }
}

/// A point inside document.xml's text: scalar `offset` into the text of the `textOrdinal`-th w:t.
public struct DocxTextPoint: Sendable, Hashable {
    public var textOrdinal: Int
    public var offset: Int
}

extension DocxContent {
    /// Where each comment of the document sits in the accepted text (1-based lines and
    /// columns), by comment id; a comment whose start or end mark is missing is left out.
    public var commentRanges: [String: SourceRange] {
        var starts: [String: SourcePosition] = [:]
        var ends: [String: SourcePosition] = [:]
        for (index, map) in lineMaps.enumerated() {
            for segment in map.segments {
                let position = SourcePosition(line: index + 1, column: segment.start + 1)
                switch segment.source {
                case .commentStart(let id): starts[id] = starts[id] ?? position
                case .commentEnd(let id): ends[id] = position
                default: break
                }
            }
        }
        var ranges: [String: SourceRange] = [:]
        for (id, start) in starts {
            if let end = ends[id] { ranges[id] = SourceRange(start: start, end: end) }
        }
        return ranges
    }
}
