/// Finds the year a summary reports on.
public enum ReportYear {
    /// The first plausible year (1990…2100) written as 2023年 or 2023年度 in the
    /// title, else in the first opening paragraph; nil when none is written.
    public static func infer(from document: Document) -> Int? {
        if let title = document.title?.text, let year = firstYear(in: title) { return year }
        if let first = document.opening.first?.text, let year = firstYear(in: first) { return year }
        return nil
    }

    /// The first four-digit year followed by 年 in `text`.
    public static func firstYear(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            // On bytes: find each 年 (E5 B9 B4) and read the four ASCII digits before it;
            // Int() of four scalars is a year in range only when all four are "0"…"9".
            let count = bytes.count
            var index = 4
            @inline(__always) func isYearAt(_ index: Int) -> Int? {
                guard index >= 4, index + 2 < count, bytes[index] == 0xE5, bytes[index + 1] == 0xB9, bytes[index + 2] == 0xB4 else { return nil }
                return year(bytes, before: index)
            }
            // Eight bytes loaded, seven lanes judged per step: only E5 B9 (the start of 年) is
            // looked at, since an opening paragraph may be long and hold no year at all.
            if let base = bytes.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                while index + 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    let lead = word ^ (0xE5 &* ones), second = (word >> 8) ^ (0xB9 &* ones)
                    // Flags above a true match may be false; `isYearAt` checks each exactly.
                    var candidates = ((lead &- ones) & ~lead) & ((second &- ones) & ~second) & highs & 0x0080_8080_8080_8080
                    while candidates != 0 {
                        if let value = isYearAt(index + candidates.trailingZeroBitCount >> 3) { return value }
                        candidates &= candidates - 1
                    }
                    index += 7
                }
            }
            while index + 2 < count {
                if let value = isYearAt(index) { return value }
                index += 1
            }
            return nil
        }
    }

    /// The year written in the four bytes before `end`, if they are ASCII digits in 1990…2100
    /// and no decimal digit of any script comes before them.
    private static func year(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var value = 0
        for index in end - 4..<end {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        guard (1990...2100).contains(value) else { return nil }
        let start = end - 4
        if start > 0 {
            let previous = UTF8Scalars.scalarStart(bytes, before: start, from: 0)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: previous, end: start)
            if scalar.properties.numericType == .decimal { return nil }
            // The end of a span (《2021—2025年规划》, 2021年至2025年) is not the year reported on.
            if rangeMarks.contains(scalar) { return nil }
        }
        // Nor its start (2021年—2025年, 2021年至2025年): 年, a range mark, then a digit.
        let afterYear = end + 3
        if afterYear < bytes.count {
            let (mark, length) = UTF8Scalars.decode(bytes, at: afterYear, end: bytes.count)
            if rangeMarks.contains(mark), afterYear + length < bytes.count, bytes[afterYear + length] >= 0x30, bytes[afterYear + length] <= 0x39 {
                return nil
            }
        }
        return value
    }

    /// Marks that join the two ends of a span of years.
    static let rangeMarks: Set<Unicode.Scalar> = ["—", "-", "－", "–", "～", "~", "至", "到"]
}
