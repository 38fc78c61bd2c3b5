/// GB/T 9704—2012 layout figures in Word's units, shared by the docx writer
/// and the `docx-layout` rule so what we write is what we check.
///
/// Sources: shared/domain/facts.md §1. Bottom and right margins are derived
/// from the 版心 (156 × 225 mm); line pitch and grid are implementation values
/// (the standard only says 22 lines × 28 characters).
public enum GBT9704 {
    /// A4 portrait, 210 × 297 mm.
    public static let pageWidthTwips = 11906
    public static let pageHeightTwips = 16838
    /// 天头 37 mm, 订口 28 mm (5.2.1); 35 mm and 26 mm follow from the 版心.
    public static let topMarginTwips = 2098
    public static let leftMarginTwips = 1587
    public static let bottomMarginTwips = 1984
    public static let rightMarginTwips = 1474
    /// The standard's ±1 mm tolerance on margins.
    public static let marginToleranceTwips = 57
    /// 28.95 pt: 22 lines fill the 225 mm 版心 without Word pushing line 22 over (facts §1.1).
    public static let linePitchTwips = 579
    /// Lines per page and characters per line (5.2.3).
    public static let linesPerPage = 22
    public static let charactersPerLine = 28
    /// 3号 body size and 2号 title size in points; 4号 for page numbers.
    public static let bodySizePoints = 16.0
    public static let titleSizePoints = 22.0
    public static let pageNumberSizePoints = 14.0
    /// Character spacing (twips) that fits 28 3号 characters in the 156 mm 版心:
    /// 28 × (16 − 0.25) pt = 441 pt ≤ 442.2 pt, where 16 pt characters give only 27.
    /// We use this rather than a character grid (w:docGrid linesAndChars, charSpace −849):
    /// Word and WPS honour both, but LibreOffice spreads a 16 pt character over two
    /// 15.79 pt grid cells, doubling the gaps. The `docx-layout` rule accepts either.
    public static let characterSpacingTwips = -5

    /// Characters per line: how many pitches (base size + grid charSpace/4096 + spacing) fit in `textWidthTwips`.
    public static func charactersPerLine(textWidthTwips: Int, baseSizePoints: Double, charSpace: Int, spacingTwips: Int = 0) -> Int {
        let pitch = baseSizePoints + Double(charSpace) / 4096 + Double(spacingTwips) / 20
        guard pitch > 0 else { return 0 }
        return Int((Double(textWidthTwips) / 20 / pitch + 1e-9).rounded(.down))
    }

    /// Official font names, as the standard and government templates name them.
    public static let titleFont = "方正小标宋简体"
    public static let bodyFont = "仿宋_GB2312"
    public static let level1Font = "黑体"
    public static let level2Font = "楷体_GB2312"
    public static let pageNumberFont = "宋体"
    public static let latinFont = "Times New Roman"

    /// The font a GB/T 9704 heading level (1…4) is set in.
    public static func headingFont(level: Int) -> String {
        switch level {
        case 1: level1Font
        case 2: level2Font
        default: bodyFont
        }
    }
}

/// The typeface families GB/T 9704 names (小标宋, 仿宋, 楷体, 黑体, 宋体), recognised
/// from the many names fonts of each family go by.
public enum FontFamily: String, Sendable, Hashable {
    case xiaobiaosong, fangsong, kaiti, heiti, songti, other

    /// The family of a font name such as "仿宋_GB2312", "FangSong", "方正楷体_GBK", "SimHei".
    public init(fontName: String) {
        let name = fontName.lowercased()
        if name.contains("小标宋") || name.contains("xiaobiaosong") {
            self = .xiaobiaosong
        } else if name.contains("仿宋") || name.contains("fangsong") {
            self = .fangsong
        } else if name.contains("楷") || name.contains("kaiti") {
            self = .kaiti
        } else if name.contains("黑") || name.contains("simhei") || name.contains("heiti") {
            self = .heiti
        } else if name.contains("宋") || name.contains("simsun") || name.contains("songti") {
            self = .songti
        } else {
            self = .other
        }
    }

    /// The Chinese name used in messages.
    public var label: String {
        switch self {
        case .xiaobiaosong: "小标宋体"
        case .fangsong: "仿宋体"
        case .kaiti: "楷体"
        case .heiti: "黑体"
        case .songti: "宋体"
        case .other: "其他字体"
        }
    }

    /// Fonts that ship with Windows (and so never get substituted there), by lowercased name.
    public static let windowsBuiltIn: Set<String> = [
        "仿宋", "fangsong", "楷体", "kaiti", "黑体", "simhei", "宋体", "simsun", "新宋体", "nsimsun",
        "微软雅黑", "microsoft yahei", "等线", "dengxian", "times new roman", "arial", "calibri", "cambria",
        "symbol", "wingdings", "courier new",
    ]

    /// Whether Word on a stock Windows machine has this font.
    public static func isWindowsBuiltIn(_ fontName: String) -> Bool {
        windowsBuiltIn.contains(fontName.lowercased())
    }
}

extension GBT9704 {
    /// Width of `text` in hundredths of a character (字): half-width Latin letters and digits count half.
    public static func widthHundredths(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            total += scalar.value < 0x2E80 && scalar.value != 0x2014 ? 50 : 100
        }
        return total
    }

    /// Right offsets (hundredths of a character) of 署名 and 成文日期 when unsealed (7.3.5.2):
    /// the unit 右空二字, the date's first character two characters right of the unit's;
    /// a date too long for that keeps 右空二字 and pushes the unit left instead.
    public static func signatureOffsets(unit: String?, date: String?) -> (unit: Int, date: Int) {
        let two = 200
        guard let unit, let date else { return (two, two) }
        let unitWidth = widthHundredths(unit)
        let dateWidth = widthHundredths(date)
        let dateRight = unitWidth - dateWidth
        if dateRight >= two { return (two, dateRight) }
        return (two + two + dateWidth - unitWidth, two)
    }

    /// One character of the 28-per-line grid, in twips (8845 / 28).
    public static var characterTwips: Double {
        Double(pageWidthTwips - leftMarginTwips - rightMarginTwips) / Double(charactersPerLine)
    }
}
