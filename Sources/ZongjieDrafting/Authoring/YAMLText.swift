import ZongjieCore

/// Minimal YAML scalar writing for files we generate (input templates, saved answers).
enum YAMLText {
    private static let reserved: Set<String> = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]
    private static let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " "]

    /// `text` as a YAML scalar: plain when that reads back as the same string, else double-quoted.
    static func scalar(_ text: String) -> String {
        let needsQuotes = reserved.contains(text.lowercased())
            || text.unicodeScalars.first.map(indicators.contains) == true
            || text.hasSuffix(" ")
            || text.contains(": ") || text.contains(" #") || text.hasSuffix(":")
            || text.contains("\n") || text.contains("\t")
            || Double(text) != nil
            || ScalarParsing.date(text) != nil
        guard needsQuotes else { return text }
        // YAML double-quoted scalars take JSON's escapes.
        return QuotedString.json(text)
    }
}
