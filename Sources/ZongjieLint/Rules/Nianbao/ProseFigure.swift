import ZongjieCore

/// A count quoted in the prose ("予以公开 208 件（17.46%）"), with what it refers to.
struct ProseFigure: Sendable {
    /// What the prose says the count is.
    enum Subject: Sendable, Equatable {
        case received
        case carriedOver
        case resultTotal
        case carriedForward
        case granted
        case partlyGranted
        case grantedOrPartly
        case group(ApplicationResultGroup)
        case naturalPersons
        case organisations
    }

    var subject: Subject
    /// The words before the number, for the message ("予以公开及部分公开").
    var lead: String
    var value: Int
    var range: SourceRange
    /// A percentage written right after the count, with its digits after the point.
    var percentage: (value: Double, decimals: Int, range: SourceRange)?
}

/// Finds counts quoted in prose. PDF text is hard-wrapped mid-sentence, so lines
/// are joined into paragraphs (a blank line or a table row ends one) and each
/// scalar keeps its line and column.
enum ProseFigureScanner {
    private static let clauseBreaks: Set<Unicode.Scalar> = ["，", "。", "；", "：", "？", "！", ",", ";", "（", "(", "）", ")", "、"]

    static func figures(in source: SourceText) -> [ProseFigure] {
        var figures: [ProseFigure] = []
        var paragraph: [(scalar: Unicode.Scalar, position: SourcePosition)] = []
        func flush() {
            figures.append(contentsOf: scan(paragraph))
            paragraph.removeAll()
        }
        for number in 1...max(source.lines.count, 1) {
            let text = source.line(number)
            let isBlank = !text.unicodeScalars.contains { !isSpace($0) }
            if isBlank { flush(); continue }
            // Table rows and page footers ("— 3 —") are no prose.
            if NianbaoTableReader.isFigureRow(text) { flush(); continue }
            // A heading ends the paragraph before it and is a clause of its own.
            let isHeading = NianbaoTableReader.isHeading(text)
            if isHeading { flush() }
            defer { if isHeading { flush() } }
            for (offset, scalar) in text.unicodeScalars.enumerated() {
                paragraph.append((scalar, SourcePosition(line: number, column: offset + 1)))
            }
        }
        flush()
        return figures
    }

    private static func scan(_ text: [(scalar: Unicode.Scalar, position: SourcePosition)]) -> [ProseFigure] {
        var figures: [ProseFigure] = []
        var clauseStart = 0
        var index = 0
        while index < text.count {
            let scalar = text[index].scalar
            if clauseBreaks.contains(scalar) {
                clauseStart = index + 1
                index += 1
                continue
            }
            guard let digit = digitValue(scalar) else { index += 1; continue }
            // A whole number: digits, then optional spaces, then 件 (decimals and 年/条/% are skipped).
            var value = digit
            var end = index + 1
            while end < text.count, let next = digitValue(text[end].scalar) {
                // Saturate: a pasted run of twenty digits overflowed Int (found by fuzzing).
                value = value > (Int.max - next) / 10 ? Int.max : value * 10 + next
                end += 1
            }
            let precededByDigitOrDot = index > 0 && (digitValue(text[index - 1].scalar) != nil || text[index - 1].scalar == ".")
            var after = end
            while after < text.count, isSpace(text[after].scalar) { after += 1 }
            guard !precededByDigitOrDot, after < text.count, text[after].scalar == "件" else { index = end; continue }
            let lead = String(String.UnicodeScalarView(text[clauseStart..<index].map(\.scalar).filter { !isSpace($0) }))
            if let subject = subject(of: lead) {
                let range = SourceRange(start: text[index].position, end: SourcePosition(line: text[end - 1].position.line, column: text[end - 1].position.column + 1))
                figures.append(ProseFigure(subject: subject, lead: lead, value: value, range: range, percentage: percentage(text, after: after + 1)))
            }
            index = end
        }
        return figures
    }

    /// "（17.46%" right after 件.
    private static func percentage(_ text: [(scalar: Unicode.Scalar, position: SourcePosition)], after start: Int) -> (value: Double, decimals: Int, range: SourceRange)? {
        guard start < text.count, text[start].scalar == "（" || text[start].scalar == "(" else { return nil }
        var index = start + 1
        while index < text.count, isSpace(text[index].scalar) { index += 1 }
        let numberStart = index
        var digits = String.UnicodeScalarView()
        var decimals = 0
        var sawPoint = false
        while index < text.count {
            let scalar = text[index].scalar
            if let digit = digitValue(scalar), let ascii = Unicode.Scalar(48 + UInt32(digit)) {
                digits.append(ascii)
                if sawPoint { decimals += 1 }
            } else if (scalar == "." || scalar == "．"), !sawPoint {
                digits.append(".")
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        while index < text.count, isSpace(text[index].scalar) { index += 1 }
        guard index < text.count, text[index].scalar == "%" || text[index].scalar == "％", let value = Double(String(digits)), numberStart < index else { return nil }
        let range = SourceRange(start: text[numberStart].position, end: SourcePosition(line: text[index].position.line, column: text[index].position.column + 1))
        return (value, decimals, range)
    }

    /// What a clause's words say the following count is; nil when it is no table figure.
    static func subject(of lead: String) -> ProseFigure.Subject? {
        guard lead.unicodeScalars.count <= 40, !lead.contains("复议"), !lead.contains("诉讼"), !lead.contains("案件") else { return nil }
        if lead.contains("予以公开及部分公开") || lead.contains("予以公开和部分公开") { return .grantedOrPartly }
        if lead.contains("部分公开") { return .partlyGranted }
        if lead.contains("不予公开") { return .group(.withheld) }
        if lead.contains("予以公开") || lead.contains("同意公开") { return .granted }
        if lead.contains("无法提供") { return .group(.unavailable) }
        if lead.contains("不予处理") { return .group(.notProcessed) }
        if lead.contains("其他处理") { return .group(.otherHandling) }
        if lead.contains("上年结转") { return .carriedOver }
        if lead.contains("结转下") || lead.contains("转下一年") { return .carriedForward }
        if lead.contains("办结") || lead.hasSuffix("办理") { return .resultTotal }
        if lead.contains("自然人") { return .naturalPersons }
        if lead.contains("法人或其他组织") { return .organisations }
        let receives = lead.contains("收到") || lead.contains("受理") || lead.contains("新收")
        if receives && lead.contains("申请") { return .received }
        return nil
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        CJK.digitValue(scalar)
    }
}
