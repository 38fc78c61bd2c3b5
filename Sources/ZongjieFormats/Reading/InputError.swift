/// Why an input could not be read, in words for the user (path first, then
/// what is wrong and what to do).
public enum InputError: Error, CustomStringConvertible, Equatable, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, size: Int, limit: Int)
    case empty(path: String)
    case binary(path: String)
    case undecodable(path: String)
    case unsupported(path: String, format: String)
    case noInputs(path: String)
    /// A .docx that could not be read; the reader's own message says why and what to do.
    case badDocx(DocxError)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): 找不到该文件或文件夹，请检查路径是否正确。"
        case .unreadable(let path, let reason):
            "\(path): 无法读取（\(reason)），请检查文件权限。"
        case .tooLarge(let path, let size, let limit):
            "\(path): 文件过大（\(Self.megabytes(size))），超过上限 \(Self.megabytes(limit))。年度总结一般不超过几百 KB，请确认文件是否正确；如确需检查，可用 --max-size 调高上限。"
        case .empty(let path):
            "\(path): 文件是空的，没有可检查的内容。"
        case .binary(let path):
            "\(path): 看起来不是文本文件（含有二进制内容）。请提供 .txt、.md 或 .docx 文件；Word 文档请另存为 .docx。"
        case .undecodable(let path):
            "\(path): 无法识别文本编码（既不是 UTF-8/UTF-16，也不是 GB18030）。请用文本编辑器另存为 UTF-8 后重试。"
        case .unsupported(let path, let format):
            "\(path): 暂不支持 \(format) 文件。请另存为 .txt 或 .md 后再检查。"
        case .noInputs(let path):
            "\(path): 文件夹中没有 .txt、.md 或 .docx 文件。"
        case .badDocx(let error):
            error.description
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) 字节" }
        if bytes < 1024 * 1024 { return "\((bytes + 1023) / 1024) KB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
