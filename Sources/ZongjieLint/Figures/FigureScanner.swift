import ZongjieCore

/// Finds figures (numbers with a unit or percent sign) in a decoded line.
///
/// Arabic numbers may carry a decimal part, thousands commas (1,000) and a
/// 万/亿 multiplier; simple Chinese numerals (三项, 十二个, 两次) count only
/// before a counting unit. Numbers glued to Latin letters (PM2.5, S3线, 5G)
/// are not figures.
enum FigureScanner {
    /// Units, longest first so 平方米 wins over 米 and 人次 over 人.
    static let units: [String] = [
        "微克/立方米", "个百分点", "平方公里", "平方米", "立方米", "公里", "千米", "公顷", "人次", "户次", "课时",
        "小时", "分钟",
        "元", "件", "条", "个", "人", "名", "户", "家", "次", "项", "起", "例", "篇", "份", "场", "台", "辆",
        "所", "座", "组", "只", "处", "间", "支", "批", "期", "吨", "米", "亩", "天", "年", "月", "日", "秒",
        "周", "倍", "岁", "位", "张", "本", "套", "块", "栋", "部", "种", "类", "节", "轮", "笔", "宗", "册",
        "幅", "届", "分", "号", "票", "棵", "株", "头", "口", "盏",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    /// `units` grouped by first scalar (longest first within a group), for a quick lookup.
    static let unitsByFirstScalar: [Unicode.Scalar: [String]] = Dictionary(grouping: units) { $0.unicodeScalars.first ?? " " }

    /// The longest unit starting at `index`, if any.
    static func unit(in line: ScalarLine, at index: Int) -> String? {
        guard let scalar = line[safe: index], let candidates = unitsByFirstScalar[scalar] else { return nil }
        return candidates.first { line.has($0, at: index) }
    }

    /// Units a Chinese numeral must be followed by to count as a quantity (分/号/日 excluded: 十分, 三号文, 一日).
    static let chineseNumeralUnits: Set<String> = [
        "件", "条", "个", "人", "名", "户", "家", "次", "项", "起", "例", "篇", "份", "场", "台", "辆", "所",
        "座", "批", "期", "吨", "亩", "天", "倍", "位", "张", "套", "栋", "部", "种", "类", "轮", "笔", "宗",
    ]

    /// Every figure in `line`, left to right.
    static func figures(in line: ScalarLine) -> [Figure] {
        var result: [Figure] = []
        let scalars = line.scalars
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if CJK.isASCIIDigit(scalar) {
                let (figure, next) = arabic(in: line, at: index)
                if let figure { result.append(figure) }
                index = max(next, index + 1)
            } else if ChineseNumerals.isNumeralScalar(scalar) || scalar == "两" {
                let (figure, next) = chinese(in: line, at: index)
                if let figure { result.append(figure) }
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return result
    }

    private static func arabic(in line: ScalarLine, at start: Int) -> (Figure?, Int) {
        let scalars = line.scalars
        var index = start
        var digits = ""
        var decimals = 0
        var seenPoint = false
        while index < scalars.count {
            let scalar = scalars[index]
            if CJK.isASCIIDigit(scalar) {
                digits.unicodeScalars.append(scalar)
                if seenPoint { decimals += 1 }
                index += 1
            } else if scalar == "." && !seenPoint, let next = line[safe: index + 1], CJK.isASCIIDigit(next) {
                seenPoint = true
                digits.append(".")
                index += 1
            } else if scalar == "," && !seenPoint, isThousandsGroup(line, at: index + 1) {
                index += 1
            } else {
                break
            }
        }
        let numberText = line.text(start, index)
        // Glued to Latin letters or part of a longer token: PM2.5, S3, 5G, v1.2.
        if let before = line[safe: start - 1], CJK.isASCIILetter(before) || before == "." || before == "-" && line[safe: start - 2].map(CJK.isASCIIDigit) == true {
            return (nil, index)
        }
        guard var value = Double(digits) else { return (nil, index) }
        return finish(line, start: start, numberEnd: index, value: &value, numberText: numberText, decimals: decimals, chinese: false)
    }

    private static func chinese(in line: ScalarLine, at start: Int) -> (Figure?, Int) {
        var index = start
        var numeral: [Unicode.Scalar] = []
        while let scalar = line[safe: index], ChineseNumerals.isNumeralScalar(scalar) || scalar == "两" {
            numeral.append(scalar == "两" ? "二" : scalar)
            index += 1
        }
        // Ordinals (第三次) and words that merely contain a numeral (万一, 一一) are not quantities.
        if line[safe: start - 1] == "第" { return (nil, index) }
        guard let intValue = ChineseNumerals.value(ofScalars: numeral), intValue >= 2 else { return (nil, index) }
        var unitIndex = index
        if line[safe: unitIndex] == "余" || line[safe: unitIndex] == "多" { unitIndex += 1 }
        guard let unit = Self.unit(in: line, at: unitIndex), chineseNumeralUnits.contains(unit) else {
            return (nil, index)
        }
        let end = unitIndex + unit.unicodeScalars.count
        let figure = Figure(
            value: Double(intValue), numberText: line.text(start, index), unit: unit, decimals: 0,
            isApproximate: unitIndex > index || hedgedBefore(line, start), isChineseNumeral: true, start: start, end: end
        )
        return (figure, end)
    }

    private static func finish(_ line: ScalarLine, start: Int, numberEnd: Int, value: inout Double, numberText: String, decimals: Int, chinese: Bool) -> (Figure?, Int) {
        var index = numberEnd
        // Text extracted from PDFs spaces figures out ("393 件", "2024 年"): one space is allowed.
        if line[safe: index] == " ", let next = line[safe: index + 1], CJK.isIdeograph(next) || next == "%" { index += 1 }
        var approximate = hedgedBefore(line, start)
        if line[safe: index] == "余" || line[safe: index] == "多" { approximate = true; index += 1 }
        if line[safe: index] == "万" && !line.has("万一", at: index) { value *= 10_000; index += 1 } else if line[safe: index] == "亿" { value *= 100_000_000; index += 1 } else if line.has("千万", at: index) { value *= 10_000_000; index += 2 }
        if line[safe: index] == "余" || line[safe: index] == "多" { approximate = true; index += 1 }
        var unit: String?
        if line[safe: index] == "%" || line[safe: index] == "％" {
            unit = "%"
            index += 1
        } else if let found = Self.unit(in: line, at: index) {
            unit = found
            index += found.unicodeScalars.count
        } else if index > numberEnd, let multiplied = line[safe: index - 1], multiplied == "万" || multiplied == "亿" {
            unit = ""
        }
        // A number glued to a Latin letter after it (5G, 3D) is a name, not a figure.
        guard let unit else { return (nil, index) }
        if line.has("以上", at: index) || line.has("左右", at: index) { approximate = true }
        let figure = Figure(value: value, numberText: numberText, unit: unit, decimals: decimals, isApproximate: approximate, isChineseNumeral: chinese, start: start, end: index)
        return (figure, index)
    }

    /// 约/近/超/逾/超过/不到/将近 right before the number.
    private static func hedgedBefore(_ line: ScalarLine, _ start: Int) -> Bool {
        for word in ["约", "近", "超", "逾", "超过", "不到", "将近", "不足", "大约"] where line.has(word, endingAt: start) {
            return true
        }
        return false
    }

    /// Whether exactly three digits start at `index` (then a non-digit): the group after a thousands comma.
    private static func isThousandsGroup(_ line: ScalarLine, at index: Int) -> Bool {
        for offset in 0..<3 {
            guard let scalar = line[safe: index + offset], CJK.isASCIIDigit(scalar) else { return false }
        }
        if let after = line[safe: index + 3], CJK.isASCIIDigit(after) { return false }
        return true
    }
}
