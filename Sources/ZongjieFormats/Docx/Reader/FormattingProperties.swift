/// Paragraph properties (w:pPr) as set at one level: document defaults, a
/// style, or the paragraph itself. nil means "not set here, inherit".
struct ParagraphProperties {
    var alignment: String?
    var firstLineChars: Int?
    var firstLine: Int?
    var left: Int?
    var leftChars: Int?
    var right: Int?
    var rightChars: Int?
    var line: Int?
    var lineRule: String?
    var outlineLevel: Int?
    var numberingID: Int?
    var numberingLevel: Int?
    var snapToGrid: Bool?

    /// These properties with `other`'s set values laid over them.
    func overlaid(with other: ParagraphProperties) -> ParagraphProperties {
        var result = self
        result.alignment = other.alignment ?? alignment
        result.firstLineChars = other.firstLineChars ?? firstLineChars
        result.firstLine = other.firstLine ?? firstLine
        result.left = other.left ?? left
        result.leftChars = other.leftChars ?? leftChars
        result.right = other.right ?? right
        result.rightChars = other.rightChars ?? rightChars
        result.line = other.line ?? line
        result.lineRule = other.lineRule ?? lineRule
        result.outlineLevel = other.outlineLevel ?? outlineLevel
        result.numberingID = other.numberingID ?? numberingID
        result.numberingLevel = other.numberingLevel ?? numberingLevel
        result.snapToGrid = other.snapToGrid ?? snapToGrid
        return result
    }
}

/// Run properties (w:rPr) as set at one level.
struct RunProperties {
    var eastAsiaFont: String?
    var asciiFont: String?
    var eastAsiaTheme: String?
    var asciiTheme: String?
    var halfPoints: Int?
    var bold: Bool?
    /// Character spacing in twips (w:spacing w:val inside w:rPr).
    var spacing: Int?

    /// These properties with `other`'s set values laid over them. A named font
    /// replaces a theme font of the same slot and the other way round.
    func overlaid(with other: RunProperties) -> RunProperties {
        var result = self
        if other.eastAsiaFont != nil || other.eastAsiaTheme != nil {
            result.eastAsiaFont = other.eastAsiaFont
            result.eastAsiaTheme = other.eastAsiaTheme
        }
        if other.asciiFont != nil || other.asciiTheme != nil {
            result.asciiFont = other.asciiFont
            result.asciiTheme = other.asciiTheme
        }
        result.halfPoints = other.halfPoints ?? halfPoints
        result.bold = other.bold ?? bold
        result.spacing = other.spacing ?? spacing
        return result
    }
}

/// Reads pPr/rPr children shared by styles.xml and document.xml handlers.
extension WordXMLHandler {
    /// Applies one pPr child element (`jc`, `ind`, `spacing` …) to `properties`.
    func readParagraphProperty(_ name: String, _ attributes: [String: String], into properties: inout ParagraphProperties) {
        switch name {
        case "jc":
            if let value = attribute(attributes, "val") {
                properties.alignment = value == "start" ? "left" : value == "end" ? "right" : value
            }
        case "ind":
            if let value = intAttribute(attributes, "firstLineChars") { properties.firstLineChars = value }
            if let value = intAttribute(attributes, "firstLine") { properties.firstLine = value }
            if let value = intAttribute(attributes, "hangingChars") { properties.firstLineChars = -value }
            if let value = intAttribute(attributes, "hanging") { properties.firstLine = -value }
            if let value = intAttribute(attributes, "left") ?? intAttribute(attributes, "start") { properties.left = value }
            if let value = intAttribute(attributes, "leftChars") ?? intAttribute(attributes, "startChars") { properties.leftChars = value }
            if let value = intAttribute(attributes, "right") ?? intAttribute(attributes, "end") { properties.right = value }
            if let value = intAttribute(attributes, "rightChars") ?? intAttribute(attributes, "endChars") { properties.rightChars = value }
        case "spacing":
            if let value = intAttribute(attributes, "line") { properties.line = value }
            if let value = attribute(attributes, "lineRule") { properties.lineRule = value }
        case "outlineLvl":
            properties.outlineLevel = intAttribute(attributes, "val")
        case "numId":
            properties.numberingID = intAttribute(attributes, "val")
        case "ilvl":
            properties.numberingLevel = intAttribute(attributes, "val")
        case "snapToGrid":
            properties.snapToGrid = isOn(attributes)
        default:
            break
        }
    }

    /// Applies one rPr child element (`rFonts`, `sz`, `b`) to `properties`.
    func readRunProperty(_ name: String, _ attributes: [String: String], into properties: inout RunProperties) {
        switch name {
        case "rFonts":
            let eastAsia = attribute(attributes, "eastAsia")
            let eastAsiaTheme = attribute(attributes, "eastAsiaTheme")
            if eastAsia != nil || eastAsiaTheme != nil {
                properties.eastAsiaFont = eastAsia
                properties.eastAsiaTheme = eastAsia == nil ? eastAsiaTheme : nil
            }
            let ascii = attribute(attributes, "ascii") ?? attribute(attributes, "hAnsi")
            let asciiTheme = attribute(attributes, "asciiTheme") ?? attribute(attributes, "hAnsiTheme")
            if ascii != nil || asciiTheme != nil {
                properties.asciiFont = ascii
                properties.asciiTheme = ascii == nil ? asciiTheme : nil
            }
        case "sz":
            properties.halfPoints = intAttribute(attributes, "val")
        case "b":
            properties.bold = isOn(attributes)
        case "spacing":
            properties.spacing = intAttribute(attributes, "val")
        default:
            break
        }
    }
}
