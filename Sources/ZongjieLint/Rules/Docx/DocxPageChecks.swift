import ZongjieCore

/// Page size, margins and characters per line (GB/T 9704 5.1, 5.2.1, 5.2.3).
enum DocxPageChecks {
    /// `bodyRun` is the formatting of body text, whose size and character spacing decide characters per line.
    static func check(_ layout: DocxLayout, bodyRun: RunFormat?) -> [DocxLayoutFinding] {
        guard let page = layout.page else {
            return [DocxLayoutFinding("文件未设置页面（无 w:sectPr），无法确认为 A4 纸和 GB/T 9704 页边距。请在 Word“布局→页面设置”中设置 A4 纸及上 37 mm、左 28 mm 页边距。",
                                      item: "page", found: "无", expected: "A4")]
        }
        var findings: [DocxLayoutFinding] = []
        let tolerance = GBT9704.marginToleranceTwips
        if abs(page.widthTwips - GBT9704.pageWidthTwips) > tolerance || abs(page.heightTwips - GBT9704.pageHeightTwips) > tolerance {
            let found = "\(DocxUnits.millimetres(page.widthTwips)) mm × \(DocxUnits.millimetres(page.heightTwips)) mm"
            findings.append(DocxLayoutFinding("纸张为 \(found)，GB/T 9704 要求 A4 纵向（210 mm × 297 mm）。", item: "page-size", found: found, expected: "210 mm × 297 mm"))
        }
        let margins: [(String, String, Int, Int)] = [
            ("上", "margin-top", page.topTwips, GBT9704.topMarginTwips),
            ("左", "margin-left", page.leftTwips, GBT9704.leftMarginTwips),
            ("下", "margin-bottom", page.bottomTwips, GBT9704.bottomMarginTwips),
            ("右", "margin-right", page.rightTwips, GBT9704.rightMarginTwips),
        ]
        for (side, item, found, expected) in margins where abs(found - expected) > tolerance {
            let why = side == "上" ? "天头 37 mm±1 mm" : side == "左" ? "订口 28 mm±1 mm" : "由版心 156 mm × 225 mm 推得"
            findings.append(DocxLayoutFinding(
                "\(side)页边距为 \(DocxUnits.millimetres(found)) mm，GB/T 9704 要求 \(DocxUnits.millimetres(expected)) mm（\(why)）。",
                item: item, found: DocxUnits.millimetres(found) + " mm", expected: DocxUnits.millimetres(expected) + " mm"
            ))
        }
        let characters = charactersPerLine(layout, page: page, bodyRun: bodyRun)
        if characters != GBT9704.charactersPerLine {
            findings.append(DocxLayoutFinding(
                "每行可排 \(characters) 个正文字，GB/T 9704 要求每行 28 字并撑满版心。请在“页面设置→文档网格”中选“指定行和字符网格”（每行 28 字、每页 22 行），或把正文字符间距紧缩 0.25 磅。",
                item: "characters-per-line", found: "\(characters)", expected: "28"
            ))
        }
        return findings
    }

    /// Body characters that fit one line: by the character grid when set, else by body size and character spacing.
    static func charactersPerLine(_ layout: DocxLayout, page: PageSetup, bodyRun: RunFormat?) -> Int {
        let spacing = bodyRun?.characterSpacingTwips ?? 0
        if let type = page.gridType, type == "linesAndChars" || type == "snapToChars", let charSpace = page.gridCharSpace {
            let base = layout.normalFontSize ?? GBT9704.bodySizePoints
            return GBT9704.charactersPerLine(textWidthTwips: page.textWidthTwips, baseSizePoints: base, charSpace: charSpace, spacingTwips: spacing)
        }
        let size = bodyRun?.sizePoints ?? GBT9704.bodySizePoints
        return GBT9704.charactersPerLine(textWidthTwips: page.textWidthTwips, baseSizePoints: size, charSpace: 0, spacingTwips: spacing)
    }

    /// The line pitch (twips) a paragraph gets, and how many such lines fill the 版心.
    static func linePitch(_ format: ParagraphFormat, page: PageSetup?) -> Int? {
        let size = format.dominantRun?.sizePoints ?? GBT9704.bodySizePoints
        // Word sets a Chinese font's single line at about 1.3 × its size.
        let natural = Int(size * 20 * 1.3)
        switch format.lineRule {
        case "exact":
            return format.lineValue
        case "atLeast":
            return max(format.lineValue ?? 0, natural)
        default:
            let multiple = Double(format.lineValue ?? 240) / 240
            if format.snapToGrid, let page, let pitch = page.gridLinePitchTwips, let type = page.gridType, type != "default", pitch > 0 {
                // On a line grid each line takes whole grid lines.
                let needed = Double(natural) * multiple
                return pitch * max(1, Int((needed / Double(pitch)).rounded(.up)))
            }
            return Int(Double(natural) * multiple)
        }
    }
}
