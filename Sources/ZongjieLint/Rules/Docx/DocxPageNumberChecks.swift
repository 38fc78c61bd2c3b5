import ZongjieCore

/// Page numbers: "— 1 —" in 4号半角宋体, odd pages 居右空一字, even pages 居左空一字 (7.5).
enum DocxPageNumberChecks {
    static func check(_ layout: DocxLayout) -> [DocxLayoutFinding] {
        guard let number = layout.pageNumber else {
            return [DocxLayoutFinding("未设置页码（页脚中没有页码域）。GB/T 9704 要求在版心下方用 4 号半角宋体阿拉伯数字编排“— 1 —”式页码。",
                                      item: "page-number", found: "无", expected: "— 1 —")]
        }
        var findings: [DocxLayoutFinding] = []
        let compact = number.pattern.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }
        let shown = number.pattern.replacingOccurrences(of: "#", with: "1")
        if String(String.UnicodeScalarView(compact)) != "—#—" {
            findings.append(DocxLayoutFinding("页码形式为“\(shown)”，GB/T 9704 要求数字左右各放一条一字线，即“— 1 —”。",
                                              item: "page-number-form", found: shown, expected: "— 1 —"))
        }
        if let size = number.sizePoints, abs(size - GBT9704.pageNumberSizePoints) > 0.25 {
            findings.append(DocxLayoutFinding("页码字号为 \(DocxUnits.points(size)) 磅，GB/T 9704 要求 4 号（14 磅）。",
                                              item: "page-number-size", found: DocxUnits.points(size) + "pt", expected: "14pt"))
        }
        if let font = number.font, FontFamily(fontName: font) != .songti {
            findings.append(DocxLayoutFinding("页码字体为“\(font)”，GB/T 9704 要求半角宋体阿拉伯数字。",
                                              item: "page-number-font", found: font, expected: "宋体"))
        }
        if number.oddAlignment != "right" {
            let found = DocxParagraphChecks.alignmentName(number.oddAlignment)
            findings.append(DocxLayoutFinding("单页页码\(found)，GB/T 9704 要求单页码居右空一字。",
                                              item: "page-number-odd", found: found, expected: "居右空一字"))
        } else if (number.oddRightIndentTwips ?? 0) < 140 {
            findings.append(DocxLayoutFinding("单页页码紧贴右边，GB/T 9704 要求居右空一字（右缩进 1 字）。",
                                              item: "page-number-odd", found: "右空 0 字", expected: "居右空一字"))
        }
        if !(layout.page?.evenAndOddHeaders ?? false) || number.evenAlignment == nil {
            findings.append(DocxLayoutFinding("页码未区分单双页，双页也在同一侧。GB/T 9704 要求单页码居右、双页码居左各空一字：请勾选“奇偶页不同”并分别设置页脚。",
                                              item: "page-number-even", found: "单双页相同", expected: "双页码居左空一字"))
        } else if let even = number.evenAlignment, even != "left" && even != "both" {
            let found = DocxParagraphChecks.alignmentName(even)
            findings.append(DocxLayoutFinding("双页页码\(found)，GB/T 9704 要求双页码居左空一字。",
                                              item: "page-number-even", found: found, expected: "居左空一字"))
        }
        return findings
    }
}
