/// A section or item marker found at the start of a line or paragraph.
public struct NumberingMarker: Sendable, Hashable, Codable {
    public var style: NumberingStyle
    /// 1-based position in its sequence (一 → 1, （三） → 3, 另一方面 → 2).
    public var ordinal: Int
    /// The marker exactly as written, e.g. "1、", "(一)", "（一）、".
    public var text: String
    /// How many Unicode scalars the marker occupies, for columns and fixes.
    public var scalarCount: Int

    public init(style: NumberingStyle, ordinal: Int, text: String) {
        self.style = style
        self.ordinal = ordinal
        self.text = text
        self.scalarCount = text.unicodeScalars.count
    }

    /// A marker whose scalar count the parser already knows.
    init(style: NumberingStyle, ordinal: Int, text: String, scalarCount: Int) {
        self.style = style
        self.ordinal = ordinal
        self.text = text
        self.scalarCount = scalarCount
    }

    /// The GB/T 9704 form of this marker.
    public var canonicalText: String { style.canonicalMarker(ordinal) }

    /// Whether the marker is written in its GB/T 9704 form (全角括号, 1. not 1、, no 、 after a bracket).
    public var isCanonical: Bool { text == canonicalText }
}

extension NumberingMarker {
    /// Recognises a marker at the start of `line` (leading spaces and Markdown `#`
    /// are the caller's to strip). Returns nil when the line does not start with one.
    ///
    /// Accepts the variants real documents use: 1、 1． 1. ；(一) （一）、 (1) ；一是 ；一要 ；一方面 ；第一，.
    public static func parse(_ line: Substring) -> NumberingMarker? {
        // Most lines open with a word, not a marker: settle them on the first scalar
        // before copying any.
        guard let first = line.unicodeScalars.first, mayOpenMarker(first) else { return nil }
        var line = line
        return line.withUTF8 { bytes in
            // The first twelve scalars decoded from the UTF-8 into stack buffers, with their
            // byte offsets so the marker's text is sliced from the line, not rebuilt.
            withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 12) { scalars in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 13) { offsets in
                    var count = 0
                    var index = 0
                    while count < 12, index < bytes.count {
                        let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: bytes.count)
                        scalars.initializeElement(at: count, to: scalar)
                        offsets.initializeElement(at: count, to: index)
                        count += 1
                        index += length
                    }
                    offsets.initializeElement(at: count, to: index)
                    let head = Head(
                        scalars: UnsafeBufferPointer(rebasing: scalars[0..<count]),
                        offsets: UnsafeBufferPointer(rebasing: offsets[0...count]),
                        bytes: bytes
                    )
                    return parse(head, first: first)
                }
            }
        }
    }

    /// The first scalars of a line being parsed, with their byte offsets in its UTF-8.
    private struct Head {
        let scalars: UnsafeBufferPointer<Unicode.Scalar>
        let offsets: UnsafeBufferPointer<Int>
        let bytes: UnsafeBufferPointer<UInt8>

        var count: Int { scalars.count }

        subscript(index: Int) -> Unicode.Scalar { scalars[index] }

        /// The text of the first `end` scalars.
        func text(_ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<offsets[end]]), as: UTF8.self)
        }

        func starts(with word: [Unicode.Scalar]) -> Bool {
            scalars.starts(with: word)
        }
    }

    private static func parse(_ scalars: Head, first: Unicode.Scalar) -> NumberingMarker? {
        if first == "（" || first == "(" {
            return parseBracketed(scalars)
        }
        if isASCIIDigit(first) {
            return parseArabic(scalars)
        }
        if first == "第" {
            return parseDiYi(scalars)
        }
        if first == "一" && scalars.starts(with: yiFangMian) {
            return NumberingMarker(style: .aspect, ordinal: 1, text: "一方面")
        }
        if first == "另" && scalars.starts(with: lingYiFangMian) {
            return NumberingMarker(style: .aspect, ordinal: 2, text: "另一方面")
        }
        if ChineseNumerals.isNumeralScalar(first) {
            return parseChinese(scalars)
        }
        return nil
    }

    private static let yiFangMian = Array("一方面".unicodeScalars)
    private static let lingYiFangMian = Array("另一方面".unicodeScalars)

    /// "0"…"9": the ASCII scalars whose numeric type is decimal.
    @inline(__always)
    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether a marker can start with `first` (the scalars `parse` goes on to look at).
    @inline(__always)
    static func mayOpenMarker(_ first: Unicode.Scalar) -> Bool {
        switch first {
        case "（", "(", "0"..."9", "第", "另": true
        default: ChineseNumerals.isNumeralScalar(first)
        }
    }

    private static func numeralRun(_ scalars: Head, from start: Int) -> (value: Int, end: Int)? {
        var end = start
        while end < scalars.count, ChineseNumerals.isNumeralScalar(scalars[end]), end - start < 4 { end += 1 }
        guard end > start, let value = ChineseNumerals.value(ofScalarSlice: scalars.scalars[start..<end]), value > 0 else {
            return nil
        }
        return (value, end)
    }

    private static func digitRun(_ scalars: Head, from start: Int) -> (value: Int, end: Int)? {
        var end = start
        var value = 0
        // Int(String(scalar)) of one ASCII scalar is its digit exactly for "0"…"9".
        while end < scalars.count, isASCIIDigit(scalars[end]), end - start < 3 {
            value = value * 10 + Int(scalars[end].value - 0x30)
            end += 1
        }
        guard end > start, value > 0 else { return nil }
        return (value, end)
    }

    /// The marker made of the first `end` scalars.
    private static func marker(_ style: NumberingStyle, _ ordinal: Int, _ scalars: Head, _ end: Int) -> NumberingMarker {
        NumberingMarker(style: style, ordinal: ordinal, text: text(scalars, end), scalarCount: end)
    }

    private static func text(_ scalars: Head, _ end: Int) -> String {
        scalars.text(end)
    }

    private static func parseBracketed(_ scalars: Head) -> NumberingMarker? {
        let style: NumberingStyle
        let value: Int
        var end: Int
        if let run = numeralRun(scalars, from: 1) {
            style = .chineseParen
            (value, end) = run
        } else if let run = digitRun(scalars, from: 1) {
            style = .arabicParen
            (value, end) = run
        } else {
            return nil
        }
        guard end < scalars.count, scalars[end] == "）" || scalars[end] == ")" else { return nil }
        end += 1
        // "（一）、" is a common error; keep the stray 、 in the marker so a fix removes it.
        if end < scalars.count, scalars[end] == "、" || scalars[end] == "." || scalars[end] == "．" { end += 1 }
        return marker(style, value, scalars, end)
    }

    private static func parseArabic(_ scalars: Head) -> NumberingMarker? {
        guard let (value, digitsEnd) = digitRun(scalars, from: 0), digitsEnd < scalars.count else { return nil }
        let separator = scalars[digitsEnd]
        guard separator == "." || separator == "、" || separator == "．" else { return nil }
        // "1.5万元" is a figure, not a marker.
        if separator == "." || separator == "．", digitsEnd + 1 < scalars.count,
           isASCIIDigit(scalars[digitsEnd + 1]) {
            return nil
        }
        // A year or a big figure ("2023、2024年") is not an item number.
        guard value < 100 else { return nil }
        return marker(.arabicDot, value, scalars, digitsEnd + 1)
    }

    private static func parseChinese(_ scalars: Head) -> NumberingMarker? {
        guard let (value, end) = numeralRun(scalars, from: 0), end < scalars.count else { return nil }
        let next = scalars[end]
        if next == "、" || next == "." || next == "．" {
            return marker(.chineseComma, value, scalars, end + 1)
        }
        if next == "是" {
            return marker(.ordinalShi, value, scalars, end + 1)
        }
        // 一要/二要 enumerate resolutions; "一要素" is a word, not a marker.
        if next == "要", end + 1 >= scalars.count || scalars[end + 1] != "素" {
            return marker(.ordinalYao, value, scalars, end + 1)
        }
        return nil
    }

    private static func parseDiYi(_ scalars: Head) -> NumberingMarker? {
        guard let (value, end) = numeralRun(scalars, from: 1), end < scalars.count else { return nil }
        let next = scalars[end]
        guard next == "，" || next == "," || next == "、" else { return nil }
        return marker(.diYi, value, scalars, end + 1)
    }
}
