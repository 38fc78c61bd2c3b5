/// A small deterministic PRNG (SplitMix64), so a run is reproduced from its seed.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutations aimed at what zongjie reads: Chinese numbering markers, YAML and
/// XML syntax, encodings (GB18030, UTF-16, broken UTF-8), huge lines, deep nesting.
struct Mutator {
    var random: SeededGenerator
    /// Inputs the mutations never grow beyond.
    var maxLength = 256 * 1024

    /// Tokens spliced in: markers, dates, YAML and XML syntax, odd bytes.
    static let tokens: [[UInt8]] = [
        "一、", "（一）", "1.", "1．", "（1）", "(二)", "十一、", "第一，", "一是", "二是", "一方面",
        "2024年", "二〇二四年十二月三十一日", "2025年1月5日", "特此报告。", "某某局", "【待填：", "】", "XX",
        "\n", "\r\n", "\r", "\t", "  ", "\u{3000}", "\u{FEFF}", "\u{200B}", "\u{0}", "。", "，", "；", "：", "%", "万元",
        ": ", "- ", "&a ", "*a", "<<: *a", "[", "]", "{", "}", "\"", "'", "|", ">", "? ", "---", "...", "!!str ", "#",
        "<w:p>", "</w:p>", "<w:r><w:t>", "</w:t></w:r>", "<w:pStyle w:val=\"1\"/>", "<w:numPr><w:ilvl w:val=\"9\"/><w:numId w:val=\"1\"/></w:numPr>",
        "<!DOCTYPE x>", "<!ENTITY a \"b\">", "&amp;", "&#0;", "&#x110000;", "<![CDATA[", "]]>", "<w:fldChar w:fldCharType=\"begin\"/>",
        "<!-- zongjie-disable -->", "<!-- zongjie-disable-next-line wording:交待 -->",
    ].map { Array($0.utf8) } + [
        [0xFF, 0xFE], [0xFE, 0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8],
        [0xD2, 0xBB, 0xA1, 0xA2], [0x81, 0x30, 0x81, 0x30], [0x80], [0xFF],
    ]

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// One to eight stacked mutations of `input`, spliced with `other` at times.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            bytes = mutateOnce(bytes, other: other)
            if bytes.count > maxLength { bytes.removeLast(bytes.count - maxLength) }
        }
        return bytes
    }

    private mutating func position(in bytes: [UInt8]) -> Int {
        bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
    }

    private mutating func mutateOnce(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        switch Int.random(in: 0..<11, using: &random) {
        case 0 where !bytes.isEmpty: // bit flip
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
        case 1 where !bytes.isEmpty: // random byte
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        case 2: // truncate
            bytes = Array(bytes.prefix(position(in: bytes)))
        case 3 where !bytes.isEmpty: // delete a range
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
            bytes.removeSubrange(start..<end)
        case 4, 5: // insert a token
            let token = Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &random)]
            bytes.insert(contentsOf: token, at: position(in: bytes))
        case 6 where !other.isEmpty: // splice with another seed
            let cut = position(in: bytes)
            let from = Int.random(in: 0..<other.count, using: &random)
            bytes = Array(bytes.prefix(cut)) + Array(other[from...].prefix(Int.random(in: 1...4096, using: &random)))
        case 7 where !bytes.isEmpty: // duplicate a range (long lines, repeated sections)
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let piece = Array(bytes[start..<min(bytes.count, start + Int.random(in: 1...200, using: &random))])
            let times = Int.random(in: 1...(piece.count < 8 ? 2000 : 200), using: &random)
            bytes.insert(contentsOf: Array(repeating: piece, count: times).joined(), at: position(in: bytes))
        case 8: // deep nesting of numbering or brackets
            let unit: [UInt8] = [Array("（一）1.（1）".utf8), Array("[".utf8), Array("- ".utf8), Array("<w:p>".utf8), Array("  ".utf8)][Int.random(in: 0..<5, using: &random)]
            bytes.insert(contentsOf: Array(repeating: unit, count: Int.random(in: 10...3000, using: &random)).joined(), at: position(in: bytes))
        case 9: // a run of random UTF-8 scalars
            var scalars: [UInt8] = []
            for _ in 0..<Int.random(in: 1...32, using: &random) {
                let value = [UInt32.random(in: 0x20...0x7E, using: &random), UInt32.random(in: 0x4E00...0x9FFF, using: &random),
                             UInt32.random(in: 0x3000...0x303F, using: &random), UInt32.random(in: 0xFF00...0xFFEF, using: &random),
                             UInt32.random(in: 0x10000...0x10FFFF, using: &random)][Int.random(in: 0..<5, using: &random)]
                if let scalar = Unicode.Scalar(value) { scalars += Array(String(Character(scalar)).utf8) }
            }
            bytes.insert(contentsOf: scalars, at: position(in: bytes))
        default: // swap line endings
            bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        }
        return bytes
    }
}
