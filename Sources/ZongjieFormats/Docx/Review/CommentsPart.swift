import Foundation

/// The parts of a package being rewritten: originals by default, some replaced, some added.
struct PackagePartsEditor {
    let package: DocxPackage
    private var replaced: [String: Data] = [:]
    private var added: [(path: String, data: Data)] = []

    init(package: DocxPackage) {
        self.package = package
    }

    /// The main document part named by the package relationships (word/document.xml by default).
    func documentPart(path: String) throws(DocxError) -> String {
        let relationships = try self.relationships(of: "", path: path)
        return relationships.targetsByType["officeDocument"].map { RelationshipsHandler.resolve($0, from: "") } ?? "word/document.xml"
    }

    func relationshipsPath(of part: String) -> String {
        let components = part.split(separator: "/").map(String.init)
        return (components.dropLast() + ["_rels", (components.last ?? "") + ".rels"]).joined(separator: "/")
    }

    func relationships(of part: String, path: String) throws(DocxError) -> RelationshipsHandler {
        let handler = RelationshipsHandler()
        let relsPath = relationshipsPath(of: part)
        if let data = try data(relsPath) {
            try SafeXMLParser.parse(data, part: relsPath, path: path, handler: handler)
        }
        return handler
    }

    func data(_ part: String) throws(DocxError) -> Data? {
        if let data = replaced[part.lowercased()] { return data }
        if let data = added.first(where: { $0.path.lowercased() == part.lowercased() })?.data { return data }
        return try package.data(part)
    }

    func contains(_ part: String) -> Bool {
        package.contains(part) || added.contains { $0.path.lowercased() == part.lowercased() }
    }

    mutating func replace(_ part: String, with data: Data) {
        if package.contains(part) {
            replaced[part.lowercased()] = data
        } else if let index = added.firstIndex(where: { $0.path.lowercased() == part.lowercased() }) {
            added[index].data = data
        } else {
            added.append((part, data))
        }
    }

    /// The package as a zip: original parts in their order, then the new ones.
    func archive() throws(DocxError) -> Data {
        var entries: [(path: String, data: Data)] = []
        for part in package.partPaths {
            guard let data = try data(part) else { continue }
            entries.append((part, data))
        }
        return try ZipArchiveBuilder.archive(entries + added)
    }

    /// `xml` with `insertion` put before its last closing tag (the root's).
    static func inserting(_ insertion: String, beforeRootEndOf xml: String) -> String? {
        guard let range = xml.range(of: "</", options: .backwards) else { return nil }
        return xml[..<range.lowerBound] + insertion + xml[range.lowerBound...]
    }
}

/// word/comments.xml: the user's comments kept, ours appended; created with its
/// relationship and content type when the document had none.
struct CommentsPart {
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    private static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    private static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private let documentPart: String
    /// The existing part's path and tree, nil when the document has no comments part.
    private var existing: (part: String, root: XMLNode)?
    private var comments: [String] = []
    private var prefix = "w"
    private(set) var usedIDs: Set<Int> = []

    init(parts: inout PackagePartsEditor, documentPart: String, path: String) throws(DocxError) {
        self.documentPart = documentPart
        let folder = documentPart.split(separator: "/").dropLast().joined(separator: "/")
        let relationships = try parts.relationships(of: documentPart, path: path)
        guard let target = relationships.targetsByType["comments"] else { return }
        let part = RelationshipsHandler.resolve(target, from: folder)
        guard let data = try parts.data(part), let root = try? EditableXMLParser.parse(data), let element = root.elements.first else { return }
        existing = (part, root)
        prefix = element.scope.first { WordXMLHandler.wordNamespaces.contains($0.value) && !$0.key.isEmpty }?.key ?? ""
        func collect(_ node: XMLNode) {
            for child in node.elements {
                for attribute in XMLNode.attributes(of: child.startTag) where attribute.name.hasSuffix("id") {
                    if let id = Int(attribute.value) { usedIDs.insert(id) }
                }
                collect(child)
            }
        }
        collect(root)
    }

    private func word(_ name: String) -> String { prefix.isEmpty ? name : "\(prefix):\(name)" }

    /// Adds one comment; its first paragraph carries the annotation mark Word shows in the margin.
    mutating func add(id: Int, author: String, initials: String, date: String, paragraphs: [String]) {
        let p = word("p"), r = word("r"), t = word("t")
        var xml = "<\(word("comment")) \(word("id"))=\"\(id)\" \(word("author"))=\"\(XMLNode.escape(author))\" \(word("date"))=\"\(date)\" \(word("initials"))=\"\(XMLNode.escape(initials))\">"
        for (index, text) in (paragraphs.isEmpty ? [""] : paragraphs).enumerated() {
            xml += "<\(p)>"
            if index == 0 { xml += "<\(r)><\(word("annotationRef"))/></\(r)>" }
            xml += "<\(r)><\(t) xml:space=\"preserve\">\(XMLNode.escape(text))</\(t)></\(r)></\(p)>"
        }
        comments.append(xml + "</\(word("comment"))>")
    }

    /// Writes the part (and, for a new one, its relationship and content type).
    func write(into parts: inout PackagePartsEditor) throws(DocxError) {
        if let existing, let element = existing.root.elements.first {
            for node in EditableXMLParser.fragment(comments.joined(), scope: element.scope) { element.append(node) }
            parts.replace(existing.part, with: Data(existing.root.xml.utf8))
            return
        }
        let folder = documentPart.split(separator: "/").dropLast().joined(separator: "/")
        var name = "comments.xml"
        var counter = 1
        while parts.contains(folder.isEmpty ? name : "\(folder)/\(name)") {
            counter += 1
            name = "comments\(counter).xml"
        }
        let part = folder.isEmpty ? name : "\(folder)/\(name)"
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"\(Self.wordNamespace)\">" + comments.joined() + "</w:comments>"
        parts.replace(part, with: Data(xml.utf8))

        let relsPath = parts.relationshipsPath(of: documentPart)
        let relationship = "<Relationship Id=\"rIdZongjieComments\" Type=\"\(Self.relationshipType)\" Target=\"\(name)\"/>"
        if let data = try parts.data(relsPath), let rels = PackagePartsEditor.inserting(relationship, beforeRootEndOf: String(decoding: data, as: UTF8.self)) {
            parts.replace(relsPath, with: Data(rels.utf8))
        } else {
            let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationship)</Relationships>"
            parts.replace(relsPath, with: Data(rels.utf8))
        }
        let override = "<Override PartName=\"/\(part)\" ContentType=\"\(Self.contentType)\"/>"
        if let data = try parts.data("[Content_Types].xml"),
           let types = PackagePartsEditor.inserting(override, beforeRootEndOf: String(decoding: data, as: UTF8.self)) {
            parts.replace("[Content_Types].xml", with: Data(types.utf8))
        }
    }
}
