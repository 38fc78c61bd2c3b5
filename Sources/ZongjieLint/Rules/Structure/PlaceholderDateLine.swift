import ZongjieCore

/// A 落款 date left unfilled at the end of the text: 2025年X月X日, 2025年  月  日,
/// 【待填：成文日期】. The structure parser takes no such line for a date, so the 落款 looks
/// absent; `missing-section` leaves it to `placeholder`, which reports the unfilled date.
enum PlaceholderDateLine {
    /// The unfilled date line ending the text, unless the document has a real signature date.
    static func find(in context: LintContext) -> (range: SourceRange, text: String)? {
        guard context.document.signature?.date == nil else { return nil }
        let source = context.source
        var number = source.lines.count
        while number >= 1 {
            // An unfilled date ends in 日, a fill-in mark opens with 【: most texts end in a
            // paragraph, and their last line is read no further than its two ends.
            guard let opening = LineText.firstScalar(source, line: number, skipping: isWhitespace) else {
                number -= 1
                continue
            }
            guard opening == "【" || LineText.lastScalar(source, line: number, skipping: isWhitespace) == "日" else { return nil }
            let line = context.scans.line(number)
            guard let first = line.scalars.firstIndex(where: { !isWhitespace($0) }) else {
                number -= 1
                continue
            }
            let last = line.scalars.lastIndex { !isWhitespace($0) } ?? first
            // Most texts end in a paragraph, not a date: no copy of it (the test answers from
            // its first few scalars when the line is long).
            guard isUnfilledDate(line.scalars[first...last]) else { return nil }
            let text = Array(line.scalars[first...last])
            return (line.range(first, last + 1, in: context.source), String(String.UnicodeScalarView(text)))
        }
        return nil
    }

    /// Whether `text` (one line, trimmed) is a date with its figures not filled in, or a
    /// fill-in mark that asks for the date.
    static func isUnfilledDate(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        if text.first == "【" {
            guard text.count <= 80 else { return false }
            let words = String(String.UnicodeScalarView(text))
            let asks = words.hasPrefix("【待") || words.hasPrefix("【请填") || words.hasPrefix("【填写")
            return asks && (words.contains("日期") || words.contains("落款"))
        }
        // At most 20 scalars besides whitespace: stop reading a long line at the 21st (the
        // whitespace test is a Unicode property lookup per scalar).
        var compact: [Unicode.Scalar] = []
        for scalar in text where !isWhitespace(scalar) {
            guard compact.count < 20 else { return false }
            compact.append(scalar)
        }
        guard (5...20).contains(compact.count), let year = compact.firstIndex(of: "年"), let day = compact.lastIndex(of: "日"),
              year < day, compact.last == "日" else { return false }
        var unfilled = false
        for (index, scalar) in compact.enumerated() {
            if fillMarks.contains(scalar) {
                unfilled = true
                continue
            }
            switch scalar {
            case "年", "月", "日":
                // 2025年月日: the month or day was left out (the blanks were spaces).
                if index > 0, ["年", "月"].contains(compact[index - 1]), scalar != "年" { unfilled = true }
            default:
                guard CJK.isASCIIDigit(scalar) || CJK.isFullWidthDigit(scalar) || ChineseNumerals.isNumeralScalar(scalar) else { return false }
            }
        }
        return unfilled
    }

    /// `properties.isWhitespace` without the property lookup for ASCII and CJK ideographs (the
    /// lookup is a search of Unicode's tables, asked here of every scalar read).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
        if ("\u{4E00}"..."\u{9FFF}").contains(scalar) { return false }
        return scalar.properties.isWhitespace
    }

    /// Marks written where a figure of the date should be (○ is a zero in 二○二五年: not one).
    private static let fillMarks: Set<Unicode.Scalar> = ["X", "x", "×", "Ｘ", "_", "＿", "□"]
}
