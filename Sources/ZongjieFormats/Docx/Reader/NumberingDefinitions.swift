import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZongjieCore

/// numbering.xml: list levels (format, text, start) and list instances, plus
/// the running counters that turn a w:numPr paragraph into its visible marker ("一、").
struct NumberingDefinitions {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var isLegal = false
    }

    var abstractLevels: [Int: [Int: Level]] = [:]
    /// numId → (abstractNumId, start overrides by level).
    var instances: [Int: (abstract: Int, overrides: [Int: Int])] = [:]

    private var counters: [Int: [Int?]] = [:]
    private var appliedOverrides: Set<Int> = []

    /// The marker text for the next paragraph of list `numberingID` at `level`, advancing the counters;
    /// nil for bullets, unnumbered levels and unknown lists.
    mutating func nextMarker(numberingID: Int, level: Int) -> String? {
        guard numberingID != 0, let instance = instances[numberingID],
              let levels = abstractLevels[instance.abstract], (0...8).contains(level) else { return nil }
        // Lists that share an abstract definition share counters, as in Word; an override restarts them.
        var values = counters[instance.abstract] ?? Array(repeating: nil, count: 9)
        if !appliedOverrides.contains(numberingID) {
            appliedOverrides.insert(numberingID)
            for (overrideLevel, start) in instance.overrides where (0...8).contains(overrideLevel) {
                values[overrideLevel] = start - 1
            }
        }
        let definition = levels[level] ?? Level()
        values[level] = (values[level] ?? definition.start - 1) + 1
        for deeper in (level + 1)..<9 { values[deeper] = nil }
        counters[instance.abstract] = values
        guard definition.format != "bullet", definition.format != "none" else { return nil }
        var marker = ""
        var scalars = Array(definition.text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "%", let digit = scalars.first, let number = Int(String(digit)), (1...9).contains(number) {
                scalars.removeFirst()
                let referenced = levels[number - 1] ?? Level()
                let value = values[number - 1] ?? referenced.start
                let format = definition.isLegal ? "decimal" : referenced.format
                marker += NumberFormats.text(value, format: format)
            } else {
                marker.unicodeScalars.append(scalar)
            }
        }
        return marker.isEmpty ? nil : marker
    }
}

/// How Word writes a list counter in each w:numFmt.
enum NumberFormats {
    static func text(_ value: Int, format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
             "japaneseCounting", "koreanCounting":
            return ChineseNumerals.numeral(for: value)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            let digits = Array("〇一二三四五六七八九".unicodeScalars)
            return String(String.UnicodeScalarView(String(value).unicodeScalars.compactMap { scalar in
                Int(String(scalar)).map { digits[$0] }
            }))
        case "chineseLegalSimplified":
            let digits = Array("零壹贰叁肆伍陆柒捌玖".unicodeScalars)
            if value >= 1 && value <= 9 { return String(digits[value]) }
            return ChineseNumerals.numeral(for: value)
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸".unicodeScalars)
            return value >= 1 && value <= 10 ? String(stems[value - 1]) : String(value)
        case "decimalZero":
            return value < 10 ? "0\(value)" : String(value)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String.UnicodeScalarView(String(value).unicodeScalars.compactMap { Unicode.Scalar($0.value + 0xFEE0) }))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return value >= 1 && value <= 20 ? Unicode.Scalar(0x2460 + UInt32(value - 1)).map(String.init) ?? String(value) : String(value)
        case "decimalEnclosedParen":
            return value >= 1 && value <= 20 ? Unicode.Scalar(0x2474 + UInt32(value - 1)).map(String.init) ?? String(value) : String(value)
        case "decimalEnclosedFullstop":
            return value >= 1 && value <= 20 ? Unicode.Scalar(0x2488 + UInt32(value - 1)).map(String.init) ?? String(value) : String(value)
        case "upperLetter", "lowerLetter":
            let base: UInt32 = format == "upperLetter" ? 0x41 : 0x61
            let letter = Unicode.Scalar(base + UInt32((max(value, 1) - 1) % 26)).map(String.init) ?? ""
            return String(repeating: letter, count: (max(value, 1) - 1) / 26 + 1)
        case "upperRoman", "lowerRoman":
            let roman = romanNumeral(value)
            return format == "upperRoman" ? roman : roman.lowercased()
        default:
            return String(value)
        }
    }

    private static func romanNumeral(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, letters) in table {
            while rest >= amount {
                result += letters
                rest -= amount
            }
        }
        return result
    }
}

/// SAX handler for numbering.xml.
final class NumberingHandler: WordXMLHandler {
    var definitions = NumberingDefinitions()
    private var abstractID: Int?
    private var level: Int?
    private var levelDefinition = NumberingDefinitions.Level()
    private var numID: Int?
    private var instanceAbstract: Int?
    private var overrides: [Int: Int] = [:]
    private var overrideLevel: Int?

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        guard isWord(namespaceURI) else { return }
        switch name {
        case "abstractNum": abstractID = intAttribute(attributes, "abstractNumId")
        case "lvl":
            if numID == nil {
                level = intAttribute(attributes, "ilvl")
                levelDefinition = NumberingDefinitions.Level()
            }
        case "start": if level != nil { levelDefinition.start = Self.clamped(intAttribute(attributes, "val") ?? 1) }
        case "numFmt": if level != nil { levelDefinition.format = attribute(attributes, "val") ?? "decimal" }
        case "lvlText": if level != nil { levelDefinition.text = attribute(attributes, "val") ?? "" }
        case "isLgl": if level != nil { levelDefinition.isLegal = isOn(attributes) }
        case "num":
            numID = intAttribute(attributes, "numId")
            overrides = [:]
        case "abstractNumId": if numID != nil { instanceAbstract = intAttribute(attributes, "val") }
        case "lvlOverride": overrideLevel = intAttribute(attributes, "ilvl")
        case "startOverride":
            if let overrideLevel, let value = intAttribute(attributes, "val") { overrides[overrideLevel] = Self.clamped(value) }
        default: break
        }
    }

    /// List starts kept in a range where counting on cannot overflow.
    private static func clamped(_ start: Int) -> Int {
        min(max(start, 0), 1_000_000)
    }

    override func endElement(_ name: String, namespaceURI: String?) {
        guard isWord(namespaceURI) else { return }
        switch name {
        case "lvl":
            if let abstractID, let level, numID == nil {
                definitions.abstractLevels[abstractID, default: [:]][level] = levelDefinition
            }
            level = nil
        case "abstractNum": abstractID = nil
        case "lvlOverride": overrideLevel = nil
        case "num":
            if let numID, let instanceAbstract {
                definitions.instances[numID] = (instanceAbstract, overrides)
            }
            numID = nil
            instanceAbstract = nil
        default: break
        }
    }
}
