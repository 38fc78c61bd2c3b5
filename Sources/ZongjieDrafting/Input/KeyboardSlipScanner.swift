/// Finds the slips a Chinese keyboard puts into YAML material before the
/// parser sees them, so each gets a precise Chinese message at its own
/// line and column instead of libyaml's English about the line after it:
/// a full-width colon after a key (`unit：…`), no space after the colon
/// (`year:2025`), an English colon inside an unquoted sentence
/// (`text: 一是: 加强……`), Chinese quotes used as YAML quotes, and
/// indentation with full-width spaces or tabs.
public enum KeyboardSlipScanner {
    /// Keys that may appear below the top level in any material (list items, tables, structure).
    static let nestedKeys: Set<String> = Set([
        "title", "text", "points", "name", "count", "structure", "previous_plans", "plan", "done",
        "heading", "run_in", "part", "body", "sections", "opening", "closing", "signature", "lead", "word", "table",
    ] + NianbaoTablesReader.topKeys + NianbaoTablesReader.activeKeys)

    /// Every slip in `text`, in line order; `manifest` supplies the slot keys and labels.
    public static func problems(in text: String, file: String, manifest: PluginManifest) -> [SourceProblem] {
        let keys = nestedKeys.union(manifest.slots.map(\.key))
        var labels: [String: String] = [:]
        for slot in manifest.slots where labels[slot.label] == nil { labels[slot.label] = slot.key }
        var problems: [SourceProblem] = []
        /// Indentation of the line that opened a block scalar (`|`, `>`): deeper lines are literal text.
        var blockIndent: Int?
        var line: [Unicode.Scalar] = []
        line.reserveCapacity(256)
        var number = 0
        var fullColon = false
        // One pass over the scalars with one reused line buffer: material files may be large (hostile input).
        func scan() {
            number += 1
            if line.last == "\r" { line.removeLast() }
            var indent = 0
            while indent < line.count, line[indent] == " " { indent += 1 }
            if let open = blockIndent {
                if indent == line.count || indent > open { return }
                blockIndent = nil
            }
            if indent < line.count, line[indent] == "\u{3000}" || line[indent] == "\t" {
                problems.append(SourceProblem(file: file, line: number, column: indent + 1, message: line[indent] == "\t"
                    ? "这一行用制表符（Tab）缩进，YAML 只认半角空格：请把行首的制表符改为空格，与同一层的其他行对齐。"
                    : "这一行用全角空格“　”缩进，YAML 只认半角空格：请把行首的全角空格改为半角空格（切换到英文输入或半角状态再输入）。"))
                return
            }
            if let slip = slip(in: line, indent: indent, fullColon: fullColon, keys: keys, labels: labels, blockIndent: &blockIndent) {
                problems.append(SourceProblem(file: file, line: number, column: slip.column + 1, message: slip.message))
            }
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                scan()
                line.removeAll(keepingCapacity: true)
                fullColon = false
            } else {
                if scalar == "：" { fullColon = true }
                line.append(scalar)
            }
        }
        scan()
        return problems
    }

    private static func slip(in line: [Unicode.Scalar], indent: Int, fullColon: Bool, keys: Set<String>, labels: [String: String],
                             blockIndent: inout Int?) -> (column: Int, message: String)? {
        guard indent < line.count, line[indent] != "#" else { return nil }
        if indent == 0, line.starts(with: "---".unicodeScalars) || line.starts(with: "...".unicodeScalars) { return nil }
        var start = indent
        var inList = false
        while start < line.count, line[start] == "-", start + 1 == line.count || line[start + 1] == " " {
            inList = true
            start += 1
            while start < line.count, line[start] == " " { start += 1 }
        }
        guard start < line.count else { return nil }
        let topLevel = indent == 0 && !inList
        var end = start
        while end < line.count, isIdentifier(line[end], first: end == start) { end += 1 }
        var colon = end
        while colon < line.count, line[colon] == " " { colon += 1 }
        let fullWidth = colon < line.count && line[colon] == "："
        let noSpace = colon == end && colon + 1 < line.count && line[colon] == ":" && line[colon + 1] != " " && line[colon + 1] != "/"
        // The word as a String only when it matters: building one per line is what costs on large files.
        var word: String { String(String.UnicodeScalarView(line[start..<end])) }
        if end > start, fullWidth || noSpace, topLevel || keys.contains(word) {
            if fullWidth { return (colon, "这里用了中文冒号“：”，应为英文冒号加空格“: ”，如“\(word): …”。") }
            let value = String(String.UnicodeScalarView(line[(colon + 1)...]))
            return (colon, "英文冒号后缺少空格：应写成“\(word): \(value)”（冒号后加一个空格），否则整行会被当成一段文字。")
        }
        if topLevel, fullColon, let colon = line[start...].firstIndex(where: { $0 == "：" }) {
            let label = String(String.UnicodeScalarView(line[start..<colon])).trimmingCharacters(in: .whitespaces)
            if let key = labels[label] {
                return (colon, "这里用了中文冒号“：”，应为英文冒号加空格“: ”；这一项的键应写“\(key)”（\(label)），如“\(key): …”。")
            }
        }
        // Quoted or flow content is the parser's business; a block scalar's lines are literal text.
        if let first = line[start...].first, "\"'{[&*!|>".unicodeScalars.contains(first) {
            if first == "|" || first == ">" { blockIndent = indent }
            return nil
        }
        // `key: value` as most lines are: the colon right after the word, no second scan for it.
        let simpleKey = end > start && end < line.count && line[end] == ":" && (end + 1 == line.count || line[end + 1] == " ")
        guard let keyColon = simpleKey ? end : mappingColon(in: line, from: start) else { return nil }
        // `- 一是: 加强……` is a sentence, never a key: list items only take title/text/points.
        if inList, end != keyColon || !keys.contains(word) { return (keyColon, sentenceMessage) }
        var value = keyColon + 1
        while value < line.count, line[value] == " " { value += 1 }
        guard value < line.count else { return nil }
        switch line[value] {
        case "|", ">":
            blockIndent = indent
            return nil
        case "\"", "'", "{", "[", "&", "*", "!", "#":
            return nil
        default:
            break
        }
        guard let inner = mappingColon(in: line, from: value) else { return nil }
        if line[value] == "“" || line[value] == "‘" {
            return (value, "这里用了中文引号给整句加引号，YAML 只认英文引号：句中有冒号时，请把句首句尾的“”改为英文双引号 \"…\"（句中的中文引号可以保留），或把冒号改为中文冒号“：”。")
        }
        return (inner, sentenceMessage)
    }

    private static let sentenceMessage =
        "这句话里有冒号，请给整句加引号（如 text: \"一是: 加强……\"），或把英文冒号“:”改为中文冒号“：”；否则 YAML 会把冒号前的文字当成键。"

    /// The first `:` followed by a space or the line's end, before any ` #` comment.
    private static func mappingColon(in line: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < line.count {
            if line[index] == "#", index > start, line[index - 1] == " " { return nil }
            if line[index] == ":", index + 1 == line.count || line[index + 1] == " " { return index }
            index += 1
        }
        return nil
    }

    private static func isIdentifier(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "_": true
        case "0"..."9", "-": !first
        default: false
        }
    }
}
