import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encodings a draft may come in. Remembered so `--fix` writes the file back as it was.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"
}

/// Turns bytes into text: BOMs for UTF-8/UTF-16, plain UTF-8, else GB18030;
/// binary content is refused rather than shown as mojibake.
public enum TextDecoder {
    /// Decodes `data`; `path` is only for messages.
    public static func decode(_ data: Data, path: String) throws -> (text: String, encoding: TextEncoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            guard let text = String(validating: rest, as: UTF8.self) else { throw InputError.undecodable(path: path) }
            try refuseControlCharacters(text, path: path)
            return (text, .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let text = try decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: little, path: path)
            try refuseControlCharacters(text, path: path)
            return (text, little ? .utf16LittleEndian : .utf16BigEndian)
        }
        if bytes.contains(0) { throw InputError.binary(path: path) }
        if let text = String(validating: bytes, as: UTF8.self) {
            try refuseControlCharacters(text, path: path)
            return (text, .utf8)
        }
        guard let text = gb18030(bytes) else { throw InputError.undecodable(path: path) }
        try refuseControlCharacters(text, path: path)
        return (text, .gb18030)
    }

    /// Encodes `text` back into `encoding` (for writing fixes).
    public static func encode(_ text: String, as encoding: TextEncoding) -> Data? {
        switch encoding {
        case .utf8: return Data(text.utf8)
        case .utf8WithBOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .utf16LittleEndian, .utf16BigEndian:
            var bytes: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in text.utf16 {
                let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
                bytes += encoding == .utf16LittleEndian ? [low, high] : [high, low]
            }
            return Data(bytes)
        case .gb18030: return convert(Array(text.utf8), from: "UTF-8", to: "GB18030").map { Data($0) }
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool, path: String) throws -> String {
        guard bytes.count % 2 == 0 else { throw InputError.undecodable(path: path) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw InputError.undecodable(path: path)
            }
        }
        return text
    }

    /// Text files hold no control characters besides tab, newline, CR and form feed.
    /// Counted on UTF-8 bytes: a control character is one byte below 0x20, and every byte
    /// that is not a continuation byte (10xxxxxx) starts one scalar.
    private static func refuseControlCharacters(_ text: String, path: String) throws {
        var text = text
        let (controls, scalars, hasNul) = text.withUTF8 { bytes -> (Int, Int, Bool) in
            var controls = 0, scalars = 0, hasNul = false
            for byte in bytes {
                if byte & 0xC0 != 0x80 { scalars += 1 }
                guard byte < 0x20 else { continue }
                if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C { continue }
                controls += 1
                if byte == 0 { hasNul = true }
            }
            return (controls, scalars, hasNul)
        }
        if controls > 0 && controls * 200 > max(scalars, 1) { throw InputError.binary(path: path) }
        if hasNul { throw InputError.binary(path: path) }
    }

    /// GB18030 bytes as text, or nil when they are not valid GB18030.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        guard let utf8 = convert(bytes, from: "GB18030", to: "UTF-8") else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// Converts with iconv; nil on any invalid or incomplete sequence.
    static func convert(_ input: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let converter = iconv_open(target, source)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var inputCopy = input
        let outputCapacity = output.count
        let result: Int? = inputCopy.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard status != -1, inLeft == 0 else { return nil }
                return outputCapacity - outLeft
            }
        }
        guard let written = result else { return nil }
        return Array(output.prefix(written))
    }
}
