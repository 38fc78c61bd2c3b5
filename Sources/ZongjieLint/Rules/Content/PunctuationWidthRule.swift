import ZongjieCore

/// Half-width , ; : ( ) ? ! in Chinese text, and document numbers whose year
/// is not in 六角括号 〔〕.
public struct PunctuationWidthRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "punctuation-width",
        name: "标点全半角",
        summary: "中文语句中的半角标点（, ; : ( ) ? !），以及发文字号中不用六角括号的年份（[2023]、(2023)、【2023】）。",
        rationale: """
        中文语句的标点应为全角（GB/T 15834—2011 规定标点“占一个字位置”）；发文字号的年份用六角括号\
        〔〕，如 皖政办〔2023〕13号。紧挨汉字或中文标点的半角标点才报告；时间（8:30）、千分位（1,000）、\
        网址、英文短语和 Markdown 链接中的半角符号不报告；行首的 (1)、(一)、1) 编号由 numbering-style 规则检查。\
        汉字与数字、字母之间的空格由 cjk-spacing 规则检查。修改是机械的，--fix 会自动替换。
        """,
        basis: "GB/T 15834—2011 5.1（句号、逗号等各占一个字位置，中文行文用全角标点）；GB/T 9704—2012 9",
        severity: .warning,
        triggering: [
            RuleExample("及时提供各类政务信息↓,对反馈问题及时整改↓;确保落到实处。"),
            RuleExample("主要包括↓:一是加强领导↓(由主要负责人任组长↓)。"),
            RuleExample("印发《关于做好政务公开工作的通知》（皖政办↓[2023]13号）。"),
            RuleExample("依据市政府办公室文件 市政办↓(2022)8号、市政办↓【2023】5号 执行。"),
            RuleExample("是否全部公开↓?务必做到应公开尽公开↓!"),
        ],
        nonTriggering: [
            RuleExample("会议于8:30召开，共投入资金1,000万元。"),
            RuleExample("详见 https://www.gov.cn/zhengce/index.htm?id=1,2 网站。"),
            RuleExample("Hello, world! 这是 [链接](https://example.com/a,b)。"),
            RuleExample("印发《通知》（皖政办〔2023〕13号）。\nPM2.5 (fine particulate matter) is monitored."),
            RuleExample("(1)加强组织领导。\n(一)健全制度。"),
        ],
        corrections: [
            RuleCorrection("提供信息,对问题整改;确保(全部)落实。", "提供信息，对问题整改；确保（全部）落实。"),
            RuleCorrection("皖政办[2023]13号", "皖政办〔2023〕13号"),
        ]
    )

    static let fullWidth: [Unicode.Scalar: String] = [",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"]

    // Switches, not sets: asked of every scalar of a checked line, where a set lookup hashes.
    /// A key of `fullWidth`.
    @inline(__always)
    static func isHalfWidthMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "(", ")", "?", "!": true
        default: false
        }
    }

    /// Opens a 文号 year: [ ( 【 （ ［.
    @inline(__always)
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "[", "(", "【", "（", "［": true
        default: false
        }
    }

    /// Closes a 文号 year: ] ) 】 ） ］.
    @inline(__always)
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "]", ")", "】", "）", "］": true
        default: false
        }
    }

    /// Every finding is a half-width mark beside Chinese text, or a 文号 year after 【, （ or ［.
    static let prefilter = LinePrefilter.either(.asciiMarkBesideNonASCII, .bracketBeforeDigit)

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in ScalarLine.lines(in: context, holding: Self.prefilter) {
            found.append(contentsOf: checkLine(line, context))
        }
        return found
    }

    private func checkLine(_ line: ScalarLine, _ context: LintContext) -> [Diagnostic] {
        let scalars = line.scalars
        var skip = IndexFlags(count: scalars.count)
        markURLsAndCode(line, into: &skip)
        // A leading (1) / (一) numbering marker belongs to numbering-style.
        var first = 0
        while first < scalars.count && (scalars[first] == " " || scalars[first] == "\u{3000}") { first += 1 }
        if line[safe: first] == "(", let close = (first + 1..<min(first + 6, scalars.count)).first(where: { scalars[$0] == ")" }), close > first + 1 {
            skip.insert(first)
            skip.insert(close)
        }
        // 1)加强… / 一)…: a numbering marker, numbering-style's business.
        var marker = first
        while let scalar = line[safe: marker], CJK.isASCIIDigit(scalar) || ChineseNumerals.isNumeralScalar(scalar) { marker += 1 }
        if marker > first && marker - first <= 3 && line[safe: marker] == ")" { skip.insert(marker) }
        var found: [Diagnostic] = []
        var flagged = IndexFlags(count: scalars.count)
        var index = 0
        while index < scalars.count {
            if let end = documentNumberYear(line, at: index) {
                let year = line.text(index + 1, end - 1)
                let range = line.range(index, end, in: context.source)
                found.append(diagnostic(
                    range,
                    "发文字号的年份应使用六角括号“〔〕”，“\(line.text(index, end))”应改为“〔\(year)〕”。",
                    data: ["found": line.text(index, end), "expected": "〔\(year)〕"],
                    fix: Fix(range: range, replacement: "〔\(year)〕", kind: .mechanical)
                ))
                skip.insert(index)
                skip.insert(end - 1)
                index = end
                continue
            }
            if Self.isHalfWidthMark(scalars[index]), !skip.contains(index), isInChineseContext(line, at: index) {
                flagged.insert(index)
            }
            index += 1
        }
        // A parenthesis pair is converted as a pair.
        var stack: [Int] = []
        for position in scalars.indices where !skip.contains(position) {
            if scalars[position] == "(" { stack.append(position) }
            guard scalars[position] == ")", let open = stack.popLast() else { continue }
            if line[safe: open - 1] == "]" {
                // Markdown link or image target: [文字](地址), ![图](图.png).
                flagged.remove(open)
                flagged.remove(position)
            } else if flagged.contains(open) || flagged.contains(position) {
                flagged.insert(open)
                flagged.insert(position)
            }
        }
        for position in flagged.ascending() {
            let mark = scalars[position]
            let replacement = Self.fullWidth[mark] ?? String(mark)
            var end = position + 1
            // Full-width punctuation carries its own space: drop spaces after it before Chinese text.
            if mark != "(" && mark != ")" {
                var next = end
                while line[safe: next] == " " { next += 1 }
                if next > end, let after = line[safe: next], CJK.isIdeograph(after) { end = next }
            }
            let range = line.range(position, end, in: context.source)
            found.append(diagnostic(
                range,
                "中文语句中使用了半角“\(mark)”，应改为全角“\(replacement)”。",
                data: ["found": String(mark), "expected": replacement],
                fix: Fix(range: range, replacement: replacement, kind: .mechanical)
            ))
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    /// Whether the half-width mark at `index` sits in Chinese text and is not a time, number or link.
    private func isInChineseContext(_ line: ScalarLine, at index: Int) -> Bool {
        let mark = line.scalars[index]
        let before = line[safe: index - 1]
        let after = line[safe: index + 1]
        let digitBefore = before.map(CJK.isASCIIDigit) ?? false
        let digitAfter = after.map(CJK.isASCIIDigit) ?? false
        if mark == ":" && digitBefore && digitAfter { return false }
        if mark == "," && digitBefore && digitAfter { return false }
        if mark == "(" && before == "]" { return false }
        // Markdown image: ![说明](图.png).
        if mark == "!" && after == "[" { return false }
        func chinese(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return CJK.isIdeograph(scalar) || CJK.isPunctuation(scalar)
        }
        return chinese(before) || chinese(after)
    }

    /// The end of a bracketed year in a document number (皖政办[2023]13号) starting at `index`.
    private func documentNumberYear(_ line: ScalarLine, at index: Int) -> Int? {
        guard Self.isOpener(line.scalars[index]),
              let before = line[safe: index - 1], CJK.isIdeograph(before) else { return nil }
        for offset in 1...4 {
            guard let digit = line[safe: index + offset], CJK.isASCIIDigit(digit) else { return nil }
        }
        guard line.has("19", at: index + 1) || line.has("20", at: index + 1),
              let close = line[safe: index + 5], Self.isCloser(close) else { return nil }
        var number = index + 6
        while let digit = line[safe: number], CJK.isASCIIDigit(digit) { number += 1 }
        guard number > index + 6, line[safe: number] == "号" else { return nil }
        return index + 6
    }

    /// Marks URLs (http://, https://, www.) and Markdown inline code as exempt.
    private func markURLsAndCode(_ line: ScalarLine, into skip: inout IndexFlags) {
        let scalars = line.scalars
        var index = 0
        var inCode = false
        while index < scalars.count {
            if scalars[index] == "`" { inCode.toggle() }
            if inCode { skip.insert(index); index += 1; continue }
            let scalar = scalars[index]
            if (scalar == "h" && (line.has("http://", at: index) || line.has("https://", at: index))) || (scalar == "w" && line.has("www.", at: index)) {
                while index < scalars.count, scalars[index] != " ", !CJK.isIdeograph(scalars[index]), !CJK.isPunctuation(scalars[index]) {
                    skip.insert(index)
                    index += 1
                }
                continue
            }
            index += 1
        }
    }
}

/// Scalar indices of one line, as flags: the set is asked about every scalar.
private struct IndexFlags {
    private var flags: [Bool]

    init(count: Int) {
        flags = Array(repeating: false, count: count)
    }

    func contains(_ index: Int) -> Bool {
        index >= 0 && index < flags.count && flags[index]
    }

    mutating func insert(_ index: Int) {
        if index >= 0 && index < flags.count { flags[index] = true }
    }

    mutating func remove(_ index: Int) {
        if index >= 0 && index < flags.count { flags[index] = false }
    }

    /// The indices in the set, in ascending order.
    func ascending() -> [Int] {
        flags.indices.filter { flags[$0] }
    }
}
