import Foundation

/// MINIMAL placeholder so the lint core compiles; the content-rules version replaces it.
///
/// A user dictionary: UTF-8 TSV, `wrong<TAB>right` per line (one column: flag
/// only), `#` starts a comment.
public enum WordingDictionaryFile {
    /// The entries of `contents`; `path` names the source of each entry (`path:line`).
    public static func parse(_ contents: String, path: String) throws -> [WordingEntry] {
        var entries: [WordingEntry] = []
        var number = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            let replacement = columns.count > 1 && !columns[1].isEmpty ? columns[1] : nil
            entries.append(WordingEntry(term: columns[0], replacement: replacement, source: "\(path):\(number)"))
        }
        return entries
    }
}
