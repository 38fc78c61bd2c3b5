import ZongjieCore

/// The paragraph styles we write. 标题 and 正文 are Word's built-in Title and
/// Normal, which Chinese Word and WPS show under those very names; defining
/// custom styles called 标题/正文 would clash with them.
enum DocxStyleID: String, CaseIterable {
    case normal = "Normal"
    case title = "Title"
    case addressee = "ZJAddressee"
    case heading1 = "ZJHeading1"
    case heading2 = "ZJHeading2"
    case heading3 = "ZJHeading3"
    case heading4 = "ZJHeading4"
    case signature = "ZJSignature"
    case date = "ZJDate"
    case footer = "Footer"
    case tableText = "ZJTableText"

    /// The style's w:name: what Word shows in the style gallery.
    var displayName: String {
        switch self {
        case .normal: "Normal"
        case .title: "Title"
        case .addressee: "主送机关"
        case .heading1: "一级标题"
        case .heading2: "二级标题"
        case .heading3: "三级标题"
        case .heading4: "四级标题"
        case .signature: "署名"
        case .date: "成文日期"
        case .footer: "footer"
        case .tableText: "表格文字"
        }
    }

    /// The heading style for a GB/T 9704 level (1…4); deeper levels use 四级标题.
    static func heading(level: Int) -> DocxStyleID {
        switch level {
        case ...1: .heading1
        case 2: .heading2
        case 3: .heading3
        default: .heading4
        }
    }
}
