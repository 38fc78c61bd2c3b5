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

    /// Units a Chinese numeral must be followed by to count as a quantity (分/号/日 excluded: 十分, 三号文, 一日).
    static let chineseNumeralUnits: Set<String> = [
        "件", "条", "个", "人", "名", "户", "家", "次", "项", "起", "例", "篇", "份", "场", "台", "辆", "所",
        "座", "批", "期", "吨", "亩", "天", "倍", "位", "张", "套", "栋", "部", "种", "类", "轮", "笔", "宗",
    ]

    /// A unit with what the scanner asks of it worked out once.
    struct Unit: Sendable {
        let text: String
        let scalars: [Unicode.Scalar]
        let countsChineseNumeral: Bool
        let isTimePoint: Bool
    }

    /// `units` grouped by first scalar (longest first within a group), for a quick lookup.
    static let unitsByFirstScalar: [Unicode.Scalar: [Unit]] = Dictionary(grouping: units.map { text in
        Unit(
            text: text, scalars: Array(text.unicodeScalars),
            countsChineseNumeral: chineseNumeralUnits.contains(text), isTimePoint: Figure.timePointUnits.contains(text)
        )
    }) { $0.scalars.first ?? " " }

    /// The longest unit starting at `index`, if any.
    static func unit(in scalars: [Unicode.Scalar], at index: Int) -> Unit? {
        guard index >= 0, index < scalars.count, let candidates = unitsByFirstScalar[scalars[index]] else { return nil }
        return candidates.first { spells($0.scalars, in: scalars, at: index) }
    }

    /// Every figure in `line`, left to right.
    static func figures(in line: ScalarLine) -> [Figure] {
        var result: [Figure] = []
        scan(line) { result.append($0); return true }
        return result
    }

    /// Whether `line` has a figure for which `predicate` holds; stops at the first.
    static func containsFigure(in line: ScalarLine, where predicate: (Figure) -> Bool) -> Bool {
        var found = false
        scan(line) { figure in
            found = predicate(figure)
            return !found
        }
        return found
    }

    /// Hands `visit` the figures of `line` left to right while it returns true.
    private static func scan(_ line: ScalarLine, _ visit: (Figure) -> Bool) {
        let scalars = line.scalars
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if CJK.isASCIIDigit(scalar) {
                let (figure, next) = arabic(in: scalars, at: index)
                if let figure, !visit(figure) { return }
                index = max(next, index + 1)
            } else if isNumeral(scalar) {
                let (figure, next) = chinese(in: scalars, at: index)
                if let figure, !visit(figure) { return }
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
    }

    /// `ChineseNumerals.isNumeralScalar` or 两, asked of every scalar of a line: looked up in a
    /// table of the Basic Multilingual Plane built from that function once.
    @inline(__always)
    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 0x1_0000 else { return ChineseNumerals.isNumeralScalar(scalar) }
        return numeralTable[Int(scalar.value)]
    }

    private static let numeralTable: [Bool] = (0..<0x1_0000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        return scalar == "两" || ChineseNumerals.isNumeralScalar(scalar)
    }

    private static func arabic(in scalars: [Unicode.Scalar], at start: Int) -> (Figure?, Int) {
        var index = start
        // The digits read as an integer; decimals counts those after the point.
        var mantissa: UInt64 = 0
        var digitCount = 0
        var decimals = 0
        var seenPoint = false
        while index < scalars.count {
            let scalar = scalars[index]
            if CJK.isASCIIDigit(scalar) {
                if digitCount < 19 { mantissa = mantissa * 10 + UInt64(scalar.value - 0x30) }
                digitCount += 1
                if seenPoint { decimals += 1 }
                index += 1
            } else if scalar == "." && !seenPoint, index + 1 < scalars.count, CJK.isASCIIDigit(scalars[index + 1]) {
                seenPoint = true
                index += 1
            } else if scalar == "," && !seenPoint, isThousandsGroup(scalars, at: index + 1) {
                index += 1
            } else {
                break
            }
        }
        // Glued to Latin letters or part of a longer token: PM2.5, S3, 5G, v1.2.
        if start > 0 {
            let before = scalars[start - 1]
            if CJK.isASCIILetter(before) || before == "." || before == "-" && start >= 2 && CJK.isASCIIDigit(scalars[start - 2]) {
                return (nil, index)
            }
        }
        var value: Double
        if digitCount <= 15 {
            // Both exact in a Double, so the one division rounds as parsing the text would.
            value = Double(mantissa) / powersOfTen[decimals]
        } else {
            var digits = ""
            for position in start..<index where scalars[position] != "," {
                digits.unicodeScalars.append(scalars[position])
            }
            guard let parsed = Double(digits) else { return (nil, index) }
            value = parsed
        }
        return finish(scalars, start: start, numberEnd: index, value: value, decimals: decimals, chinese: false)
    }

    /// 10^0 … 10^15, exact.
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        var power = 1.0
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    private static func chinese(in scalars: [Unicode.Scalar], at start: Int) -> (Figure?, Int) {
        var index = start
        while index < scalars.count && isNumeral(scalars[index]) { index += 1 }
        // Ordinals (第三次) and words that merely contain a numeral (万一, 一一) are not quantities.
        if start > 0 && scalars[start - 1] == "第" { return (nil, index) }
        var unitIndex = index
        if let next = scalar(scalars, unitIndex), next == "余" || next == "多" { unitIndex += 1 }
        // The unit first: most numerals in prose (一是, 统一) have none, and need no value.
        guard let unit = Self.unit(in: scalars, at: unitIndex), unit.countsChineseNumeral else { return (nil, index) }
        let numeral = scalars[start..<index].map { $0 == "两" ? "二" : $0 }
        guard let intValue = ChineseNumerals.value(ofScalars: numeral), intValue >= 2 else { return (nil, index) }
        let end = unitIndex + unit.scalars.count
        let figure = Figure(
            value: Double(intValue), unit: unit.text, isTimePoint: unit.isTimePoint, decimals: 0,
            isApproximate: unitIndex > index || hedgedBefore(scalars, start), isChineseNumeral: true, start: start, end: end
        )
        return (figure, end)
    }

    private static func finish(_ scalars: [Unicode.Scalar], start: Int, numberEnd: Int, value: Double, decimals: Int, chinese: Bool) -> (Figure?, Int) {
        var value = value
        var index = numberEnd
        // Text extracted from PDFs spaces figures out ("393 件", "2024 年"): one space is allowed.
        if scalar(scalars, index) == " ", let next = scalar(scalars, index + 1), CJK.isIdeograph(next) || next == "%" { index += 1 }
        var approximate = hedgedBefore(scalars, start)
        func isHedge(_ scalar: Unicode.Scalar?) -> Bool { scalar == "余" || scalar == "多" }
        if isHedge(scalar(scalars, index)) { approximate = true; index += 1 }
        let multiplier = scalar(scalars, index)
        if multiplier == "万" && scalar(scalars, index + 1) != "一" {
            value *= 10_000
            index += 1
        } else if multiplier == "亿" {
            value *= 100_000_000
            index += 1
        } else if multiplier == "千" && scalar(scalars, index + 1) == "万" {
            value *= 10_000_000
            index += 2
        }
        if isHedge(scalar(scalars, index)) { approximate = true; index += 1 }
        var unit: (text: String, isTimePoint: Bool)?
        if scalar(scalars, index) == "%" || scalar(scalars, index) == "％" {
            unit = ("%", false)
            index += 1
        } else if let found = Self.unit(in: scalars, at: index) {
            unit = (found.text, found.isTimePoint)
            index += found.scalars.count
        } else if index > numberEnd, let multiplied = scalar(scalars, index - 1), multiplied == "万" || multiplied == "亿" {
            unit = ("", false)
        }
        // A number glued to a Latin letter after it (5G, 3D) is a name, not a figure.
        guard let unit else { return (nil, index) }
        let after = scalar(scalars, index)
        let second = scalar(scalars, index + 1)
        if (after == "以" && second == "上") || (after == "左" && second == "右") { approximate = true }
        let figure = Figure(
            value: value, unit: unit.text, isTimePoint: unit.isTimePoint, decimals: decimals,
            isApproximate: approximate, isChineseNumeral: chinese, start: start, end: index
        )
        return (figure, index)
    }

    /// 约/近/超/逾/超过/不到/将近/不足/大约 right before the number: by its last scalar.
    private static func hedgedBefore(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        guard let last = scalar(scalars, start - 1) else { return false }
        switch last {
        case "约", "近", "超", "逾": return true
        case "过": return scalar(scalars, start - 2) == "超"
        case "到", "足": return scalar(scalars, start - 2) == "不"
        default: return false
        }
    }

    /// Whether exactly three digits start at `index` (then a non-digit): the group after a thousands comma.
    private static func isThousandsGroup(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        for offset in 0..<3 {
            guard let scalar = scalar(scalars, index + offset), CJK.isASCIIDigit(scalar) else { return false }
        }
        if let after = scalar(scalars, index + 3), CJK.isASCIIDigit(after) { return false }
        return true
    }

    /// The scalar at `index`, or nil outside the line.
    @inline(__always)
    private static func scalar(_ scalars: [Unicode.Scalar], _ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// Whether `word` appears in `scalars` at `index`.
    @inline(__always)
    private static func spells(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for offset in 0..<word.count where scalars[index + offset] != word[offset] { return false }
        return true
    }
}
