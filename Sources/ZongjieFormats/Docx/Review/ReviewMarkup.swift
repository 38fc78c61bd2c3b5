import Foundation
import ZongjieCore

/// Puts comment ranges and tracked changes into document.xml: resolves each
/// line:column range through the reader's `DocxLineMap`s to w:t points, splits runs
/// there, wraps replaced text in w:del and adds the replacement in w:ins.
final class ReviewMarkup {
    private let splitter: RunSplitter
    private let maps: [DocxLineMap]
    private let author: String
    private let date: String
    /// Our w:del elements and the w:ins written right after each.
    private var insertionAfter: [ObjectIdentifier: XMLNode] = [:]
    private var ourDeletions: Set<ObjectIdentifier> = []

    private static let revisionWrappers: Set<String> = ["ins", "del", "moveFrom", "moveTo"]
    /// Run children a tracked deletion may hold (text and what draws no more than text).
    private static let plainRunChildren: Set<String> = ["rPr", "t", "tab", "br", "cr", "lastRenderedPageBreak", "softHyphen", "noBreakHyphen"]
    /// Siblings of runs that may sit inside a deletion.
    private static let plainMarks: Set<String> = ["bookmarkStart", "bookmarkEnd", "proofErr", "commentRangeStart", "commentRangeEnd", "permStart", "permEnd"]

    init(splitter: RunSplitter, maps: [DocxLineMap], author: String, date: String) {
        self.splitter = splitter
        self.maps = maps
        self.author = author
        self.date = date
    }

    /// The w:t points a range starts and ends at; nil when it covers no text of the file.
    func points(_ range: SourceRange) -> (start: DocxTextPoint, end: DocxTextPoint)? {
        guard range.start.line >= 1, range.end.line <= maps.count, range.start.line <= range.end.line else { return nil }
        guard let start = maps[range.start.line - 1].resolvedStart(atOffset: range.start.column - 1),
              let end = maps[range.end.line - 1].resolvedEnd(atOffset: range.end.column - 1) else { return nil }
        if range.start.line == range.end.line && start.lineOffset >= end.lineOffset { return nil }
        return (start.point, end.point)
    }

    /// Splits runs at both ends of every range, before anything is inserted.
    func prepare(_ ranges: [SourceRange]) {
        for range in ranges {
            if let points = points(range) {
                splitter.split(at: points.start)
                splitter.split(at: points.end)
            } else if range.start == range.end, range.start.line >= 1, range.start.line <= maps.count {
                let offset = range.start.column - 1
                if let point = maps[range.start.line - 1].resolvedStart(atOffset: offset), point.lineOffset == offset { splitter.split(at: point.point) }
                if let point = maps[range.start.line - 1].resolvedEnd(atOffset: offset), point.lineOffset == offset { splitter.split(at: point.point) }
            }
        }
    }

    /// Writes one edit as a tracked change; false when its text is not plain runs (then it is left alone).
    func applyEdit(_ range: SourceRange, replacement: String) -> Bool {
        guard range.start.line == range.end.line, range.start.line >= 1, range.start.line <= maps.count else { return false }
        let map = maps[range.start.line - 1]
        let (startOffset, endOffset) = (range.start.column - 1, range.end.column - 1)
        if startOffset == endOffset {
            guard !replacement.isEmpty else { return false }
            if let point = map.resolvedEnd(atOffset: startOffset), point.lineOffset == startOffset,
               let piece = splitter.piece(endingAt: point.point), let run = splitter.run(of: piece), !isInsideRevision(run) {
                run.insertSibling(insertion(replacement, like: run), after: true)
                return true
            }
            if let point = map.resolvedStart(atOffset: startOffset), point.lineOffset == startOffset,
               let piece = splitter.piece(startingAt: point.point), let run = splitter.run(of: piece), !isInsideRevision(run) {
                run.insertSibling(insertion(replacement, like: run), after: false)
                return true
            }
            return false
        }
        guard map.isPlainText(from: startOffset, to: endOffset), let points = points(range),
              let first = splitter.piece(startingAt: points.start).flatMap(splitter.run(of:)),
              let last = splitter.piece(endingAt: points.end).flatMap(splitter.run(of:)),
              let parent = first.parent, last.parent === parent, !isInsideRevision(first),
              let firstIndex = first.indexInParent, let lastIndex = last.indexInParent, firstIndex <= lastIndex else { return false }
        let covered = Array(parent.children[firstIndex...lastIndex])
        for node in covered where node.kind == .element {
            if splitter.isWord(node), node.localName == "r" {
                guard node.elements.allSatisfy({ splitter.isWord($0) && Self.plainRunChildren.contains($0.localName) }) else { return false }
            } else if !(splitter.isWord(node) && Self.plainMarks.contains(node.localName)) {
                return false
            }
        }
        guard let deletion = element("<\(splitter.word("del")) \(revisionAttributes())></\(splitter.word("del"))>", scope: parent.scope) else { return false }
        parent.children.removeSubrange(firstIndex...lastIndex)
        parent.insert(deletion, at: firstIndex)
        ourDeletions.insert(ObjectIdentifier(deletion))
        for node in covered {
            deletion.append(node)
            for child in node.elements where splitter.isWord(child) && child.localName == "t" {
                child.rename(to: splitter.word("delText"))
            }
        }
        if !replacement.isEmpty {
            let added = insertion(replacement, like: first)
            deletion.insertSibling(added, after: true)
            insertionAfter[ObjectIdentifier(deletion)] = added
        }
        return true
    }

