import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// _rels/*.rels: relationship id → target, and type → target.
final class RelationshipsHandler: WordXMLHandler {
    var targetsByID: [String: String] = [:]
    var targetsByType: [String: String] = [:]

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
              attributes["TargetMode"] != "External" else { return }
        targetsByID[id] = target
        if let type = attributes["Type"], let last = type.split(separator: "/").last {
            targetsByType[String(last)] = target
        }
    }

    /// A target resolved to a path inside the zip, relative to the folder of the part owning the rels.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { _ = components.popLast() } else if component != "." { components.append(String(component)) }
        }
        return components.joined(separator: "/")
    }
}

/// settings.xml: whether odd and even pages get different footers.
final class SettingsHandler: WordXMLHandler {
    var evenAndOddHeaders = false

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        if isWord(namespaceURI), name == "evenAndOddHeaders" { evenAndOddHeaders = isOn(attributes) }
    }
}

/// fontTable.xml: font names and their w:altName.
final class FontTableHandler: WordXMLHandler {
    var fonts: [String: String] = [:]
    private var current: String?

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        guard isWord(namespaceURI) else { return }
        if name == "font", let fontName = attribute(attributes, "name") {
            current = fontName
            fonts[fontName] = ""
        } else if name == "altName", let current, let alternative = attribute(attributes, "val") {
            fonts[current] = alternative
        }
    }

    override func endElement(_ name: String, namespaceURI: String?) {
        if isWord(namespaceURI), name == "font" { current = nil }
    }
}

/// theme1.xml: the major/minor Latin and East Asian fonts theme references point to.
final class ThemeHandler: WordXMLHandler {
    var fonts: [String: String] = [:]
    private var scheme: String?

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        switch name {
        case "majorFont": scheme = "major"
        case "minorFont": scheme = "minor"
        case "latin":
            if let scheme, let face = attributes["typeface"], !face.isEmpty {
                fonts[scheme + "Ascii"] = face
                fonts[scheme + "HAnsi"] = face
            }
        case "ea":
            if let scheme, let face = attributes["typeface"], !face.isEmpty { fonts[scheme + "EastAsia"] = face }
        case "font":
            // An empty <a:ea> defers to the script-specific font for Simplified Chinese.
            if let scheme, attributes["script"] == "Hans", let face = attributes["typeface"], fonts[scheme + "EastAsia"] == nil {
                fonts[scheme + "EastAsia"] = face
            }
        default: break
        }
    }

    override func endElement(_ name: String, namespaceURI: String?) {
        if name == "majorFont" || name == "minorFont" { scheme = nil }
    }
}

/// docProps/core.xml: dc:title and dc:creator.
final class CorePropertiesHandler: WordXMLHandler {
    var title: String?
    var creator: String?
    private var field: String?
    private var buffer = ""

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        if name == "title" || name == "creator" {
            field = name
            buffer = ""
        }
    }

    override func characters(_ string: String) {
        if field != nil { buffer += string }
    }

    override func endElement(_ name: String, namespaceURI: String?) {
        guard let field, name == field else { return }
        if field == "title" { title = buffer } else { creator = buffer }
        self.field = nil
    }
}
