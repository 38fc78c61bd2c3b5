/// word/fontTable.xml: each font we name, with the alternative name, PANOSE
/// class and family Word, WPS and LibreOffice use to pick a substitute when
/// the official font (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体) is not installed.
enum FontTablePart {
    /// One font entry: its name, the fallback name, PANOSE-1 digits, charset, family and pitch.
    struct Entry {
        var name: String
        var altName: String?
        var panose: String
        var charset: String
        var family: String
        var pitch: String
    }

    static let entries: [Entry] = [
        Entry(name: "仿宋_GB2312", altName: "仿宋", panose: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed"),
        Entry(name: "楷体_GB2312", altName: "楷体", panose: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed"),
        Entry(name: "方正小标宋简体", altName: "宋体", panose: "02000000000000000000", charset: "86", family: "auto", pitch: "variable"),
        Entry(name: "黑体", altName: "SimHei", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed"),
        Entry(name: "宋体", altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "auto", pitch: "variable"),
        Entry(name: "仿宋", altName: "FangSong", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed"),
        Entry(name: "楷体", altName: "KaiTi", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed"),
        Entry(name: "Times New Roman", altName: nil, panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable"),
    ]

    static func xml() -> String {
        var xml = XMLText.declaration
        xml += "<w:fonts xmlns:w=\"\(XMLText.wordNamespace)\">"
        for entry in entries {
            xml += "<w:font w:name=\"\(XMLText.escape(entry.name))\">"
            if let altName = entry.altName { xml += "<w:altName w:val=\"\(XMLText.escape(altName))\"/>" }
            xml += "<w:panose1 w:val=\"\(entry.panose)\"/><w:charset w:val=\"\(entry.charset)\"/>"
            xml += "<w:family w:val=\"\(entry.family)\"/><w:pitch w:val=\"\(entry.pitch)\"/></w:font>"
        }
        xml += "</w:fonts>"
        return xml
    }
}