    /// Anchors comment `id` on `range`, or on the whole line's paragraphs when the range
    /// holds no text of the file (structure findings, generated numbering).
    func addComment(id: Int, range: SourceRange, wholeParagraph: Bool) {
        let start = element("<\(splitter.word("commentRangeStart")) \(splitter.word("id"))=\"\(id)\"/>", scope: splitter.documentScope)
        let end = element("<\(splitter.word("commentRangeEnd")) \(splitter.word("id"))=\"\(id)\"/>", scope: splitter.documentScope)
        let reference = element("<\(splitter.word("r"))><\(splitter.word("commentReference")) \(splitter.word("id"))=\"\(id)\"/></\(splitter.word("r"))>", scope: splitter.documentScope)
        guard let start, let end, let reference else { return }
        if !wholeParagraph, let points = points(range),
           let first = splitter.piece(startingAt: points.start).flatMap(splitter.run(of:)),
           let last = splitter.piece(endingAt: points.end).flatMap(splitter.run(of:)) {
            startAnchor(first).insertSibling(start, after: false)
            endAnchor(last).insertSibling(end, after: true)
        } else if let (first, last) = paragraphs(around: range.start.line) {
            let propertiesIndex = first.children.firstIndex { splitter.isWord($0) && $0.localName == "pPr" }
            first.insert(start, at: propertiesIndex.map { $0 + 1 } ?? 0)
            last.append(end)
        } else {
            return
        }
        var anchor = end
        while let parent = anchor.parent, splitter.isWord(parent), Self.revisionWrappers.contains(parent.localName) { anchor = parent }
        anchor.insertSibling(reference, after: true)
    }

    /// The first and last w:p of line `line`, or of the nearest line that has paragraphs.
    private func paragraphs(around line: Int) -> (XMLNode, XMLNode)? {
        let candidates = [line] + (1..<maps.count + 1).flatMap { [line + $0, line - $0] }
        for candidate in candidates where candidate >= 1 && candidate <= maps.count {
            let ordinals = maps[candidate - 1].paragraphOrdinals.filter { $0 >= 0 && $0 < splitter.paragraphs.count }
            if let first = ordinals.first, let last = ordinals.last {
                return (splitter.paragraphs[first], splitter.paragraphs[last])
            }
        }
        return nil
    }

    /// Where a comment starting at `run` begins: before the revision that starts with it, if any.
    private func startAnchor(_ run: XMLNode) -> XMLNode {
        // Inside text we delete, the comment starts before the deletion: accepted, that text is gone.
        if let parent = run.parent, ourDeletions.contains(ObjectIdentifier(parent)) { return parent }
        var node = run
        while let parent = node.parent, splitter.isWord(parent), Self.revisionWrappers.contains(parent.localName),
              parent.elements.first === node { node = parent }
        return node
    }

    /// Where a comment ending at `run` ends: after our replacement when the run is deleted by us.
    private func endAnchor(_ run: XMLNode) -> XMLNode {
        if let parent = run.parent, ourDeletions.contains(ObjectIdentifier(parent)) {
            return insertionAfter[ObjectIdentifier(parent)] ?? parent
        }
        var node = run
        while let parent = node.parent, splitter.isWord(parent), Self.revisionWrappers.contains(parent.localName),
              parent.elements.last === node { node = parent }
        return insertionAfter[ObjectIdentifier(node)] ?? node
    }

    private func isInsideRevision(_ node: XMLNode) -> Bool {
        var current = node.parent
        while let ancestor = current {
            if splitter.isWord(ancestor), Self.revisionWrappers.contains(ancestor.localName) { return true }
            current = ancestor.parent
        }
        return false
    }

    /// A w:ins holding one run with `text`, formatted like `run` (its w:rPr without history).
    private func insertion(_ text: String, like run: XMLNode) -> XMLNode {
        var properties = ""
        if let rPr = run.elements.first(where: { splitter.isWord($0) && $0.localName == "rPr" })?.copy() {
            rPr.children.removeAll { splitter.isWord($0) && ["rPrChange", "ins", "del"].contains($0.localName) }
            properties = rPr.xml
        }
        let r = splitter.word("r"), t = splitter.word("t"), ins = splitter.word("ins")
        let xml = "<\(ins) \(revisionAttributes())><\(r)>\(properties)<\(t) xml:space=\"preserve\">\(XMLNode.escape(text))</\(t)></\(r)></\(ins)>"
        return element(xml, scope: run.scope) ?? XMLNode.text("")
    }

    private func revisionAttributes() -> String {
        "\(splitter.word("id"))=\"\(splitter.newID())\" \(splitter.word("author"))=\"\(XMLNode.escape(author))\" \(splitter.word("date"))=\"\(date)\""
    }

    private func element(_ xml: String, scope: [String: String]) -> XMLNode? {
        EditableXMLParser.fragment(xml, scope: scope).first
    }
}
