import ZongjieCore

/// word/styles.xml: document defaults and one real paragraph style per
/// GB/T 9704 element, so a user can restyle the whole draft from Word's gallery.
enum StylesPart {
    /// `<w:rFonts>` naming an East Asian font, Times New Roman for Latin letters and digits.
    static func fonts(eastAsia: String, latin: String = GBT9704.latinFont) -> String {
        let east = XMLText.escape(eastAsia)
        let ascii = XMLText.escape(latin)
        return "<w:rFonts w:ascii=\"\(ascii)\" w:eastAsia=\"\(east)\" w:hAnsi=\"\(ascii)\" w:cs=\"\(ascii)\"/>"
    }

    /// `<w:sz>`/`<w:szCs>` for a size in points.
    static func size(_ points: Double) -> String {
        let halfPoints = Int((points * 2).rounded())
        return "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }

    /// Exact line spacing at the GB/T 9704 pitch.
    static let exactSpacing = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(GBT9704.linePitchTwips)\" w:lineRule=\"exact\"/>"
    /// No first-line indent (overrides Normal's two characters).
    static let noIndent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"

    static func xml() -> String {
        var xml = XMLText.declaration
        xml += "<w:styles xmlns:w=\"\(XMLText.wordNamespace)\">"
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>"
        xml += fonts(eastAsia: GBT9704.bodyFont) + "<w:spacing w:val=\"\(GBT9704.characterSpacingTwips)\"/><w:kern w:val=\"2\"/>" + size(GBT9704.bodySizePoints)
        xml += "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        xml += "<w:pPrDefault><w:pPr>\(exactSpacing)</w:pPr></w:pPrDefault></w:docDefaults>"

        // 正文: 3号仿宋, two-character first-line indent, justified, 28.95 pt lines. Widow
        // control off so every page is filled to 22 lines (版心撑满); LibreOffice has it on by default.
        xml += style(.normal, basedOn: nil, isDefault: true,
                     pPr: "<w:widowControl w:val=\"0\"/>" + exactSpacing + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/>",
                     rPr: fonts(eastAsia: GBT9704.bodyFont) + size(GBT9704.bodySizePoints))
        // 标题 (7.3.1): 2号小标宋, centred.
        // Off the line grid: LibreOffice would give a 22 pt line two grid lines despite the exact spacing.
        xml += style(.title, pPr: "<w:snapToGrid w:val=\"0\"/>" + exactSpacing + noIndent + "<w:jc w:val=\"center\"/>",
                     rPr: fonts(eastAsia: GBT9704.titleFont) + size(GBT9704.titleSizePoints))
        // 主送机关 (7.3.2): flush left, no indent.
        xml += style(.addressee, pPr: noIndent + "<w:jc w:val=\"left\"/>", rPr: "")
        // 一、黑体 （一）楷体 1.（1）仿宋 (7.3.3); outline levels feed Word's navigation pane.
        for level in 1...4 {
            let id = DocxStyleID.heading(level: level)
            xml += style(id, pPr: "<w:keepNext/><w:outlineLvl w:val=\"\(level - 1)\"/>",
                         rPr: fonts(eastAsia: GBT9704.headingFont(level: level)) + "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>")
        }
        // The same fonts as character styles, for a heading run in with its paragraph ("（一）……。根据……").
        for level in 1...4 {
            xml += "<w:style w:type=\"character\" w:styleId=\"\(runInStyleID(level: level))\"><w:name w:val=\"\(DocxStyleID.heading(level: level).displayName)（段首）\"/>"
            xml += "<w:rPr>" + fonts(eastAsia: GBT9704.headingFont(level: level)) + "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/></w:rPr></w:style>"
        }
        // 署名 and 成文日期 (7.3.5.2): right-aligned; exact offsets are set per paragraph.
        xml += style(.signature, pPr: "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\" w:rightChars=\"200\" w:right=\"632\"/><w:jc w:val=\"right\"/>", rPr: "")
        xml += style(.date, pPr: "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\" w:rightChars=\"400\" w:right=\"1264\"/><w:jc w:val=\"right\"/>", rPr: "")
        // 表格文字: 小四仿宋, centred, single-spaced off the grid (see TableXML).
        xml += style(.tableText, pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent + "<w:jc w:val=\"center\"/>",
                     rPr: "<w:spacing w:val=\"0\"/>" + size(TableXML.sizePoints))
        // 页码 (7.5): 4号半角宋体.
        xml += style(.footer, pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent,
                     rPr: "<w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\" w:hAnsi=\"宋体\" w:cs=\"宋体\"/>" + size(GBT9704.pageNumberSizePoints))
        xml += "</w:styles>"
        return xml
    }

    /// The character style of a run-in heading of `level` (1…4).
    static func runInStyleID(level: Int) -> String { "ZJRunInHeading\(min(max(level, 1), 4))" }

    private static func style(_ id: DocxStyleID, basedOn: DocxStyleID? = .normal, isDefault: Bool = false, pPr: String, rPr: String) -> String {
        var xml = "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id.rawValue)\">"
        xml += "<w:name w:val=\"\(XMLText.escape(id.displayName))\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn.rawValue)\"/>" }
        if id != .normal && id != .footer { xml += "<w:next w:val=\"Normal\"/>" }
        xml += "<w:qFormat/>"
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
        xml += "</w:style>"
        return xml
    }
}
