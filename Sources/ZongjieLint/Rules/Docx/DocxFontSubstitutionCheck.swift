import ZongjieCore

/// Names, loudly, every font the document uses that a stock Windows machine
/// lacks and for which the file gives no same-family fallback: Word would
/// silently draw such text in another face (often 宋体 or 等线).
enum DocxFontSubstitutionCheck {
    static func check(_ layout: DocxLayout, roles: [Int: (role: DocxParagraphRole, length: Int?)]) -> [DocxLayoutFinding] {
        var seen: Set<String> = []
        var findings: [DocxLayoutFinding] = []
        for line in roles.keys.sorted() {
            guard let format = layout.paragraph(line: line), format.container == .body else { continue }
            for run in format.runs {
                let fonts = [run.hasHan ? run.eastAsiaFont : nil, run.asciiFont].compactMap { $0 }
                for font in fonts where !seen.contains(font) {
                    seen.insert(font)
                    if let finding = substitution(font, line: line, layout: layout) { findings.append(finding) }
                }
            }
        }
        return findings
    }

    private static func substitution(_ font: String, line: Int, layout: DocxLayout) -> DocxLayoutFinding? {
        if FontFamily.isWindowsBuiltIn(font) { return nil }
        let family = FontFamily(fontName: font)
        let alternative = layout.declaredFonts[font].flatMap { $0.isEmpty ? nil : $0 }
        if let alternative, FontFamily.isWindowsBuiltIn(alternative), isFaithful(FontFamily(fontName: alternative), for: family) {
            return nil
        }
        let fallback = alternative.map { "文件为其声明的替代字体“\($0)”\(FontFamily.isWindowsBuiltIn($0) ? "不是同类字体" : "也不是 Windows 自带字体")" } ?? "文件也未声明替代字体"
        let suggestion = family == .other ? "" : "可改用 Windows 自带的同类字体（如“\(builtInName(family))”），"
        return DocxLayoutFinding(
            line: line,
            "【字体将被替换】字体“\(font)”不是 Windows 自带字体，\(fallback)：在未安装它的电脑上，Word 会改用其他字体（通常是宋体或等线）显示和打印，版式会走样。\(suggestion)或在 Word“选项→保存”中勾选“将字体嵌入文件”。",
            item: "font-substitution", found: font, expected: family == .other ? "已安装或嵌入的字体" : builtInName(family)
        )
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
