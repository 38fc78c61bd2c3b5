/// A place in a source text: 1-based line and 1-based column counted in
/// Unicode scalars (what a person sees as characters in Chinese text).
public struct SourcePosition: Hashable, Sendable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A half-open span `[start, end)` in a source text.
public struct SourceRange: Hashable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A range covering columns `[startColumn, endColumn)` of one line.
    public init(line: Int, startColumn: Int, endColumn: Int) {
        self.start = SourcePosition(line: line, column: startColumn)
        self.end = SourcePosition(line: line, column: endColumn)
    }

    /// The empty range at the start of a document, for findings about the whole file.
    public static let documentStart = SourceRange(line: 1, startColumn: 1, endColumn: 1)
}
