import Foundation
import ZongjieFormats

/// `--max-size` for `new --input` and `export`, as `lint` has it: a file larger
/// than the limit is refused before it is read, so a wrong or hostile file
/// cannot exhaust memory.
enum InputSizeLimit {
    /// The default, the same as lint's.
    static let defaultValue = "20M"

    /// Throws `InputError.tooLarge` when the file at `path` is larger than `maxSize` (e.g. "20M").
    static func check(_ path: String, maxSize: String) throws {
        guard let limit = ByteSizeOption.parse(maxSize) else {
            throw CLIError("--max-size 应为正整数字节数，可带 K 或 M 后缀（如 20M），而不是“\(maxSize)”。")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size > limit { throw InputError.tooLarge(path: path, size: size, limit: limit) }
    }
}
