/// Finds the year a summary reports on.
public enum ReportYear {
    /// The first plausible year (1990…2100) written as 2023年 or 2023年度 in the
    /// title, else in the first opening paragraph; nil when none is written.
    public static func infer(from document: Document) -> Int? {
        if let title = document.title?.text, let year = firstYear(in: title) { return year }
        if let first = document.opening.first?.text, let year = firstYear(in: first) { return year }
        return nil
    }

    /// The first four-digit year followed by 年 in `text`.
    public static func firstYear(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 4 < scalars.count {
            if scalars[index + 4] == "年",
               let value = Int(String(String.UnicodeScalarView(scalars[index..<index + 4]))),
               (1990...2100).contains(value),
               index == 0 || !(scalars[index - 1].properties.numericType == .decimal) {
                return value
            }
            index += 1
        }
        return nil
    }
}
