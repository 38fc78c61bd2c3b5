import ZongjieCore
import ZongjieRPC

/// How an LSP client counts `character` in a Position. Findings carry 1-based lines and
/// columns in Unicode scalars; they are converted here, at the edge, and nowhere else.
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The client's first offered encoding that we speak; UTF-16 when it offers none
    /// (the protocol's default, which every client supports).
    public static func negotiate(offered: [String]?) -> PositionEncoding {
        for name in offered ?? [] {
            if let encoding = PositionEncoding(rawValue: name) { return encoding }
        }
        return .utf16
    }

    /// Code units one scalar takes, from its UTF-8 lead byte.
    fileprivate func units(leadByte: UInt8) -> Int {
        switch self {
        case .utf32: 1
        case .utf16: leadByte >= 0xF0 ? 2 : 1
        case .utf8: leadByte >= 0xF0 ? 4 : leadByte >= 0xE0 ? 3 : leadByte >= 0xC0 ? 2 : 1
        }
    }
}

/// Converts between scalar positions in a `SourceText` and LSP positions in one encoding.
public struct PositionConverter: Sendable {
    public let source: SourceText
    public let encoding: PositionEncoding

    public init(source: SourceText, encoding: PositionEncoding) {
        self.source = source
        self.encoding = encoding
    }

    /// The LSP position (0-based line, `character` in the encoding's units) of a finding's position.
    public func lspPosition(_ position: SourcePosition) -> (line: Int, character: Int) {
        guard !source.lines.isEmpty else { return (0, 0) }
        // A position past the last line (the end of a file ending in a newline) is that line's end.
        if position.line > source.lines.count {
            return (source.lines.count, 0)
        }
        let line = max(position.line, 1)
        let span = source.lines[line - 1]
        var index = span.start
        var scalars = 1
        var units = 0
        while index < span.end && scalars < position.column {
            units += encoding.units(leadByte: source.utf8[index])
            index += 1
            while index < span.end && source.utf8[index] & 0xC0 == 0x80 { index += 1 }
            scalars += 1
        }
        return (line - 1, units)
    }

    /// The scalar position of an LSP position; a `character` inside a scalar (half a
    /// surrogate pair, a byte inside a sequence) rounds down, one past the line clamps to its end.
    public func sourcePosition(line: Int, character: Int) -> SourcePosition {
        guard line >= 0, line < source.lines.count else {
            return SourcePosition(line: max(1, min(line + 1, source.lines.count + 1)), column: 1)
        }
        let span = source.lines[line]
        var index = span.start
        var units = 0
        var column = 1
        while index < span.end {
            let width = encoding.units(leadByte: source.utf8[index])
            if units + width > character { break }
            units += width
            index += 1
            while index < span.end && source.utf8[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return SourcePosition(line: line + 1, column: column)
    }

    /// An LSP Range object for a finding's range.
    public func lspRange(_ range: SourceRange) -> JSON {
        let start = lspPosition(range.start)
        let end = lspPosition(range.end)
        return [
            "start": ["line": .int(start.line), "character": .int(start.character)],
            "end": ["line": .int(end.line), "character": .int(end.character)],
        ]
    }

    /// The end of line `number` (1-based) as an LSP position, for inserting at the end of a line.
    public func lineEnd(_ number: Int) -> (line: Int, character: Int) {
        lspPosition(SourcePosition(line: number, column: Int.max))
    }
}
