import ZongjieCore

/// Names, loudly, every font the document uses that a stock Windows machine
/// lacks and for which the file gives no same-family fallback: Word would
/// silently draw such text in another face (often 宋体 or 等线).
enum DocxFontSubstitutionCheck {
    static func check(_ layout: DocxLayout, roles: [Int: (role: DocxParagraphRole, length: Int?)]) -> [DocxLayoutFinding] {
        var linesByFont: [String: [Int]] = [:]
        var order: [String] = []
        for line in roles.keys.sorted() {
            guard let format = layout.paragraph(line: line), format.container == .body else { continue }
            var fontsHere: [String] = []
            for run in format.runs {
                for font in [run.hasHan ? run.eastAsiaFont : nil, run.asciiFont].compactMap({ $0 }) where !fontsHere.contains(font) {
                    fontsHere.append(font)
                }
            }
            for font in fontsHere {
                if linesByFont[font] == nil { order.append(font) }
                linesByFont[font, default: []].append(line)
            }
        }
        return order.compactMap { font in substitution(font, lines: linesByFont[font] ?? [], layout: layout) }
    }

    private static func substitution(_ font: String, lines: [Int], layout: DocxLayout) -> DocxLayoutFinding? {
        guard let line = lines.first, !FontFamily.isWindowsBuiltIn(font) else { return nil }
        let family = FontFamily(fontName: font)
        let alternative = layout.declaredFonts[font].flatMap { $0.isEmpty ? nil : $0 }
        if let alternative, isFaithful(FontFamily(fontName: alternative), for: family),
           FontFamily.isWindowsBuiltIn(alternative) || isStandard(font) {
            // 仿宋_GB2312 declared with 仿宋 (or its English name FangSong_GB2312): the standard way.
            return nil
        }
        let fallback = alternative.map { "文件为其声明的替代字体“\($0)”\(isFaithful(FontFamily(fontName: $0), for: family) ? "也不是 Windows 自带字体" : "不是同类字体")" } ?? "文件也未声明替代字体"
        let advice = family == .other
            ? "请在 Word“选项→保存”中勾选“将字体嵌入文件”。"
            : "请在文件的字体表中为它声明替代字体“\(builtInName(family))”（w:altName；zongjie export 排出的文件已声明），未安装它的电脑就会用\(builtInName(family))打印；或在 Word“选项→保存”中勾选“将字体嵌入文件”。"
        return DocxLayoutFinding(
            line: line,
            "【字体将被替换】字体“\(font)”不是 Windows 自带字体（用于第 \(lines.prefix(8).map(String.init).joined(separator: "、"))\(lines.count > 8 ? " 等 \(lines.count)" : "") 段），\(fallback)：在未安装它的电脑上，Word 会改用其他字体（通常是宋体或等线）显示和打印，版式会走样。\(advice)",
            item: "font-substitution", found: font, expected: family == .other ? "已安装或嵌入的字体" : "替代字体 " + builtInName(family)
        )
    }

    /// The fonts GB/T 9704 and government templates name, installed on every office's machines.
    private static func isStandard(_ font: String) -> Bool {
        [GBT9704.titleFont, GBT9704.bodyFont, GBT9704.level2Font, "方正小标宋_GBK", "仿宋_GB2312", "楷体_GB2312"].contains(font)
    }

    /// Whether Word drawing `family` text in `fallback` keeps it looking as GB/T 9704 asks (小标宋 is a Song face).
    private static func isFaithful(_ fallback: FontFamily, for family: FontFamily) -> Bool {
        fallback == family || (family == .xiaobiaosong && fallback == .songti)
    }

    private static func builtInName(_ family: FontFamily) -> String {
        switch family {
        case .fangsong: "仿宋"
        case .kaiti: "楷体"
        case .heiti: "黑体"
        case .songti, .xiaobiaosong: "宋体"
        case .other: "宋体"
        }
    }
}
