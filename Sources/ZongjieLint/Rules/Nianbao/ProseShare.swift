import ZongjieCore

/// A share written after a count: "（17.46%）", "（占 34.2%）", "，占办结总数的 34.2%", "，占比 4.35%".
enum ProseShare {
    /// The percentage starting at `start` (just after 件), with the base its words name.
    static func after(_ text: [ProseScalar], at start: Int) -> (value: Double, decimals: Int, range: SourceRange, base: ProseFigure.Base?)? {
        guard start < text.count else { return nil }
        var index = start
        let opener = text[index].scalar
        let inBrackets = opener == "（" || opener == "("
        guard inBrackets || opener == "，" || opener == "," else { return nil }
        index += 1
        while index < text.count, ProseFigureScanner.isSpace(text[index].scalar) { index += 1 }
        // After a comma the share must be introduced by 占: "，12 件" is the next count.
        let saysShare = index < text.count && text[index].scalar == "占"
        guard inBrackets || saysShare else { return nil }
        var baseWords = String.UnicodeScalarView()
        if saysShare {
            index += 1
            // "占办结总数的", "占比": at most a few words before the figure.
            while index < text.count, ProseFigureScanner.digitValue(text[index].scalar) == nil, baseWords.count < 12 {
                let scalar = text[index].scalar
                if "，。；）)".unicodeScalars.contains(scalar) { return nil }
                if !ProseFigureScanner.isSpace(scalar) { baseWords.append(scalar) }
                index += 1
            }
        }
        let numberStart = index
        var digits = String.UnicodeScalarView()
        var decimals = 0
        var sawPoint = false
        while index < text.count {
            let scalar = text[index].scalar
            if let digit = ProseFigureScanner.digitValue(scalar), let ascii = Unicode.Scalar(48 + UInt32(digit)) {
                digits.append(ascii)
                if sawPoint { decimals += 1 }
            } else if scalar == "." || scalar == "．", !sawPoint {
                digits.append(".")
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        while index < text.count, ProseFigureScanner.isSpace(text[index].scalar) { index += 1 }
        guard index < text.count, text[index].scalar == "%" || text[index].scalar == "％", let value = Double(String(digits)), numberStart < index else { return nil }
        let range = SourceRange(start: text[numberStart].position, end: SourcePosition(line: text[index].position.line, column: text[index].position.column + 1))
        return (value, decimals, range, base(String(baseWords)))
    }

    private static func base(_ words: String) -> ProseFigure.Base? {
        if words.contains("办结") || words.contains("办理") || words.contains("答复") { return .handled }
        if words.contains("新收") || words.contains("收到") || words.contains("受理") { return .received }
        return nil
    }
}
