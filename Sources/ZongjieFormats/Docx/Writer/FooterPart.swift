/// word/footer1.xml (odd pages) and footer2.xml (even pages): "— 1 —" in
/// 4号半角宋体, odd pages right with one character to spare, even pages left (GB/T 9704 7.5).
enum FooterPart {
    /// One 4号 character (14 pt) in twips: the 一字 the page number keeps from the edge.
    static let edgeOffsetTwips = 280

    static func xml(odd: Bool) -> String {
        var xml = XMLText.declaration
        xml += "<w:ftr xmlns:w=\"\(XMLText.wordNamespace)\" xmlns:r=\"\(XMLText.relationshipNamespace)\">"
        xml += "<w:p><w:pPr><w:pStyle w:val=\"\(DocxStyleID.footer.rawValue)\"/>"
        if odd {
            xml += "<w:ind w:right=\"\(edgeOffsetTwips)\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>"
        } else {
            xml += "<w:ind w:left=\"\(edgeOffsetTwips)\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>"
        }
        xml += "</w:pPr>"
        xml += "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
        xml += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        xml += "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        xml += "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        xml += "<w:r><w:t>\(odd ? "1" : "2")</w:t></w:r>"
        xml += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        xml += "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r>"
        xml += "</w:p></w:ftr>"
        return xml
    }
}
