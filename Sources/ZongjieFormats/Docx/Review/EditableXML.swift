import Foundation

/// A package part held as a tree that writes back byte for byte: every tag, text,
/// comment and declaration keeps its original spelling, so editing a few runs of a
/// user's document.xml leaves the rest exactly as Word (or WPS) wrote it.
///
/// Only what reviewing needs is parsed: element names with their namespace, attributes,
/// and text with entities decoded. The part was already read by `SafeXMLParser`, which
/// refuses DOCTYPEs and malformed XML, so this tokenizer meets well-formed input only.
final class XMLNode {
    enum Kind { case element, text, raw }

    var kind: Kind
    /// Start tag as written (`<w:t xml:space="preserve">`); for text, the escaped text; for raw, the markup.
    var startTag: String
    /// End tag as written; empty for a self-closing element.
    var endTag: String
    var qualifiedName: String
    var localName: String
    var namespace: String?
    /// Prefix → namespace in scope at this element.
    var scope: [String: String]
    var children: [XMLNode] = []
    weak var parent: XMLNode?

    init(kind: Kind, startTag: String, endTag: String = "", qualifiedName: String = "", scope: [String: String] = [:]) {
        self.kind = kind
        self.startTag = startTag
        self.endTag = endTag
        self.qualifiedName = qualifiedName
        self.scope = scope
        let parts = qualifiedName.split(separator: ":", maxSplits: 1).map(String.init)
        localName = parts.last ?? qualifiedName
        namespace = parts.count == 2 ? scope[parts[0]] : scope[""]
    }

    static func text(_ decoded: String) -> XMLNode {
        XMLNode(kind: .text, startTag: XMLNode.escape(decoded))
    }

    /// The decoded text of a text node.
    var decodedText: String { XMLNode.unescape(startTag) }

    func append(_ child: XMLNode) {
        child.parent = self
        children.append(child)
    }

    func insert(_ child: XMLNode, at index: Int) {
        child.parent = self
        children.insert(child, at: index)
    }

    var indexInParent: Int? { parent?.children.firstIndex { $0 === self } }

    /// Inserts `node` right before (or after) this node among its parent's children.
    func insertSibling(_ node: XMLNode, after: Bool) {
        guard let parent, let index = indexInParent else { return }
        parent.insert(node, at: after ? index + 1 : index)
    }

    /// The element's children that are elements.
    var elements: [XMLNode] { children.filter { $0.kind == .element } }

    /// The attribute value of `name` as written in the start tag (`w:id`), decoded.
    func attribute(_ name: String) -> String? {
        XMLNode.attributes(of: startTag).first { $0.name == name }?.value
    }

    /// A deep copy (parent not set).
    func copy() -> XMLNode {
        let clone = XMLNode(kind: kind, startTag: startTag, endTag: endTag, qualifiedName: qualifiedName, scope: scope)
        for child in children { clone.append(child.copy()) }
        return clone
    }

    /// The node as XML.
    func write(into output: inout String) {
        output += startTag
        guard kind == .element else { return }
        for child in children { child.write(into: &output) }
        output += endTag
    }

    var xml: String {
        var output = ""
        write(into: &output)
        return output
    }

    /// Renames the element (start and end tag), keeping its attributes.
    func rename(to qualified: String) {
        guard kind == .element else { return }
        let attributes = startTag.dropFirst(1 + qualifiedName.utf8.count)
        startTag = "<" + qualified + attributes
        if !endTag.isEmpty { endTag = "</\(qualified)>" }
        qualifiedName = qualified
        localName = qualified.split(separator: ":").last.map(String.init) ?? qualified
    }
}

extension XMLNode {
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Entity references decoded and line ends normalised, as an XML parser reports text.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") || text.contains("\r") else { return text }
        var output = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            if first == "\r" {
                output.append("\n")
                if scalars.first == "\n" { scalars = scalars.dropFirst() }
            } else if first == "&", let semicolon = scalars.prefix(12).firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(scalars[..<semicolon]))
                scalars = scalars[(semicolon + 1)...]
                switch name {
                case "amp": output.append("&")
                case "lt": output.append("<")
                case "gt": output.append(">")
                case "quot": output.append("\"")
                case "apos": output.append("'")
                default:
                    let value = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                    if let value, let scalar = Unicode.Scalar(value) { output.append(scalar) }
                }
            } else {
                output.append(first)
            }
        }
        return String(output)
    }

    /// Attributes of a start tag in order, values decoded.
    static func attributes(of tag: String) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        let scalars = Array(tag.unicodeScalars)
        var index = 1
        while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">", scalars[index] != "/" { index += 1 }
        while index < scalars.count {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            let nameStart = index
            while index < scalars.count, scalars[index] != "=", !scalars[index].properties.isWhitespace, scalars[index] != ">", scalars[index] != "/" { index += 1 }
            guard index > nameStart else { index += 1; continue }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<index]))
            while index < scalars.count, scalars[index] != "=", scalars[index] != ">" { index += 1 }
            guard index < scalars.count, scalars[index] == "=" else { break }
            index += 1
            while index < scalars.count, scalars[index] != "\"", scalars[index] != "'" { index += 1 }
            guard index < scalars.count else { break }
            let quote = scalars[index]
            index += 1
            let valueStart = index
            while index < scalars.count, scalars[index] != quote { index += 1 }
            result.append((name, unescape(String(String.UnicodeScalarView(scalars[valueStart..<min(index, scalars.count)])))))
            index += 1
        }
        return result
    }
}
