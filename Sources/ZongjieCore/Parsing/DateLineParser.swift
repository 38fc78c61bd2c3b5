/// Recognises a 成文日期 line: 2023年12月13日, 2023年03月05日, 二〇二三年十二月十三日,
/// 2023.12.13, 2023-12-13, 2023/12/13.
public enum DateLineParser {
    /// The date written on `text` (the whole line, spaces allowed between parts), or nil.
    public static func parse(_ text: String, range: SourceRange? = nil) -> DateLine? {
        // The parser tries the last line of every document, often a whole paragraph: count
        // its non-space scalars on the bytes, stopping past 20, before building anything.
        guard (6...20).contains(nonSpaceCount(text, upTo: 21)) else { return nil }
        let scalars = Array(text.unicodeScalars.filter { !LineScanner.isSpace($0) })
        guard scalars.count >= 6, scalars.count <= 20 else { return nil }
        if let parts = arabic(scalars) {
            return DateLine(text: text, year: parts.year, month: parts.month, day: parts.day, range: range)
        }
        if chinese(scalars) != nil {
            return DateLine(text: text, year: nil, month: nil, day: nil, range: range)
        }
        return nil
    }

    /// The number of scalars in `text` that are not spaces, counting no further than `limit`.
    private static func nonSpaceCount(_ text: String, upTo limit: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var index = 0
            while index < bytes.count, count < limit {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: bytes.count)
                if !LineScanner.isSpace(scalar) { count += 1 }
                index += length
            }
            return count
        }
    }

    /// Year, month and day of a date written in Chinese numerals (二〇二三年十二月十三日), for
    /// rules that compare it; `DateLine.year` stays nil for such dates.
    public static func chinese(_ scalars: [Unicode.Scalar]) -> (year: Int, month: Int, day: Int)? {
        guard let yearEnd = scalars.firstIndex(of: "年"), yearEnd == 4,
              let monthEnd = scalars.firstIndex(of: "月"), monthEnd > yearEnd + 1,
              scalars.last == "日", scalars.count - 1 > monthEnd + 1 else { return nil }
        var year = 0
        for scalar in scalars[0..<4] {
            guard let digit = ChineseNumerals.value(ofScalars: [scalar]) ?? (scalar == "〇" || scalar == "○" || scalar == "零" ? 0 : nil) else { return nil }
            year = year * 10 + digit
        }
        guard let month = ChineseNumerals.value(ofScalars: Array(scalars[(yearEnd + 1)..<monthEnd])),
              let day = ChineseNumerals.value(ofScalars: Array(scalars[(monthEnd + 1)..<(scalars.count - 1)])),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }

    /// Year, month and day of a date in Arabic digits, with 年月日 or . - / separators.
    public static func arabic(_ scalars: [Unicode.Scalar]) -> (year: Int, month: Int, day: Int)? {
        var numbers: [Int] = []
        var separators: [Unicode.Scalar] = []
        var current: Int?
        for scalar in scalars {
            if scalar.isASCII, let digit = Int(String(scalar)) {
                current = (current ?? 0) * 10 + digit
                guard current! < 10000 else { return nil }
            } else {
                guard let value = current else { return nil }
                numbers.append(value)
                separators.append(scalar)
                current = nil
            }
        }
        if let value = current {
            numbers.append(value)
        }
        guard numbers.count == 3 else { return nil }
        let chineseForm = separators == ["年", "月", "日"]
        let punctuated = separators.count == 2 && separators[0] == separators[1] && [".", "-", "/", "．"].contains(separators[0])
        guard chineseForm || punctuated else { return nil }
        let (year, month, day) = (numbers[0], numbers[1], numbers[2])
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }
}
