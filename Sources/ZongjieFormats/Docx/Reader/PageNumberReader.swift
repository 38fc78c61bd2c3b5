import ZongjieCore

/// Reads the page-number form from the odd (default) and even footers.
enum PageNumberReader {
    static func read(
        footers: [String: String], relationships: RelationshipsHandler, folder: String,
        package: DocxPackage, styles: StyleSheet, path: String
    ) throws(DocxError) -> PageNumberFormat? {
        func footer(_ type: String) throws(DocxError) -> (ReadParagraph, RunFormat?)? {
            guard let id = footers[type], let target = relationships.targetsByID[id] else { return nil }
            let part = RelationshipsHandler.resolve(target, from: folder)
            guard let data = try package.data(part) else { return nil }
            let handler = BodyHandler(styles: styles, numbering: NumberingDefinitions())
            try SafeXMLParser.parse(data, part: part, path: path, handler: handler)
            guard let paragraph = handler.paragraphs.first(where: { $0.pattern.contains("#") }) else { return nil }
            return (paragraph, handler.pageNumberRun)
        }
        guard let (odd, run) = try footer("default") else { return nil }
        let even = try footer("even")
        return PageNumberFormat(
            pattern: odd.pattern.trimmingCharacters(in: .whitespaces),
            font: run?.asciiFont,
            sizePoints: run?.sizePoints ?? odd.format.dominantRun?.sizePoints,
            oddAlignment: odd.format.alignment,
            evenAlignment: even?.0.format.alignment,
            oddRightIndentTwips: odd.format.rightTwips,
            evenLeftIndentTwips: even?.0.format.leftTwips
        )
    }
}
