/// Recognises a line of text that is a table row rather than prose or a heading:
/// Markdown pipes, a Word row as the .docx reader gives it (cells joined by tabs),
/// or a label followed by a run of figures, as tables pasted from PDFs read
/// ("（七）总计 57 5 0 1 2 1 66").
public enum TableRowText {
    /// Whether `text` (one line, trimmed) is a table row.
    public static func isTableRow(_ text: String) -> Bool {
        text.hasPrefix("|") || text.containsUTF8(" | ") || text.hasSuffix(" |")
            || isTabbedRow(text) || endsWithFigureCells(text.unicodeScalars)
    }

    /// Two tabs or more, or one tab before a figure. "一、\t总体情况" (a tab after the marker) is no row.
    private static func isTabbedRow(_ text: String) -> Bool {
        var tabs = 0
        var afterLastTab = Substring.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                tabs += 1
                afterLastTab = Substring.UnicodeScalarView()
            } else if tabs > 0 {
                afterLastTab.append(scalar)
            }
        }
        if tabs >= 2 { return true }
        let last = afterLastTab.filter { $0 != " " }
        return tabs == 1 && !last.isEmpty && last.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "%" }
    }

    /// A label and then three or more space-separated figure cells at the end of the line.
    /// PDF-spaced prose ("为 2025 年 1 月 1 日") ends in a word, so it is no row.
    public static func endsWithFigureCells<Scalars: BidirectionalCollection>(_ scalars: Scalars) -> Bool
    where Scalars.Element == Unicode.Scalar {
        var cells = 0
        var inCell = false
        var cellIsFigure = true
        for scalar in scalars.reversed() {
            if scalar == " " || scalar == "\u{3000}" {
                if inCell {
                    guard cellIsFigure else { return false }
                    cells += 1
                    inCell = false
                    cellIsFigure = true
                }
                continue
            }
            if !inCell {
                // A label has begun once three figure cells are behind us.
                if cells >= 3 { return true }
                inCell = true
            }
            let isFigureScalar = ("0"..."9").contains(scalar) || scalar == "." || scalar == "," || scalar == "%" || scalar == "-" || scalar == "—" || scalar == "－"
            if !isFigureScalar { cellIsFigure = false }
        }
        return false
    }
}
