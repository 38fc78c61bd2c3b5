import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's SAX parser over one package part with the protections a
/// file from anywhere needs: no DOCTYPE or entity declarations (so no entity
/// expansion bombs or external entities), external entity resolution off.
enum SafeXMLParser {
    /// Parses `data` (part `part` of the file at `path`) with `handler`.
    static func parse(_ data: Data, part: String, path: String, handler: WordXMLHandler) throws(DocxError) {
        let utf8 = normalisedUTF8(data)
        if declaresDoctypeOrEntity(utf8) {
            throw DocxError.unsafeXML(path: path, part: part)
        }
        // Foundation's SAX bridge force-unwraps names as UTF-8 and traps on a
        // malformed one (found by fuzzing), so such bytes never reach it.
        if let offset = firstInvalidUTF8(utf8) {
            let (line, column) = position(of: offset, in: utf8)
            throw DocxError.malformedXML(path: path, part: part, line: line, column: column, reason: "含有无效的 UTF-8 字节，文件可能已损坏")
        }
        let parser = XMLParser(data: utf8)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = handler
        let succeeded = parser.parse()
        if handler.sawUnsafeDeclaration {
            throw DocxError.unsafeXML(path: path, part: part)
        }
        if let error = handler.parseError ?? parser.parserError ?? (succeeded ? nil : NSError(domain: "XML", code: 0)) {
            throw DocxError.malformedXML(path: path, part: part, line: parser.lineNumber, column: parser.columnNumber, reason: reason((error as NSError).code))
        }
        if handler.depth != 0 {
            throw DocxError.malformedXML(path: path, part: part, line: parser.lineNumber, column: parser.columnNumber, reason: reason(5))
        }
    }

    /// libxml2 error codes in words.
    private static func reason(_ code: Int) -> String {
        switch code {
        case 4: "内容为空"
        case 5: "内容意外结束，文件可能被截断"
        case 9: "含有 XML 不允许的字符"
        case 73, 76: "标签不配对"
        default: "解析错误 \(code)"
        }
    }

    /// The part as UTF-8: UTF-16 parts (allowed by OPC, rare) are converted so the DOCTYPE check sees them.
    private static func normalisedUTF8(_ data: Data) -> Data {
        guard data.count >= 2 else { return data }
        let first = data[data.startIndex]
        let second = data[data.startIndex + 1]
        if (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF),
           let text = String(data: data, encoding: .utf16) {
            let converted = text.replacingOccurrences(of: "encoding=\"UTF-16\"", with: "encoding=\"UTF-8\"", options: .caseInsensitive)
            return Data(converted.utf8)
        }
        return data
    }

    /// Byte offset of the first byte that is not valid UTF-8, nil when all of it is.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// 1-based line and byte column of `offset`, for the error message.
    private static func position(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        let before = data.prefix(offset)
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = offset - (before.lastIndex(of: 0x0A).map { $0 - data.startIndex + 1 } ?? 0) + 1
        return (line, column)
    }

    /// Whether the bytes hold `<!DOCTYPE` or `<!ENTITY` anywhere (Word writes neither).
    static func declaresDoctypeOrEntity(_ data: Data) -> Bool {
        let doctype = Array("DOCTYPE".utf8)
        let entity = Array("ENTITY".utf8)
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == 0x3C && bytes[index + 1] == 0x21 { // "<!"
                    if matches(bytes, at: index + 2, doctype) || matches(bytes, at: index + 2, entity) { return true }
                }
                index += 1
            }
            return false
        }
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ word: [UInt8]) -> Bool {
        guard start + word.count <= bytes.count else { return false }
        for offset in 0..<word.count where bytes[start + offset] & 0xDF != word[offset] { return false }
        return true
    }
}

/// Base SAX delegate for WordprocessingML parts: tells W-namespace elements
/// apart from others and reads attributes by local name whatever their prefix.
class WordXMLHandler: NSObject, XMLParserDelegate {
    /// Set when the parser reports an entity declaration the byte scan missed.
    var sawUnsafeDeclaration = false

    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    /// Whether `namespace` is WordprocessingML's main namespace (transitional or strict).
    func isWord(_ namespace: String?) -> Bool {
        namespace.map { Self.wordNamespaces.contains($0) } ?? false
    }

    /// The value of attribute `local` (e.g. "val"), preferring the w: prefix, else any prefix.
    func attribute(_ attributes: [String: String], _ local: String) -> String? {
        if let value = attributes["w:" + local] { return value }
        if let value = attributes[local] { return value }
        for (key, value) in attributes {
            if let colon = key.lastIndex(of: ":"), key[key.index(after: colon)...] == local { return value }
        }
        return nil
    }

    /// An integer attribute (Word sometimes writes "240.0"). Values beyond ±10⁹ are
    /// ignored, so no later arithmetic on lengths can overflow.
    func intAttribute(_ attributes: [String: String], _ local: String) -> Int? {
        guard let text = attribute(attributes, local) else { return nil }
        if let value = Int(text) { return abs(value) <= 1_000_000_000 ? value : nil }
        return Double(text).flatMap { $0.isFinite && abs($0) <= 1e9 ? Int($0.rounded()) : nil }
    }

    /// An on/off property: present with no val, or val 1/true/on, means on.
    func isOn(_ attributes: [String: String]) -> Bool {
        guard let value = attribute(attributes, "val") else { return true }
        return !(value == "0" || value == "false" || value == "off" || value == "none")
    }

    /// Element depth, to notice a truncated part (Linux's parser reports no error for one).
    private(set) var depth = 0
    /// The first error the parser reported (Linux's `parse()` returns true even then).
    private(set) var parseError: Error?

    /// Subclasses override these three instead of the delegate methods.
    func startElement(_ name: String, namespaceURI: String?, attributes: [String: String]) {}
    func endElement(_ name: String, namespaceURI: String?) {}
    func characters(_ string: String) {}

    // The delegate witnesses live here, final: a method first declared in a subclass
    // is not seen through the protocol on Linux.
    final func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        startElement(name, namespaceURI: namespaceURI, attributes: attributes)
    }

    final func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        endElement(name, namespaceURI: namespaceURI)
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters(string)
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        if parseError == nil { parseError = error }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        sawUnsafeDeclaration = true
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        sawUnsafeDeclaration = true
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        sawUnsafeDeclaration = true
        parser.abortParsing()
        return nil
    }
}
