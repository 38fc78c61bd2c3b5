/// Figures stated in prose — an Arabic number with a counting unit or a percent sign
/// (1260条, 6.15%, 1.2万元, 1100余亩) — as `zongjie import` marks them for updating and the
/// previous-year rules compare them. Dates, years, clock times, document numbers and
/// numbers glued to Latin letters (S3线, 5G) or inside 《》 are not figures.
public struct TextFigure: Sendable, Hashable {
    /// Scalar offsets `[start, end)` in the text: number, multiplier, 余/多 and unit.
    public var start: Int
    public var end: Int
    /// The number as written ("1,260", "6.15").
    public var number: String
    /// What follows the number: "条", "万元", "余亩", "%".
    public var unit: String
    /// The value, 万/亿 applied (percentages as shown: 6.15).
    public var value: Double
    /// Digits after the decimal point, for rounding.
    public var decimals: Int
    /// The unit without multiplier and 余/多 ("元" for "万元"), for comparing figures.
    public var baseUnit: String

    public var isPercent: Bool { baseUnit == "%" }
}

public enum ProseFigures {
    /// Counting units, longest first.
    static let units: [[Unicode.Scalar]] = [
        "个百分点", "平方公里", "平方米", "立方米", "公里", "公顷", "人次", "户次", "小时", "课时",
        "元", "件", "条", "个", "人", "名", "户", "家", "次", "项", "起", "例", "篇", "份", "场", "台", "辆",
        "所", "座", "组", "处", "间", "批", "期", "吨", "米", "亩", "天", "倍", "位", "张", "套", "栋", "部",
        "种", "类", "轮", "笔", "宗", "册", "万", "亿", "%", "％",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Every figure in `text`, in order.
    public static func figures(in text: String) -> [TextFigure] {
        figures(in: Array(text.unicodeScalars))
    }

    /// Every figure in `scalars`, in order.
    public static func figures(in scalars: [Unicode.Scalar]) -> [TextFigure] {
        var result: [TextFigure] = []
        var bookDepth = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "《" { bookDepth += 1 }
            if scalar == "》" { bookDepth = max(0, bookDepth - 1) }
            guard isDigit(scalar) else { index += 1; continue }
            var end = index
            while end < scalars.count, isDigit(scalars[end]) || ((scalars[end] == "," || scalars[end] == ".") && end + 1 < scalars.count && isDigit(scalars[end + 1]) && end > index) {
                end += 1
            }
            defer { index = max(end, index + 1) }
            if bookDepth > 0 { continue }
            if index > 0, isLatin(scalars[index - 1]) || scalars[index - 1] == "." || scalars[index - 1] == "-" && index > 1 && isDigit(scalars[index - 2]) { continue }
            guard let figure = figure(scalars, start: index, numberEnd: end) else { continue }
            result.append(figure)
            end = figure.end
        }
        return result
    }

    private static func figure(_ scalars: [Unicode.Scalar], start: Int, numberEnd: Int) -> TextFigure? {
        let numberScalars = scalars[start..<numberEnd].map { normalisedDigit($0) }
        let number = String(String.UnicodeScalarView(scalars[start..<numberEnd]))
        let plain = String(String.UnicodeScalarView(numberScalars.filter { $0 != "," }))
        guard var value = Double(plain) else { return nil }
        let decimals = plain.split(separator: ".").dropFirst().first?.count ?? 0
        var index = numberEnd
        var multiplier = ""
        if index < scalars.count, scalars[index] == "万" || scalars[index] == "亿" {
            multiplier = String(scalars[index])
            value *= scalars[index] == "万" ? 10_000 : 100_000_000
            index += 1
        }
        var hedge = ""
        if index < scalars.count, scalars[index] == "余" || scalars[index] == "多" {
            hedge = String(scalars[index])
            index += 1
        }
        guard let unit = units.first(where: { has($0, in: scalars, at: index) }) else {
            // 1.2万 alone is a figure too (万 then no unit).
            guard !multiplier.isEmpty else { return nil }
            return TextFigure(start: start, end: index, number: number, unit: multiplier + hedge, value: value, decimals: decimals, baseUnit: multiplier)
        }
        let unitText = String(String.UnicodeScalarView(unit))
        let end = index + unit.count
        if let next = end < scalars.count ? scalars[end] : nil, isLatin(next) { return nil }
        let base = unitText == "％" ? "%" : unitText
        return TextFigure(start: start, end: end, number: number, unit: multiplier + hedge + unitText, value: value,
                           decimals: decimals, baseUnit: base)
    }

    public static func has(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + word.count <= scalars.count else { return false }
        for offset in word.indices where scalars[index + offset] != word[offset] { return false }
        return true
    }

    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    private static func normalisedDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard ("０"..."９").contains(scalar), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) else { return scalar }
        return ascii
    }

    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
