/// Repairs the two slips that most often enter facts typed on an English
/// keyboard, so drafts keep GB/T 15834 punctuation: half-width , ; : ? ! ( )
/// next to Chinese text become full-width, and spaces between Chinese and
/// digits or Latin letters are dropped.
public enum ChineseTextNormalizer {
    private static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    /// Whether `scalar` is a CJK ideograph or CJK punctuation.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x3000...0x303F).contains(scalar.value) || (0xFF01...0xFF5E).contains(scalar.value)
            || scalar == "“" || scalar == "”" || scalar == "‘" || scalar == "’"
    }

    /// `text` with half-width punctuation beside Chinese made full-width and stray spaces removed.
    public static func normalize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let hasChinese = scalars.contains(where: isChinese)
        guard hasChinese else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let besideChinese = previous.map(isChinese) == true || next.map(isChinese) == true
            if scalar == " " || scalar == "\u{3000}" {
                // Keep spaces between two Latin words; drop those touching Chinese.
                if besideChinese { continue }
                result.append(scalar)
                continue
            }
            if let wide = fullWidth[scalar] {
                // A colon between digits is a time (8:00); a comma between digits a thousands separator.
                let betweenDigits = previous?.properties.numericType != nil && next?.properties.numericType != nil
                if scalar == "(" || scalar == ")" || (besideChinese && !betweenDigits) || (!betweenDigits && scalar != ":" && scalar != ",") {
                    result.append(wide)
                    continue
                }
            }
            result.append(scalar)
        }
        return String(result)
    }
}
