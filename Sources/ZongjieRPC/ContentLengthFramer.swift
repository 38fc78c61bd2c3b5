import Foundation

/// One unit a Content-Length stream yields.
public enum Frame: Equatable, Sendable {
    /// A complete body (not yet checked to be UTF-8 or JSON).
    case message(Data)
    /// A header block that could not be read; the stream resynchronises at the next header.
    case malformedHeader(String)
    /// A body longer than the limit: skipped unread. `prefix` is its start, for finding an id.
    case tooLarge(length: Int, prefix: Data)
}

/// Splits a byte stream into LSP base-protocol messages (`Content-Length: N\r\n\r\n` + N
/// bytes). Fed in pieces of any size; never holds more than one message plus a header, and a
/// body over `maxBody` is skipped without being kept.
public struct ContentLengthFramer: Sendable {
    /// Largest body accepted.
    public let maxBody: Int
    /// Header blocks longer than this are malformed (real ones are under 100 bytes).
    public static let maxHeader = 8 * 1024
    /// How much of a skipped body is kept to look for its id.
    public static let keptPrefix = 4 * 1024

    private var buffer = Data()
    /// Bytes of the current body still to read (nil: reading a header).
    private var bodyLength: Int?
    /// Bytes of an oversized body still to skip, and its length and start.
    private var skipping: (remaining: Int, length: Int, prefix: Data)?
    /// After a bad header: bytes are dropped until the next "Content-Length", however
    /// many reads that takes (the garbage and the next message may arrive apart).
    private var resyncing = false

    public init(maxBody: Int) {
        self.maxBody = maxBody
    }

    /// Adds `bytes` and returns every frame they complete.
    public mutating func feed(_ bytes: Data) -> [Frame] {
        buffer.append(bytes)
        var frames: [Frame] = []
        while let frame = next() { frames.append(frame) }
        // Drop consumed bytes: Data slices keep their storage otherwise.
        if buffer.startIndex != 0 { buffer = Data(buffer) }
        return frames
    }

    private mutating func next() -> Frame? {
        if var skip = skipping {
            if skip.prefix.count < Self.keptPrefix {
                skip.prefix.append(buffer.prefix(min(Self.keptPrefix - skip.prefix.count, skip.remaining)))
            }
            let taken = min(skip.remaining, buffer.count)
            buffer.removeFirst(taken)
            skip.remaining -= taken
            guard skip.remaining == 0 else {
                skipping = skip
                return nil
            }
            skipping = nil
            return .tooLarge(length: skip.length, prefix: skip.prefix)
        }
        if let length = bodyLength {
            guard buffer.count >= length else { return nil }
            let body = Data(buffer.prefix(length))
            buffer.removeFirst(length)
            bodyLength = nil
            return .message(body)
        }
        if resyncing {
            guard let next = buffer.range(of: Data("Content-Length".utf8)) else {
                // Keep a tail that could be the start of a split "Content-Length".
                buffer = Data(buffer.suffix(13))
                return nil
            }
            buffer.removeFirst(next.lowerBound - buffer.startIndex)
            resyncing = false
        }
        return readHeader()
    }

    private static let separator = Data("\r\n\r\n".utf8)

    private mutating func readHeader() -> Frame? {
        guard let end = buffer.range(of: Self.separator) else {
            if buffer.count > Self.maxHeader {
                resynchronise(after: 1)
                return .malformedHeader("消息头超过 \(Self.maxHeader) 字节且没有结束的空行")
            }
            return nil
        }
        let headerBytes = buffer[buffer.startIndex..<end.lowerBound]
        let consumed = end.upperBound - buffer.startIndex
        guard headerBytes.count <= Self.maxHeader, let header = String(data: headerBytes, encoding: .utf8) else {
            resynchronise(after: consumed)
            return .malformedHeader("消息头不是有效的 ASCII 文本")
        }
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else {
                resynchronise(after: consumed)
                return .malformedHeader("消息头行缺少冒号：\(line.prefix(80))")
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let parsed = Int(value), parsed >= 0 else {
                    resynchronise(after: consumed)
                    return .malformedHeader("Content-Length 不是非负整数：\(value.prefix(40))")
                }
                length = parsed
            }
        }
        guard let length else {
            resynchronise(after: consumed)
            return .malformedHeader("消息头缺少 Content-Length")
        }
        buffer.removeFirst(consumed)
        if length > maxBody {
            skipping = (length, length, Data())
        } else {
            bodyLength = length
        }
        return next()
    }

    /// After a bad header: drop at least `count` bytes, then everything before the next
    /// "Content-Length" so the following well-formed message is read again.
    private mutating func resynchronise(after count: Int) {
        buffer.removeFirst(min(count, buffer.count))
        resyncing = true
    }
}

/// Writes `body` as one framed message.
public func contentLengthFrame(_ body: String) -> Data {
    let bytes = Data(body.utf8)
    var out = Data("Content-Length: \(bytes.count)\r\n\r\n".utf8)
    out.append(bytes)
    return out
}
