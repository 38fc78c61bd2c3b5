/// The parts of a 公文 around and after its 落款 that are not the body's structure (GB/T 9704
/// 7.3.4, 7.3.6, 7.3.7, 7.4): the 附件说明 list before the 落款, and after it the 附注, the
/// attachment pages and the 版记. Read as what they are, they neither pose as numbered
/// headings nor hide the 落款.
public enum BackMatter {
    /// Where the back matter starts in `lines` (`lines.count` when there is none): the first
    /// attachment page heading (附件 / 附件2 alone on a line) shortly after a date line, else the
    /// 版记 lines at the end (抄送：…, …印发, rules), and a 附注 （……） right after the date.
    public static func start(of lines: [ParsedLine], from first: Int) -> Int {
        var end = lines.count
        while end > first, lines[end - 1].length <= 80, isImprintLine(lines[end - 1].text) { end -= 1 }
        // `length` first: `text` builds a String, and a long document has many lines.
        if let page = (first..<end).first(where: { index in
            lines[index].length <= 8 && isAttachmentPageHeading(lines[index].text)
                && (max(first, index - 3)..<index).contains { DateLineParser.parse(lines[$0].text) != nil }
        }) {
            end = page
        }
        // 附注 (此件公开发布) sits on the line below the 成文日期.
        if end - 1 > first, lines[end - 1].length <= 40, isNote(lines[end - 1].text), DateLineParser.parse(lines[end - 2].text) != nil { end -= 1 }
        return end
    }

    /// Where the 附件说明 before the 落款 starts (`end` when there is none): a line opening
    /// with 附件： and, for several attachments, the numbered names under it.
    public static func attachmentNoteStart(_ lines: [ParsedLine], from first: Int, to end: Int) -> Int {
        var index = end
        while index > first, end - index < 30 {
            let text = lines[index - 1].text
            if isAttachmentNoteOpening(text) { return index - 1 }
            guard startsWithArabicLabel(text) else { return end }
            index -= 1
        }
        return end
    }

    /// 附件：… or 附件:…
    public static func isAttachmentNoteOpening(_ text: String) -> Bool {
        text.hasPrefix("附件：") || text.hasPrefix("附件:")
    }

    /// A line of the 版记: 抄送：…, 印发机关和印发日期 (…2026年1月5日印发), or a rule line.
    public static func isImprintLine(_ text: String) -> Bool {
        if text.hasPrefix("抄送：") || text.hasPrefix("抄送:") || text.hasPrefix("抄报：") { return true }
        if text.hasSuffix("印发") && text.contains("年") && text.contains("月") && text.unicodeScalars.count <= 60 { return true }
        // A rule line: at least three rule marks and nothing else besides spaces; settled at
        // the first other scalar, without collecting the line's scalars.
        var marks = 0
        for scalar in text.unicodeScalars where !LineScanner.isSpace(scalar) {
            guard "—-_=━─".unicodeScalars.contains(scalar) else { return false }
            marks += 1
        }
        return marks >= 3
    }

    /// 附件, 附件1, 附件2, 附件一 alone on a line: the heading of an attachment page (7.3.7).
    public static func isAttachmentPageHeading(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.filter { !LineScanner.isSpace($0) })
        guard scalars.count >= 2, scalars.count <= 5, scalars[0] == "附", scalars[1] == "件" else { return false }
        return scalars.dropFirst(2).allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || ChineseNumerals.isNumeralScalar($0) }
    }

    /// A 附注: the whole line in round brackets.
    static func isNote(_ text: String) -> Bool {
        (text.hasPrefix("（") && text.hasSuffix("）")) || (text.hasPrefix("(") && text.hasSuffix(")"))
    }

    /// 1. 1、 1． (1) （1） at the start of a line: an item of the attachment list.
    static func startsWithArabicLabel(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard var scalar = scalars.next() else { return false }
        if scalar == "（" || scalar == "(" { guard let next = scalars.next() else { return false }; scalar = next }
        guard scalar.value >= 0x30 && scalar.value <= 0x39 else { return false }
        while let next = scalars.next() {
            if next.value >= 0x30 && next.value <= 0x39 { continue }
            return [".", "．", "、", "）", ")"].contains(next)
        }
        return false
    }
}
