import Foundation

/// Splits a part into an `XMLNode` tree without losing a byte: the root returned is a
/// container (no tags of its own) holding the prolog, the document element and anything after.
enum EditableXMLParser {
    struct Malformed: Error {}

    static func parse(_ data: Data) throws -> XMLNode {
        let bytes = [UInt8](data)
        let root = XMLNode(kind: .element, startTag: "", qualifiedName: "")
        var current = root
        var index = 0
        var textStart = 0

        func flushText(upTo end: Int) {
            guard end > textStart else { return }
            current.append(XMLNode(kind: .text, startTag: String(decoding: bytes[textStart..<end], as: UTF8.self)))
        }

        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            flushText(upTo: index)
            let start = index
            if matches(bytes, at: index, "<!--") {
                index = try find(bytes, "-->", from: index + 4) + 3
                current.append(XMLNode(kind: .raw, startTag: String(decoding: bytes[start..<index], as: UTF8.self)))
            } else if matches(bytes, at: index, "<![CDATA[") {
                index = try find(bytes, "]]>", from: index + 9) + 3
                current.append(XMLNode(kind: .raw, startTag: String(decoding: bytes[start..<index], as: UTF8.self)))
            } else if matches(bytes, at: index, "<?") || matches(bytes, at: index, "<!") {
                index = try find(bytes, ">", from: index + 2) + 1
                current.append(XMLNode(kind: .raw, startTag: String(decoding: bytes[start..<index], as: UTF8.self)))
            } else if matches(bytes, at: index, "</") {
                index = try find(bytes, ">", from: index + 2) + 1
                guard let parent = current.parent else { throw Malformed() }
                current.endTag = String(decoding: bytes[start..<index], as: UTF8.self)
                current = parent
            } else {
                index = try tagEnd(bytes, from: index + 1)
                let tag = String(decoding: bytes[start..<index], as: UTF8.self)
                let selfClosing = index >= 2 && bytes[index - 2] == UInt8(ascii: "/")
                let node = element(tag: tag, parentScope: current.scope)
                current.append(node)
                if !selfClosing { current = node }
            }
            textStart = index
        }
        flushText(upTo: bytes.count)
        guard current === root else { throw Malformed() }
        return root
    }

    /// A new element from a start tag, with namespace declarations added to the parent's scope.
    static func element(tag: String, parentScope: [String: String]) -> XMLNode {
        var scope = parentScope
        for (name, value) in XMLNode.attributes(of: tag) {
            if name == "xmlns" { scope[""] = value } else if name.hasPrefix("xmlns:") { scope[String(name.dropFirst(6))] = value }
        }
        let scalars = tag.unicodeScalars.dropFirst()
        let name = String(String.UnicodeScalarView(scalars.prefix { !$0.properties.isWhitespace && $0 != ">" && $0 != "/" }))
        return XMLNode(kind: .element, startTag: tag, qualifiedName: name, scope: scope)
    }

    /// Parses a fragment (one or more elements) written with the prefixes in `scope`.
    static func fragment(_ xml: String, scope: [String: String]) -> [XMLNode] {
        let declarations = scope.filter { !$0.key.isEmpty }.map { " xmlns:\($0.key)=\"\(XMLNode.escape($0.value))\"" }.sorted().joined()
        let wrapped = "<zongjie-fragment\(declarations)>" + xml + "</zongjie-fragment>"
        guard let root = try? parse(Data(wrapped.utf8)), let holder = root.children.first else { return [] }
        let nodes = holder.children
        for node in nodes { node.parent = nil }
        return nodes
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { literalBytes in
            for offset in 0..<count where bytes[index + offset] != literalBytes[offset] { return false }
            return true
        }
    }

    private static func find(_ bytes: [UInt8], _ literal: StaticString, from start: Int) throws -> Int {
        var index = start
        while index < bytes.count {
            if matches(bytes, at: index, literal) { return index }
            index += 1
        }
        throw Malformed()
    }

    /// The index after the `>` closing a start tag, skipping `>` inside quoted attribute values.
    private static func tagEnd(_ bytes: [UInt8], from start: Int) throws -> Int {
        var index = start
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        throw Malformed()
    }
}
