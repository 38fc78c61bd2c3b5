import Foundation

/// Checks, before ZIPFoundation reads a zip, that every entry's compressed data
/// lies inside the file. ZIPFoundation trusts the sizes and offsets a zip
/// declares: reading past the end, it trapped (in-memory archive) or looped for
/// ever on a zero-byte read (file archive) — both found by fuzzing.
enum ZipBounds {
    private static let endOfCentralDirectory: UInt32 = 0x0605_4B50
    private static let centralHeader: UInt32 = 0x0201_4B50
    private static let localHeader: UInt32 = 0x0403_4B50

    /// Throws `damagedZip` when the central directory or an entry's data reaches past the end of `data`.
    static func check(_ bytes: [UInt8], path: String) throws(DocxError) {
        func fail(_ reason: String) -> DocxError { .damagedZip(path: path, reason: reason) }
        guard let end = findEnd(bytes) else { throw fail("找不到 zip 目录") }
        let count = Int(read16(bytes, end + 10))
        var position = Int(read32(bytes, end + 16))
        for index in 0..<count {
            guard position + 46 <= bytes.count, read32(bytes, position) == centralHeader else {
                throw fail("zip 目录第 \(index + 1) 项超出文件末尾")
            }
            let nameLength = Int(read16(bytes, position + 28))
            let extraLength = Int(read16(bytes, position + 30))
            let commentLength = Int(read16(bytes, position + 32))
            var compressed = UInt64(read32(bytes, position + 20))
            var offset = UInt64(read32(bytes, position + 42))
            let extraStart = position + 46 + nameLength
            guard extraStart + extraLength + commentLength <= bytes.count else { throw fail("zip 目录第 \(index + 1) 项超出文件末尾") }
            if compressed == 0xFFFF_FFFF || offset == 0xFFFF_FFFF || read32(bytes, position + 24) == 0xFFFF_FFFF {
                let zip64 = zip64Values(bytes, from: extraStart, length: extraLength,
                                        uncompressed: read32(bytes, position + 24) == 0xFFFF_FFFF,
                                        compressed: compressed == 0xFFFF_FFFF, offset: offset == 0xFFFF_FFFF)
                compressed = zip64.compressed ?? compressed
                offset = zip64.offset ?? offset
            }
            guard offset < UInt64(bytes.count), Int(offset) + 30 <= bytes.count, read32(bytes, Int(offset)) == localHeader else {
                throw fail("第 \(index + 1) 个条目的位置超出文件末尾或不是条目开头")
            }
            let local = Int(offset)
            let dataStart = UInt64(local + 30) + UInt64(read16(bytes, local + 26)) + UInt64(read16(bytes, local + 28))
            guard dataStart.addingReportingOverflow(compressed).partialValue <= UInt64(bytes.count), compressed <= UInt64(bytes.count) else {
                throw fail("第 \(index + 1) 个条目的数据超出文件末尾，文件可能被截断")
            }
            position = extraStart + extraLength + commentLength
        }
    }

    /// Offset of the end-of-central-directory record (searched from the end, past any comment).
    private static func findEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if read32(bytes, position) == endOfCentralDirectory { return position }
            position -= 1
        }
        return nil
    }

    /// ZIP64 extended information (extra field 0x0001): the values present, in the order the spec gives.
    private static func zip64Values(_ bytes: [UInt8], from start: Int, length: Int, uncompressed: Bool, compressed: Bool, offset: Bool)
        -> (compressed: UInt64?, offset: UInt64?) {
        var position = start
        while position + 4 <= start + length {
            let id = read16(bytes, position)
            let size = Int(read16(bytes, position + 2))
            if id == 0x0001 {
                var field = position + 4
                func next() -> UInt64? {
                    guard field + 8 <= position + 4 + size, field + 8 <= bytes.count else { return nil }
                    defer { field += 8 }
                    return UInt64(read32(bytes, field)) | UInt64(read32(bytes, field + 4)) << 32
                }
                if uncompressed { _ = next() }
                let compressedValue = compressed ? next() : nil
                let offsetValue = offset ? next() : nil
                // A marker without its value: make the check fail rather than trust 0xFFFFFFFF.
                return (compressed ? (compressedValue ?? UInt64.max) : nil, offset ? (offsetValue ?? UInt64.max) : nil)
            }
            position += 4 + size
        }
        return (compressed ? UInt64.max : nil, offset ? UInt64.max : nil)
    }

    private static func read16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
