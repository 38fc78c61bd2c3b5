import ZongjieCore

/// Punctuation used against GB/T 15834—2011: doubled marks, “...” or “。。。” for the
/// 省略号, a title ending in 。, quotation marks and brackets that do not pair up.
public struct PunctuationUsageRule: LintRule {
    let dictionary: DictionaryScan

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        dictionary = settings.dictionary
    }

    public static let description = RuleDescription(
        id: "punctuation-usage",
        name: "标点符号用法",
        summary: "标点叠用（，， 。。）、用“...”“。。。”代替省略号“……”、标题末尾加句号、引号括号书名号不成对。",
        rationale: """
        GB/T 15834—2011 规定省略号为“……”（占两个字位置），标点不叠用（问号、叹号表强调时除外），\
        引号、括号、书名号成对使用；公文标题除书名号外一般不用标点，末尾不加句号。这些都是校对时必改的地方：\
        叠用的同一标点、省略号和标题末尾的句号可用 --fix 自动修改；不成对的引号括号需要人工判断缺的是哪一半。
        """,
        basis: "GB/T 15834—2011 4.1—4.12（各标点的用法，省略号“……”见4.11）、5.1（位置和书写形式）；公文标题不加句号：GB/T 9704—2012 7.3.1 及审稿惯例",
        severity: .warning,
        triggering: [
            RuleExample("全年公开信息753条↓，，其中主动公开612条。"),
            RuleExample("开展宣传、培训、检查↓...等工作↓。。"),
            RuleExample("推进“放管服↓“改革，完善制度↓（试行。"),
            RuleExample("XX局2024年度工作总结↓。\n\n2024年，我局认真履职。"),
            RuleExample("组织学习↓”条例“有关规定。"),
        ],
        nonTriggering: [
            RuleExample("开展宣传、培训、检查……等工作。这是为什么？？"),
            RuleExample("推进“放管服”改革，落实“‘一件事’集成办”，完善制度（试行）。"),
            RuleExample("XX局2024年度工作总结\n\n2024年，我局认真履职。"),
            RuleExample("印发《关于印发〈XX办法〉的通知》（X政办〔2024〕5号）。"),
        ],
        corrections: [
            RuleCorrection("全年公开信息753条，，其中主动公开612条。。", "全年公开信息753条，其中主动公开612条。"),
            RuleCorrection("开展宣传、培训...等工作。", "开展宣传、培训……等工作。"),
            RuleCorrection("XX局2024年度工作总结。\n\n2024年，我局认真履职。\n", "XX局2024年度工作总结\n\n2024年，我局认真履职。\n"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var cursor = PositionCursor(context.source)
        let base = dictionary.marks.lowerBound
        let doubled = 1..<(1 + UsageMarks.doubled.count)
        let ellipsis = doubled.upperBound..<(doubled.upperBound + UsageMarks.ellipsisLookalikes.count)
        let bytes = context.source.utf8
        var coveredUntil = -1
        var pairMarks: [PairMark] = []
        // The matcher lists matches by end; single marks and runs are read by start.
        // Only this rule's marks (《, doubled marks, ellipses, quotation marks and brackets):
        // the counts and triggers of the other usage rules are left out before sorting.
        let ownEnd = base + UsageMarks.claimsStart
        let matches = dictionary.matches(.marks, in: context)
            .filter { $0.pattern < ownEnd }
            .sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        for match in matches {
            let index = match.pattern - base
            if ellipsis.contains(index) || doubled.contains(index) {
                let pattern = UsageMarks.patterns[index]
                guard match.start >= coveredUntil else { continue }
                if ellipsis.contains(index) || pattern == "。。" {
                    // A run of dots, of 。 or of … is read whole.
                    let unit = Array(String(pattern.unicodeScalars.first ?? ".").utf8)
                    let end = Self.runEnd(of: unit, in: bytes, from: match.start)
                    coveredUntil = end
                    let count = (end - match.start) / unit.count
                    let written = String(decoding: bytes[match.start..<end], as: UTF8.self)
                    let wrong: Bool
                    switch unit.count {
                    case 1: wrong = count >= 3 && count <= 6 && !Self.isASCIILetterOrDigit(bytes, before: match.start)
                    case _ where pattern == "…": wrong = count == 1
                    default: wrong = count >= 3
                    }
                    if wrong {
                        let range = cursor.range(ofBytes: match.start, end)
                        found.append(diagnostic(range, "省略号应写作“……”（占两个字位置），不写作“\(written)”。",
                                                data: ["found": written, "expected": "……"],
                                                fix: Fix(range: range, replacement: "……", kind: .mechanical)))
                        continue
                    }
                    if pattern != "。。" || count != 2 { continue }
                }
                coveredUntil = max(coveredUntil, match.end)
                let range = cursor.range(ofBytes: match.start, match.end)
                let scalars = Array(pattern.unicodeScalars)
                let same = scalars.count == 2 && scalars[0] == scalars[1]
                found.append(diagnostic(range, same ? "标点“\(scalars[0])”重复，删去一个。" : "标点“\(pattern)”叠用，请保留其中一个。",
                                        data: ["found": pattern],
                                        fix: same ? Fix(range: range, replacement: String(scalars[0]), kind: .mechanical) : nil))
                continue
            }
            let isPairMark = index == UsageMarks.bookTitleOpenIndex || (ellipsis.upperBound..<UsageMarks.claimsStart).contains(index)
            if isPairMark { pairMarks.append(PairMark(scalar: UsageMarks.leadingScalars[index], start: match.start)) }
        }
        found += unpaired(pairMarks, context)
        if let title = titlePeriod(context) { found.append(title) }
        return found.sorted { ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column) }
    }

    /// Where the run of `unit` starting at `start` ends.
    private static func runEnd(of unit: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end + unit.count <= bytes.count && bytes[end..<(end + unit.count)].elementsEqual(unit) { end += unit.count }
        return end
    }

    private static func isASCIILetterOrDigit(_ bytes: [UInt8], before offset: Int) -> Bool {
        guard offset > 0 else { return false }
        let byte = bytes[offset - 1]
        return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// The 文种 a title ends with.
    static let documentKinds = ["总结", "报告", "通知", "方案", "意见", "计划", "要点", "请示", "函", "决定", "纪要", "通报", "规划", "汇报"]

    /// A title line ending in 。.
    private func titlePeriod(_ context: LintContext) -> Diagnostic? {
        guard let title = context.document.title, let range = title.range, title.text.unicodeScalars.last == "。" else { return nil }
        // Only a line that is a title: it ends with its 文种 before the 。 (a one-line text
        // whose first line is a sentence is not a title).
        let bare = title.text.dropLast()
        guard Self.documentKinds.contains(where: { bare.hasSuffix($0) }) else { return nil }
        let line = context.scans.line(range.start.line)
        guard let last = line.scalars.lastIndex(where: { !$0.properties.isWhitespace }), line.scalars[last] == "。" else { return nil }
        let markRange = line.range(last, last + 1, in: context.source)
        return diagnostic(markRange, "标题末尾不加句号。", data: ["found": "。"], fix: Fix(range: markRange, replacement: "", kind: .mechanical))
    }
}
