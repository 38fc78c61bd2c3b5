import ZongjieCore

/// Text pasted from material sites: ads, download prompts, contact lines, paid-content markers.
public struct ResidueRule: LintRule {
    /// The run's one automaton (`LintSettings.dictionary`), holding `patterns`.
    let dictionary: DictionaryScan

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        dictionary = settings.dictionary
    }

    public static let description = RuleDescription(
        id: "residue",
        name: "网站残留文字",
        summary: "从范文、素材网站复制时带入的残留文字：广告、下载提示、个人联系方式、##paidbegin## 标记等。",
        rationale: """
        从范文网站复制的总结常夹带“本文来源于”“更多范文请访问”“免费下载”“转载请注明”、QQ、微信号、\
        付费内容标记 ##paidbegin##/##paidend## 等，报送后会暴露抄袭来源，必须删除。“素材库”只在\
        不是本单位建设的素材库（建立素材库、宣传素材库）时报告；“联系电话”等只在同一行带有手机号码时报告（个人手机号既是网站残留，也是隐私泄露）；\
        机关的固定电话是年报、总结可以公开的联系方式，不报告。
        """,
        basis: "审稿惯例（从资料网站复制留下的水印、广告、下载提示）",
        severity: .error,
        triggering: [
            RuleExample("12家市属企↓##paidbegin##业新招引大学生。"),
            RuleExample("↓本文来源于网络，更多范文请访问本站。\n正文内容。\n↓原创不易，转载请注明出处。"),
            RuleExample("↓联系电话：13912345678。"),
            RuleExample("↓QQ：123456，微信号：abc。"),
        ],
        nonTriggering: [
            RuleExample("建立政务公开宣传素材库，通过微信公众号发布信息，受理机构联系方式明晰畅通。"),
            RuleExample("联系群众，为群众办实事12件。"),
            RuleExample("如有疑问，请联系本局办公室，地址：XX路1号，电话：0527-83593059。"),
        ]
    )

    /// Phrases that only appear on material sites.
    static let phrases: [String] = [
        "##paidbegin##", "##paidend##", "##paid", "本文来源于", "本文来源：", "文章来源于网络", "来源于网络",
        "更多范文", "更多精彩内容", "更多相关", "请访问", "下载本文", "本文下载", "免费下载", "点击下载", "点击查看",
        "文档下载", "原创不易", "转载请注明", "版权归原作者", "如有侵权", "侵权请联系", "联系删除", "开通VIP",
        "VIP会员", "VIP专享", "关注公众号", "扫码关注", "扫一扫关注", "范文网", "素材库", "QQ：", "QQ:", "QQ群",
        "微信号：", "微信号:", "加微信", "第一范文", "文秘帮",
    ]
    /// Legitimate phrases that contain a residue phrase.
    static let allowed: [String] = [
        "建立素材库", "建设素材库", "完善素材库", "宣传素材库", "图片素材库", "视频素材库", "案例素材库", "素材库建设",
    ]
    /// Contact words that make a line with a phone number a contact line.
    static let contactWords = ["联系电话", "联系方式", "联系人", "咨询电话", "电话：", "电话:", "手机：", "手机:"]

    /// The rule's patterns in the dictionary scan, in this order.
    static let patterns = phrases + allowed + contactWords

    public func check(_ context: LintContext) -> [Diagnostic] {
        var hits: [MultiPatternMatcher.Match] = []
        var allowedSpans: [MultiPatternMatcher.Match] = []
        var contactLineNumbers = Set<Int>()
        let first = dictionary.residue.lowerBound
        for match in dictionary.matches(.residue, in: context) {
            var match = match
            match.pattern -= first
            if match.pattern >= Self.phrases.count + Self.allowed.count {
                contactLineNumbers.insert(context.source.lineNumber(containing: match.start))
            } else if match.pattern >= Self.phrases.count {
                allowedSpans.append(match)
            } else {
                hits.append(match)
            }
        }
        hits.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        // One finding per line: a residue line is deleted as a whole, so it names every phrase once.
        var found: [Diagnostic] = []
        var reportedLines = Set<Int>()
        var phrasesByLine: [Int: [String]] = [:]
        var firstHit: [Int: MultiPatternMatcher.Match] = [:]
        var allowedCover = CoverageCursor(allowedSpans)
        for hit in hits {
            if allowedCover.covers(hit) { continue }
            let lineNumber = context.source.lineNumber(containing: hit.start)
            let phrase = Self.phrases[hit.pattern]
            if phrasesByLine[lineNumber, default: []].contains(where: { $0.contains(phrase) }) { continue }
            phrasesByLine[lineNumber, default: []].append(phrase)
            if firstHit[lineNumber] == nil { firstHit[lineNumber] = hit }
        }
        var cursor = PositionCursor(context.source)
        for (lineNumber, hit) in firstHit.sorted(by: { $0.key < $1.key }) {
            let phrases = phrasesByLine[lineNumber] ?? []
            reportedLines.insert(lineNumber)
            found.append(diagnostic(
                cursor.range(ofBytes: hit.start, hit.end),
                "“\(phrases.joined(separator: "”“"))”是从网站复制时带入的残留文字，请删除。",
                data: ["phrase": phrases.joined(separator: "|")]
            ))
        }
        found.append(contentsOf: contactLines(context, lines: contactLineNumbers).filter { !reportedLines.contains($0.range.start.line) })
        return found.sorted { $0.range.start < $1.range.start }
    }

    /// A contact word followed on the same line by a phone number.
    private func contactLines(_ context: LintContext, lines numbers: Set<Int>) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for number in numbers.sorted() {
            let line = context.scans.line(number)
            for index in 0..<line.count {
                guard let word = Self.contactWords.first(where: { line.has($0, at: index) }) else { continue }
                let from = index + word.unicodeScalars.count
                guard hasMobileNumber(line, from: from, to: min(line.count, from + 40)) else { continue }
                found.append(diagnostic(
                    line.range(index, from, in: context.source),
                    "这一行是个人联系方式（“\(word)”加手机号码），多为从网站复制时带入的残留，公开时也会泄露个人信息，请删除。",
                    data: ["phrase": word]
                ))
                break
            }
        }
        return found
    }

    /// An 11-digit mobile number (1[3-9]…) in `[from, to)`. Landlines (0527-83593059) are an
    /// office's published contact, which 年报 and summaries may legitimately give.
    private func hasMobileNumber(_ line: ScalarLine, from: Int, to: Int) -> Bool {
        var index = from
        while index < to {
            guard let scalar = line[safe: index], CJK.isASCIIDigit(scalar) else { index += 1; continue }
            var end = index
            while let digit = line[safe: end], CJK.isASCIIDigit(digit) { end += 1 }
            if end - index == 11 && scalar == "1", let second = line[safe: index + 1], second.value >= 0x33 && second.value <= 0x39 {
                return true
            }
            index = end
        }
        return false
    }
}
