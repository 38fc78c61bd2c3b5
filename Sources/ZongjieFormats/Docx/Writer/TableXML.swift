import ZongjieCore

/// A `PipeTable` as a Word table (w:tbl): single-line borders, a fixed grid as
/// wide as the 版心 (156 mm), header rows that repeat on each page, merged
/// header cells, and cell text in 仿宋_GB2312.
///
/// Size: GB/T 9704 fixes no size for text in tables; practice sets it smaller
/// than the 3号 body. We use 小四 (12 pt), and 五号 (10.5 pt) in tables of more
/// than eight columns (table 四 has fifteen: at 10 mm a column, 五号 keeps
/// 结果维持 to two lines of two characters). Lines are single-spaced and off the
/// 28.95 pt grid, or a 25-row table 三 would take three pages.
enum TableXML {
    /// Tables wider than this many columns use the smaller size.
    static let wideTableColumns = 8
    /// 小四 and 五号 in points.
    static let sizePoints = 12.0
    static let wideSizePoints = 10.5
    /// Cell margins left and right, in twips (1 mm): narrow columns keep room for text.
    static let cellMarginTwips = 57

    /// The width the table fills: the 版心 between the GB/T 9704 margins.
    static var textWidthTwips: Int {
        GBT9704.pageWidthTwips - GBT9704.leftMarginTwips - GBT9704.rightMarginTwips
    }

    /// The w:tbl element for `table`.
    static func xml(_ table: PipeTable) -> String {
        let layout = TableLayout(table, width: textWidthTwips)
        let size = table.columnCount > wideTableColumns ? wideSizePoints : sizePoints
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidthTwips)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        xml += "<w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"\(cellMarginTwips)\" w:type=\"dxa\"/><w:right w:w=\"\(cellMarginTwips)\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + layout.columnWidths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for row in layout.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/>"
            if row.repeatsOnEachPage { xml += "<w:tblHeader/>" }
            xml += "</w:trPr>"
            for cell in row.cells {
                xml += cellXML(cell, width: layout.columnWidths[cell.column..<min(cell.column + cell.span, layout.columnWidths.count)].reduce(0, +), size: size)
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        return xml
    }

    private static func cellXML(_ cell: TableLayout.Cell, width: Int, size: Double) -> String {
        var xml = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if cell.span > 1 { xml += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
        switch cell.merge {
        case .restart: xml += "<w:vMerge w:val=\"restart\"/>"
        case .continuation: xml += "<w:vMerge/>"
        case .none: break
        }
        xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
        let centred = cell.isHeader || cell.isFigure || cell.text.isEmpty
        xml += "<w:p><w:pPr><w:pStyle w:val=\"\(DocxStyleID.tableText.rawValue)\"/>"
        if !centred { xml += "<w:jc w:val=\"left\"/>" }
        xml += "</w:pPr>"
        if !cell.text.isEmpty {
            xml += "<w:r>"
            if size != sizePoints { xml += "<w:rPr>\(StylesPart.size(size))</w:rPr>" }
            xml += "<w:t xml:space=\"preserve\">\(XMLText.escape(cell.text))</w:t></w:r>"
        }
        xml += "</w:p></w:tc>"
        return xml
    }
}
