import Foundation

/// document.xml as a tree with its w:t and w:p elements numbered the way the reader
/// numbers them, and runs split so that a point of the text falls between two runs —
/// where comment marks and tracked changes can go — with each part keeping its w:rPr.
final class RunSplitter {
    /// One piece of a w:t after splitting: the text element and the scalars of the original it holds.
    struct Piece {
        var element: XMLNode
        var start: Int
        var length: Int
    }

    let root: XMLNode
    /// Pieces of each original w:t, in order.
    private(set) var pieces: [[Piece]] = []
    private(set) var paragraphs: [XMLNode] = []
    /// The prefix bound to WordprocessingML at the document element ("w" almost always).
    private(set) var wordPrefix = "w"
    /// Namespace prefixes declared on the document element.
    var documentScope: [String: String] { root.elements.first?.scope ?? [:] }
    /// Every w:id value in the part, so new comments and revisions get unused ids.
    private(set) var usedIDs: Set<Int> = []

    init(root: XMLNode) {
        self.root = root
        index(root)
        if let document = root.elements.first {
            wordPrefix = document.scope.first { WordXMLHandler.wordNamespaces.contains($0.value) && !$0.key.isEmpty }?.key ?? "w"
        }
    }

    private func index(_ node: XMLNode) {
        for child in node.children where child.kind == .element {
            if isWord(child) {
                if child.localName == "t" {
                    let length = child.children.filter { $0.kind == .text }.reduce(0) { $0 + $1.decodedText.unicodeScalars.count }
                    pieces.append([Piece(element: child, start: 0, length: length)])
                } else if child.localName == "p" {
                    paragraphs.append(child)
                }
            }
            for attribute in XMLNode.attributes(of: child.startTag) where attribute.name == "id" || attribute.name.hasSuffix(":id") {
                if let id = Int(attribute.value) { usedIDs.insert(id) }
            }
            index(child)
        }
    }

    func isWord(_ node: XMLNode) -> Bool {
        node.kind == .element && node.namespace.map { WordXMLHandler.wordNamespaces.contains($0) } ?? false
    }

    /// `name` with the document's Word prefix ("w:name").
    func word(_ name: String) -> String { wordPrefix.isEmpty ? name : "\(wordPrefix):\(name)" }

    /// Makes `point` fall between runs (splitting the w:t and its run there when needed).
    func split(at point: DocxTextPoint) {
        guard point.textOrdinal >= 0, point.textOrdinal < pieces.count else { return }
        var list = pieces[point.textOrdinal]
        guard let index = list.firstIndex(where: { point.offset >= $0.start && point.offset <= $0.start + $0.length }) else { return }
        let piece = list[index]
        let cut = point.offset - piece.start
        if cut > 0 && cut < piece.length {
            let scalars = Array(piece.element.children.filter { $0.kind == .text }.map(\.decodedText).joined().unicodeScalars)
            let second = piece.element.copy()
            setText(piece.element, String(String.UnicodeScalarView(scalars[..<cut])))
            setText(second, String(String.UnicodeScalarView(scalars[cut...])))
            piece.element.insertSibling(second, after: true)
            list[index].length = cut
            list.insert(Piece(element: second, start: piece.start + cut, length: piece.length - cut), at: index + 1)
            pieces[point.textOrdinal] = list
            splitRun(before: second)
        } else if cut == 0 {
            splitRun(before: piece.element)
        } else {
            splitRun(after: piece.element)
        }
    }

    /// The piece starting at `point` (after `split(at:)`), whose run begins there.
    func piece(startingAt point: DocxTextPoint) -> XMLNode? {
        guard point.textOrdinal >= 0, point.textOrdinal < pieces.count else { return nil }
        return pieces[point.textOrdinal].first { $0.start == point.offset && $0.length > 0 }?.element
    }

    /// The piece ending at `point` (after `split(at:)`), whose run ends there.
    func piece(endingAt point: DocxTextPoint) -> XMLNode? {
        guard point.textOrdinal >= 0, point.textOrdinal < pieces.count else { return nil }
        return pieces[point.textOrdinal].last { $0.start + $0.length == point.offset && $0.length > 0 }?.element
    }

    /// Replaces a w:t's text, marking it space-preserving since a split can leave edge spaces.
    func setText(_ element: XMLNode, _ text: String) {
        element.children = []
        element.append(.text(text))
        let attributes = XMLNode.attributes(of: element.startTag).filter { $0.name != "xml:space" }
        let written = attributes.map { " \($0.name)=\"\(XMLNode.escape($0.value))\"" }.joined()
        element.startTag = "<\(element.qualifiedName)\(written) xml:space=\"preserve\">"
        element.endTag = "</\(element.qualifiedName)>"
    }

    private func splitRun(before child: XMLNode) {
        guard let run = child.parent, isWord(run), run.localName == "r", let index = child.indexInParent else { return }
        let contentBefore = run.children[..<index].contains { $0.kind == .element && !(isWord($0) && $0.localName == "rPr") }
        guard contentBefore else { return }
        let second = XMLNode(kind: .element, startTag: run.startTag, endTag: run.endTag.isEmpty ? "</\(run.qualifiedName)>" : run.endTag,
                             qualifiedName: run.qualifiedName, scope: run.scope)
        if let properties = run.children.first(where: { isWord($0) && $0.localName == "rPr" }) { second.append(properties.copy()) }
        for moved in run.children[index...] { second.append(moved) }
        run.children.removeSubrange(index...)
        run.insertSibling(second, after: true)
    }

    private func splitRun(after child: XMLNode) {
        guard let run = child.parent, let index = child.indexInParent, index + 1 < run.children.count else { return }
        guard let next = run.children[(index + 1)...].first(where: { $0.kind == .element }) else { return }
        splitRun(before: next)
    }

    /// The run holding `piece`.
    func run(of piece: XMLNode) -> XMLNode? {
        guard let run = piece.parent, isWord(run), run.localName == "r" else { return nil }
        return run
    }

    /// Marks `id` as taken (comments already in comments.xml).
    func reserve(_ id: Int) { usedIDs.insert(id) }

    /// A new id not used by any w:id in the part (nor handed out before).
    func newID() -> Int {
        var candidate = (usedIDs.max() ?? 0) + 1
        while usedIDs.contains(candidate) { candidate += 1 }
        usedIDs.insert(candidate)
        return candidate
    }
}
