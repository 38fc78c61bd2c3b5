import Foundation

/// Reads wording dictionaries: UTF-8, one entry a line, tab-separated
/// `wrong<TAB>right<TAB>source`. One column flags a term with no suggestion;
/// `right` equal to `wrong` marks an allowed form that silences entries it
/// covers; the source column is optional (default `path:line`). `#` starts a
/// comment line; blank lines are skipped.
public enum WordingDictionaryFile {
    /// The entries of a dictionary file's text. `path` is used in errors and default sources.
    public static func parse(_ contents: String, path: String) throws -> [WordingEntry] {
        try parse(contents, path: path, plainLinesOnBytes: true)
    }

    /// `plainLinesOnBytes: false` reads every line the general way (tests compare the two).
    static func parse(_ contents: String, path: String, plainLinesOnBytes: Bool) throws -> [WordingEntry] {
        var entries: [WordingEntry] = []
        var lineNumber = 0
        var bytes = Array(contents.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Lines split on bytes and decoded one by one: slicing and mutating the whole text's
        // scalar view per line copied the text each time (2.4 s for 100,000 entries).
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let range = lineStart..<lineEnd
            lineStart = next
            lineNumber += 1
            // Most lines are plain `term<TAB>right<TAB>source`: read those on bytes, and only
            // lines with whitespace, comments or errors as Strings below (100,000 entries).
            switch plainLinesOnBytes ? plainLine(bytes, range, path: path, lineNumber: lineNumber) : .general {
            case .skip: continue
            case .entry(let entry):
                entries.append(entry)
                continue
            case .general: break
            }
            let line = Substring(String(decoding: bytes[range], as: UTF8.self))
            if isBlank(line) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if columns.count > 3 {
                // Point at the tab that opens the extra column.
                let column = columns[0..<3].reduce(0) { $0 + $1.unicodeScalars.count + 1 }
                throw WordingDictionaryError(path: path, line: lineNumber, column: column,
                    problem: "词典格式错误：一行最多三列（错误写法、正确写法、来源），这里有 \(columns.count) 列",
                    remedy: "删除多余的制表符，或把说明合并到第三列")
            }
            let term = trimmed(columns[0])
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
                let right = trimmed(columns[1])
                replacement = right.isEmpty ? nil : right
            }
            var source = "\(path):\(lineNumber)"
            if columns.count == 3 {
                let given = trimmed(columns[2])
                if !given.isEmpty { source = given }
            }
            entries.append(WordingEntry(term: term, replacement: replacement, source: source))
        }
        return entries
    }

    private enum PlainLine {
        case skip
        case entry(WordingEntry)
        /// Needs the general reading (whitespace to trim or reject, a comment, an error).
        case general
    }

    /// Reads a line with no whitespace but the separating tabs, at most three columns and a
    /// term: what the general reading would make of it, without a String per column split.
    private static func plainLine(_ bytes: [UInt8], _ range: Range<Int>, path: String, lineNumber: Int) -> PlainLine {
        if range.isEmpty { return .skip }
        return bytes.withUnsafeBufferPointer { buffer in
            var tabs = (range.upperBound, range.upperBound)
            var tabCount = 0
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = buffer[index]
                switch byte {
                case 0x09:
                    if tabCount == 0 { tabs.0 = index } else if tabCount == 1 { tabs.1 = index } else { return .general }
                    tabCount += 1
                // Lead bytes of every whitespace scalar (U+0085, U+00A0, U+1680, U+2000…U+205F)
                // and the other ASCII ones; U+3000 below.
                case 0x0A...0x0D, 0x20, 0xC2, 0xE1, 0xE2: return .general
                case 0xE3:
                    if index + 2 < range.upperBound && buffer[index + 1] == 0x80 && buffer[index + 2] == 0x80 { return .general }
                default: break
                }
                index += 1
            }
            if buffer[range.lowerBound] == 0x23 {
                // `#` then an ASCII byte (or nothing) is a comment; a combining mark after it
                // would make a different first character: leave that to the general reading.
                let second = range.lowerBound + 1
                return second == range.upperBound || buffer[second] < 0x80 ? .skip : .general
            }
            if tabCount == range.count { return .skip }
            let termEnd = tabs.0
            if termEnd == range.lowerBound { return .general }
            func text(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: buffer[from..<to]), as: UTF8.self)
            }
            let term = text(range.lowerBound, termEnd)
            var replacement: String?
            if tabCount >= 1 && tabs.1 > tabs.0 + 1 { replacement = text(tabs.0 + 1, tabs.1) }
            let source = tabCount == 2 && range.upperBound > tabs.1 + 1 ? text(tabs.1 + 1, range.upperBound) : "\(path):\(lineNumber)"
            return .entry(WordingEntry(term: term, replacement: replacement, source: source))
        }
    }

    /// Foundation's `.whitespaces`: tabs and space separators (Zs).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == " " || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy(isWhitespace)
    }

    /// `text` without leading and trailing `.whitespaces` (as `trimmingCharacters(in:)`, without bridging).
    private static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(scalars[first...last])
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
