import Foundation
@testable import ZongjieFormats

/// Built-in samples as a clerk's .docx with defects planted the way real files carry
/// them (text split over many runs, a reviewer's earlier insertion), and the
/// accept-all / reject-all of our tracked changes done on the XML.
enum DocxReviewSupport {
    static let plainParagraph = try! NSRegularExpression(pattern: "<w:p><w:r><w:t xml:space=\"preserve\">([^<]{24,})</w:t></w:r></w:p>")
    static let tableCell = try! NSRegularExpression(pattern: "(<w:pStyle w:val=\"ZJTableText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">)([^<\t]{4,})(</w:t></w:r>)")

    /// The sample `type` drafted as .docx by the built binary.
    static func sampleDocx(_ type: String, in folder: URL) throws -> Data {
        let path = folder.appendingPathComponent("\(type).docx")
        let result = try CLIRunner.run(["new", "--type", type, "--sample", "-o", path.path], in: folder)
        guard result.status == 0 else { throw SampleError(message: result.stderr) }
        return try Data(contentsOf: path)
    }

    struct SampleError: Error { var message: String }

    /// `docx` with defects planted: in the first long body paragraph a half-width comma and a
    /// typo (按装) spread over two-scalar runs with their own w:rPr; a half-width comma inside a
    /// single run of the next one; the one after wrapped in a reviewer's w:ins; a comma in a table cell.
    static func planted(_ docx: Data) throws -> Data {
        try rewriteDocument(docx) { xml in
            var xml = xml
            let matches = plainParagraph.matches(in: xml, range: NSRange(xml.startIndex..., in: xml))
                .filter { match in Range(match.range(at: 1), in: xml).map { xml[$0].contains("，") } ?? false }
            // Later matches first, so earlier ranges stay valid.
            for (index, match) in matches.prefix(3).enumerated().reversed() {
                guard let whole = Range(match.range, in: xml), let textRange = Range(match.range(at: 1), in: xml) else { continue }
                let text = String(xml[textRange])
                switch index {
                case 0:
                    var scalars = Array(text.replacingOccurrences(of: "，", with: ",", options: [], range: text.range(of: "，")).unicodeScalars)
                    scalars.insert(contentsOf: "按装".unicodeScalars, at: 5)
                    var runs = ""
                    for start in stride(from: 0, to: scalars.count, by: 2) {
                        let chunk = String(String.UnicodeScalarView(scalars[start..<min(start + 2, scalars.count)]))
                        runs += "<w:r><w:rPr><w:color w:val=\"1F3864\"/></w:rPr><w:t xml:space=\"preserve\">\(chunk)</w:t></w:r>"
                    }
                    xml.replaceSubrange(whole, with: "<w:p>\(runs)</w:p>")
                case 1:
                    let commas = text.ranges(of: "，")
                    guard let last = commas.last else { continue }
                    xml.replaceSubrange(textRange, with: text.replacingCharacters(in: last, with: ","))
                default:
                    xml.replaceSubrange(whole, with: "<w:p><w:ins w:id=\"9001\" w:author=\"审核人\" w:date=\"2024-12-01T00:00:00Z\"><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:ins></w:p>")
                }
            }
            if let cell = tableCell.firstMatch(in: xml, range: NSRange(xml.startIndex..., in: xml)),
               let textRange = Range(cell.range(at: 2), in: xml) {
                var text = String(xml[textRange])
                text.insert(",", at: text.index(text.startIndex, offsetBy: 2))
                text.insert("。", at: text.endIndex)
                xml.replaceSubrange(textRange, with: text)
            }
            return xml
        }
    }

    /// `docx` as if every zongjie change were accepted (`accept`) or rejected, leaving other authors' alone.
    static func resolved(_ docx: Data, accept: Bool) throws -> Data {
        let insertion = try NSRegularExpression(pattern: "<w:ins w:id=\"[0-9]+\" w:author=\"zongjie\" w:date=\"[^\"]*\">(.*?)</w:ins>")
        let deletion = try NSRegularExpression(pattern: "<w:del w:id=\"[0-9]+\" w:author=\"zongjie\" w:date=\"[^\"]*\">(.*?)</w:del>")
        return try rewriteDocument(docx) { xml in
            var xml = xml
            let (kept, dropped) = accept ? (insertion, deletion) : (deletion, insertion)
            xml = dropped.stringByReplacingMatches(in: xml, range: NSRange(xml.startIndex..., in: xml), withTemplate: "")
            xml = kept.stringByReplacingMatches(in: xml, range: NSRange(xml.startIndex..., in: xml), withTemplate: "$1")
            return xml.replacingOccurrences(of: "w:delText", with: "w:t")
        }
    }

    static func rewriteDocument(_ docx: Data, _ change: (String) throws -> String) throws -> Data {
        let package = try DocxPackage(data: docx, path: "x.docx", limits: DocxReadLimits())
        var parts = PackagePartsEditor(package: package)
        guard let document = try parts.data("word/document.xml") else { throw SampleError(message: "no document.xml") }
        parts.replace("word/document.xml", with: Data(try change(String(decoding: document, as: UTF8.self)).utf8))
        return try parts.archive()
    }

    /// The comments' paragraphs in comments.xml, in order (one string per comment).
    static func commentTexts(_ docx: Data) throws -> [String] {
        let xml = try ZipArchiveBuilder.text(of: "word/comments.xml", in: docx)
        return xml.components(separatedBy: "<w:comment ").dropFirst().map { comment in
            let texts = try? NSRegularExpression(pattern: "<w:t[^>]*>([^<]*)</w:t>")
            return texts?.matches(in: comment, range: NSRange(comment.startIndex..., in: comment)).compactMap {
                Range($0.range(at: 1), in: comment).map { String(comment[$0]) }
            }.joined(separator: "\n") ?? ""
        }
    }
}
