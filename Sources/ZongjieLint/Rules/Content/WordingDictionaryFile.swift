import Foundation

/// Reads wording dictionaries: UTF-8, one entry a line, tab-separated
/// `wrong<TAB>right<TAB>source`. One column flags a term with no suggestion;
/// `right` equal to `wrong` marks an allowed form that silences entries it
/// covers; the source column is optional (default `path:line`). `#` starts a
/// comment line; blank lines are skipped.
public enum WordingDictionaryFile {
    /// The entries of a dictionary file's text. `path` is used in errors and default sources.
    public static func parse(_ contents: String, path: String) throws -> [WordingEntry] {
        var entries: [WordingEntry] = []
        var lineNumber = 0
        var text = contents
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        // Split on scalars: "\r\n" is one Character and would not match "\n".
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var scalars = Substring.UnicodeScalarView(rawLine)
            if scalars.last == "\r" { scalars.removeLast() }
            let line = Substring(scalars)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if columns.count > 3 {
                // Point at the tab that opens the extra column.
                let column = columns[0..<3].reduce(0) { $0 + $1.unicodeScalars.count + 1 }
                throw WordingDictionaryError(path: path, line: lineNumber, column: column,
                    problem: "词典格式错误：一行最多三列（错误写法、正确写法、来源），这里有 \(columns.count) 列",
                    remedy: "删除多余的制表符，或把说明合并到第三列")
            }
            let term = columns[0].trimmingCharacters(in: .whitespaces)
            if term.isEmpty {
                throw WordingDictionaryError(path: path, line: lineNumber, column: 1,
                    problem: "词典格式错误：第一列（要查找的词）为空", remedy: "在行首写上要查找的词，再用制表符分隔建议写法")
            }
            if let bad = term.unicodeScalars.firstIndex(where: { $0.properties.isWhitespace }) {
                let column = term.unicodeScalars.distance(from: term.unicodeScalars.startIndex, to: bad) + 1
                throw WordingDictionaryError(path: path, line: lineNumber, column: column,
                    problem: "词典格式错误：词条“\(term)”中含有空格", remedy: "列之间请用制表符分隔，词条内不要有空格")
            }
            var replacement: String?
            if columns.count >= 2 {
                let right = columns[1].trimmingCharacters(in: .whitespaces)
                replacement = right.isEmpty ? nil : right
            }
            var source = "\(path):\(lineNumber)"
            if columns.count == 3 {
                let given = columns[2].trimmingCharacters(in: .whitespaces)
                if !given.isEmpty { source = given }
            }
            entries.append(WordingEntry(term: term, replacement: replacement, source: source))
        }
        return entries
    }

    /// Reads and parses a dictionary file; rejects text that is not UTF-8.
    public static func load(_ url: URL) throws -> [WordingEntry] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw WordingDictionaryError(path: url.path, line: 0, column: 0,
                problem: "无法读取词典文件", remedy: "检查路径是否正确、文件是否存在且可读")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw WordingDictionaryError(path: url.path, line: 1, column: 1,
                problem: "词典文件不是 UTF-8 编码", remedy: "请把词典另存为 UTF-8 编码的文本文件")
        }
        return try parse(text, path: url.path)
    }
}

/// A problem in a wording dictionary, with where it is and what to do.
public struct WordingDictionaryError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based, counted in Unicode scalars; 0 when the problem concerns the whole file.
    public var column: Int
    public var problem: String
    public var remedy: String

    public var description: String {
        let location = line > 0 ? "\(path):\(line):\(column)" : path
        return "\(location): \(problem)。\(remedy)。"
    }
}
