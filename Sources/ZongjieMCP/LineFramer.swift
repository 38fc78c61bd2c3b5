import Foundation

/// Splits the MCP stdio stream into lines (one JSON-RPC message each). A line over the
/// limit is skipped as it arrives, never held whole; its start is kept to find its id.
struct LineFramer {
    enum Line: Equatable {
        case message(Data)
        case tooLarge(length: Int, prefix: Data)
    }

    let maxLine: Int
    private var buffer = Data()
    private var skipped: (length: Int, prefix: Data)?

    init(maxLine: Int) {
        self.maxLine = maxLine
    }

    mutating func feed(_ bytes: Data) -> [Line] {
        var lines: [Line] = []
        var rest = bytes[...]
        while !rest.isEmpty {
            let newline = rest.firstIndex(of: 0x0A)
            let piece = rest[rest.startIndex..<(newline ?? rest.endIndex)]
            rest = newline.map { rest[rest.index(after: $0)...] } ?? rest[rest.endIndex...]
            if var skip = skipped {
                skip.length += piece.count
                skipped = skip
            } else if buffer.count + piece.count > maxLine {
                var prefix = buffer
                prefix.append(piece.prefix(4096))
                skipped = (buffer.count + piece.count, Data(prefix.prefix(4096)))
                buffer = Data()
            } else {
                buffer.append(piece)
            }
            guard newline != nil else { break }
            if let skip = skipped {
                lines.append(.tooLarge(length: skip.length, prefix: skip.prefix))
                skipped = nil
            } else {
                // Blank lines (and a CR before the LF) are not messages.
                var line = buffer
                if line.last == 0x0D { line.removeLast() }
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { lines.append(.message(line)) }
                buffer = Data()
            }
        }
        return lines
    }
}
