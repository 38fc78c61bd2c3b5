/// Why a .docx could not be read or written, in words a user can act on.
///
/// The CLI prints `description` as is ("zongjie: 错误：…") and exits with 2.
public enum DocxError: Error, CustomStringConvertible, Equatable {
    /// The bytes are not a zip archive (maybe a renamed .txt, .rtf or .html).
    case notZip(path: String, found: String)
    /// An OLE compound file: an encrypted .docx or an old binary .doc.
    case encryptedOrLegacy(path: String)
    /// A zip without word/document.xml.
    case missingDocument(path: String)
    /// The zip is damaged or uses a method we cannot read.
    case damagedZip(path: String, reason: String)
    /// More entries than any Word document has.
    case tooManyEntries(path: String, count: Int, limit: Int)
    /// Unpacking would exceed the size limit (declared or actual): a zip bomb or a huge file.
    case tooLarge(path: String, part: String, limitBytes: Int)
    /// An XML part declares a DOCTYPE or entities, which Word never writes.
    case unsafeXML(path: String, part: String)
    /// An XML part is not well-formed.
    case malformedXML(path: String, part: String, line: Int, column: Int, reason: String)
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// Building the archive failed.
    case writeFailed(reason: String)

    public var description: String {
        switch self {
        case .notZip(let path, let found):
            "\(path): 不是 Word .docx 文件（\(found)）。请在 Word 或 WPS 中打开后“另存为”Word 文档（*.docx）再试。"
        case .encryptedOrLegacy(let path):
            "\(path): 文件已加密或为旧版 .doc（OLE 复合文档），无法读取。请去掉打开密码，或在 Word/WPS 中“另存为”.docx 后再试。"
        case .missingDocument(let path):
            "\(path): 压缩包中没有 word/document.xml，不是 Word 文档（可能是其他 Office 文件或已损坏）。请用 Word/WPS 另存为 .docx 后再试。"
        case .damagedZip(let path, let reason):
            "\(path): .docx 压缩包已损坏，无法解压（\(reason)）。请用 Word/WPS 打开修复后另存为 .docx 再试。"
        case .tooManyEntries(let path, let count, let limit):
            "\(path): 压缩包内有 \(count) 个条目，超过上限 \(limit)，不像正常的 Word 文档，已拒绝读取。"
        case .tooLarge(let path, let part, let limitBytes):
            "\(path): \(part) 解压后超过 \(limitBytes / 1_048_576) MB 上限（可能是压缩炸弹），已停止读取。如确为正常文档，请删去大图片等内容后再试。"
        case .unsafeXML(let path, let part):
            "\(path): \(part) 含有 DOCTYPE 或实体声明，Word 不会生成这类内容，出于安全考虑已拒绝读取。请用 Word/WPS 另存为 .docx 后再试。"
        case .malformedXML(let path, let part, let line, let column, let reason):
            "\(path): \(part):\(line):\(column): XML 格式错误（\(reason)）。请用 Word/WPS 打开修复后另存为 .docx 再试。"
        case .unreadable(let path, let reason):
            "\(path): 无法读取文件（\(reason)）。请检查路径和读取权限。"
        case .writeFailed(let reason):
            "生成 .docx 失败：\(reason)"
        }
    }
}
