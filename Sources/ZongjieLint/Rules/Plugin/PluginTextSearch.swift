import ZongjieCore

/// Substring search over Unicode scalars for plugin rules: Chinese terms have
/// no word boundaries, so a term matches wherever its scalars occur.
enum PluginTextSearch {
    /// 0-based scalar offsets where `term` starts in `line`.
    static func occurrences(of term: [Unicode.Scalar], in line: [Unicode.Scalar]) -> [Int] {
        guard !term.isEmpty, term.count <= line.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index + term.count <= line.count {
            if line[index] == term[0] && line[index..<(index + term.count)].elementsEqual(term) {
                found.append(index)
                index += term.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether `scalar` is an Arabic digit, ASCII or full-width.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        CJK.isASCIIDigit(scalar) || CJK.isFullWidthDigit(scalar)
    }

    /// Ends a sentence (for `required` with `figure`).
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        // A switch, not a search of a String's scalars: this runs for every scalar of a scope.
        switch scalar {
        case "。", "；", "！", "？", ";", "!", "?": true
        default: false
        }
    }

    /// Ends a clause (for the figure after a label in `identity`).
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", "！", "？", ";", "!", "?", "，", ",", "：", ":", "、": true
        default: false
        }
    }

    /// Phrases that state a figure of zero in words (今年未收到依申请公开申请).
    /// 【待填 too: a skeleton's placeholder stands where the figure goes, and `placeholder` reports it once.
    static let nonePhrases: [[Unicode.Scalar]] = ["未收到", "未受理", "未发生", "没有收到", "暂无", "为零", "零件", "零条", "【待填"].map { Array($0.unicodeScalars) }

    /// The number that follows `start` in `line` within the same clause, at most
    /// `maxGap` scalars later (共/达/为/政府信息… in between): its value and scalar span.
    static func figure(after start: Int, in line: [Unicode.Scalar], maxGap: Int = 8) -> (value: Double, start: Int, end: Int)? {
        var index = start
        var gap = 0
        while index < line.count, !isDigit(line[index]) {
            if endsClause(line[index]) || gap >= maxGap { return nil }
            index += 1
            gap += 1
        }
        guard index < line.count else { return nil }
        let numberStart = index
        var digits = ""
        while index < line.count {
            let scalar = line[index]
            if let value = CJK.digitValue(scalar) {
                digits.append(String(value))
            } else if scalar == "." || scalar == ",", index + 1 < line.count, isDigit(line[index + 1]) {
                // 1,260 and 12.5 are one number; a thousands comma adds nothing.
                if scalar == "." { digits.append(".") }
            } else {
                break
            }
            index += 1
        }
        guard let value = Double(digits) else { return nil }
        return (value, numberStart, index)
    }

    /// Whether `sentence` states a count from `start` on: digits that are not inside
    /// 《》 (a document's title: 《关于2022年……的通知》) and not a year (2023年).
    static func hasCount(in sentence: [Unicode.Scalar], from start: Int) -> Bool {
        var depth = 0
        var index = start
        while index < sentence.count {
            let scalar = sentence[index]
            if scalar == "《" { depth += 1 } else if scalar == "》" { depth = max(0, depth - 1) }
            if depth == 0, isDigit(scalar) {
                var end = index
                while end < sentence.count, isDigit(sentence[end]) || sentence[end] == "." || sentence[end] == "," { end += 1 }
                let isYear = end - index == 4 && end < sentence.count && sentence[end] == "年"
                if !isYear { return true }
                index = end
                continue
            }
            index += 1
        }
        return false
    }

    /// Whether `sentence` says in words that there was none.
    static func statesNone(_ sentence: [Unicode.Scalar]) -> Bool {
        nonePhrases.contains { !occurrences(of: $0, in: sentence).isEmpty }
    }
}
