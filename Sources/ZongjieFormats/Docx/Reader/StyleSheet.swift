import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One style from styles.xml, as declared (unresolved).
struct StyleDefinition {
    var id: String
    var name: String?
    var type: String
    var basedOn: String?
    var isDefault = false
    var paragraph = ParagraphProperties()
    var run = RunProperties()
}

/// The styles of a document and the resolution of effective properties:
/// document defaults, then the style's basedOn chain from the root, then direct formatting.
struct StyleSheet {
    var styles: [String: StyleDefinition] = [:]
    var defaultParagraph = ParagraphProperties()
    var defaultRun = RunProperties()
    /// Theme font names by slot ("minorEastAsia" → "等线"), from theme1.xml.
    var themeFonts: [String: String] = [:]

    /// The id of the default paragraph style (usually Normal).
    var defaultParagraphStyleID: String? {
        styles.values.first { $0.type == "paragraph" && $0.isDefault }?.id
    }

    /// The style chain of `id`, root first, guarding against cycles.
    func chain(_ id: String?) -> [StyleDefinition] {
        var result: [StyleDefinition] = []
        var seen: Set<String> = []
        var current = id
        while let currentID = current, let style = styles[currentID], !seen.contains(currentID), result.count < 32 {
            seen.insert(currentID)
            result.append(style)
            current = style.basedOn
        }
        return result.reversed()
    }

    /// Paragraph properties of style `id` and its ancestors over the defaults.
    func paragraphProperties(style id: String?) -> ParagraphProperties {
        chain(id).reduce(defaultParagraph) { $0.overlaid(with: $1.paragraph) }
    }

    /// Run properties from defaults, paragraph style, character style and direct formatting.
    func runProperties(paragraphStyle: String?, runStyle: String?, direct: RunProperties) -> RunProperties {
        var result = chain(paragraphStyle).reduce(defaultRun) { $0.overlaid(with: $1.run) }
        result = chain(runStyle).reduce(result) { $0.overlaid(with: $1.run) }
        return result.overlaid(with: direct)
    }

    /// A font slot's name: the named font, else the theme font it refers to.
    func fontName(_ name: String?, theme: String?) -> String? {
        if let name { return name }
        guard let theme else { return nil }
        return themeFonts[theme] ?? themeFonts[theme.replacingOccurrences(of: "HAnsi", with: "Ascii")]
    }
}

/// SAX handler for styles.xml.
final class StylesHandler: WordXMLHandler {
    var sheet = StyleSheet()
    private var current: StyleDefinition?
    private var inDefaults = false
    private var inParagraphProperties = false
    private var inRunProperties = false
    private var defaultParagraph = ParagraphProperties()
    private var defaultRun = RunProperties()

    override func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {
        guard isWord(namespaceURI) else { return }
        switch name {
        case "docDefaults": inDefaults = true
        case "style":
            current = StyleDefinition(
                id: attribute(attributes, "styleId") ?? "",
                type: attribute(attributes, "type") ?? "paragraph"
            )
            current?.isDefault = attribute(attributes, "default").map { $0 == "1" || $0 == "true" } ?? false
        case "name": current?.name = attribute(attributes, "val")
        case "basedOn": current?.basedOn = attribute(attributes, "val")
        case "pPr": inParagraphProperties = true
        case "rPr": inRunProperties = true
        default:
            if inRunProperties {
                if var style = current {
                    readRunProperty(name, attributes, into: &style.run)
                    current = style
                } else if inDefaults {
                    readRunProperty(name, attributes, into: &defaultRun)
                }
            } else if inParagraphProperties {
                if var style = current {
                    readParagraphProperty(name, attributes, into: &style.paragraph)
                    current = style
                } else if inDefaults {
                    readParagraphProperty(name, attributes, into: &defaultParagraph)
                }
            }
        }
    }

    override func endElement(_ name: String, namespaceURI: String?) {
        guard isWord(namespaceURI) else { return }
        switch name {
        case "docDefaults":
            inDefaults = false
            sheet.defaultParagraph = defaultParagraph
            sheet.defaultRun = defaultRun
        case "style":
            if let style = current, !style.id.isEmpty { sheet.styles[style.id] = style }
            current = nil
        case "pPr": inParagraphProperties = false
        case "rPr": inRunProperties = false
        default: break
        }
    }
}
