import ZongjieCore
import ZongjieResources

/// Fixed political formulations written incomplete or altered: the guiding thought without
/// the leader's name, 以习近平总书记为核心, 关于……重要论述 with no speaker, 三个自信.
public struct PoliticalFormulaRule: LintRule {
    static let builtInPath = "dictionaries/political-formula.tsv"

    /// Built-in entries, parsed once per process.
    static let builtInEntries: [WordingEntry] = {
        guard let contents = EmbeddedFiles.all[builtInPath] else { return [] }
        return (try? WordingDictionaryFile.parse(contents, path: builtInPath)) ?? []
    }()

    let table: FormulaTable
    let builtInCount: Int
    let dictionary: DictionaryScan

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        table = FormulaTable(Self.builtInEntries + settings.formulaUserEntries)
        builtInCount = Self.builtInEntries.count
        dictionary = settings.dictionary
    }

    public static let description = RuleDescription(
        id: "political-formula",
        name: "规范表述",
        summary: "固定的政治表述写得不完整或走了样（如缺少“习近平”的“新时代中国特色社会主义思想”、“以习近平总书记为核心的党中央”、没有论述者的“关于……重要论述”）。",
        rationale: """
        政府网站与公文检查中，“严重表述错误”单项否决（国办秘函〔2019〕19号）。规范表述以党章、党的代表大会报告\
        和中央文件为准，每条都在 dictionaries/political-formula.tsv 中注明出处；完整表述本身和同样字词的\
        普通用法（中国特色社会主义进入新时代、主要负责同志）不报告。用户词表中“正确写法包含错误写法”的词条\
        （或错误写法中用“…”表示同一句中的间隔）也按规范表述检查。修改建议只有 --fix-wording 才会应用。
        """,
        basis: "dictionaries/political-formula.tsv 各条所注出处（《中国共产党章程》、党的二十大报告、中央文件；见 data.basis）",
        severity: .error,
        triggering: [
            RuleExample("2023年，我局坚持以↓新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。"),
            RuleExample("紧密团结在↓以习近平总书记为核心的党中央周围。"),
            RuleExample("深入学习↓关于安全生产重要论述，压实安全责任。"),
            RuleExample("学习贯彻↓习近平总书记法治思想，坚定↓三个自信。"),
            RuleExample("发展↓全过程民主，深入学习↓关于生态环境保护的重要指示批示精神。"),
        ],
        nonTriggering: [
            RuleExample("坚持以习近平新时代中国特色社会主义思想为指导，紧密团结在以习近平同志为核心的党中央周围。"),
            RuleExample("深入学习习近平总书记关于安全生产的重要论述，认真贯彻总书记关于应急管理的重要指示批示精神。"),
            RuleExample("中国特色社会主义进入新时代，主要负责同志带头学习习近平法治思想、习近平生态文明思想。"),
            RuleExample("增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”，发展全过程人民民主。"),
            RuleExample("传达学习习近平总书记在座谈会上的重要讲话和关于安全生产的重要论述。局长作了关于安全生产的讲话。"),
        ],
        corrections: []
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var hits: [(start: Int, end: Int, entry: Int)] = []
        var allowed: [MultiPatternMatcher.Match] = []
        var found: [Diagnostic] = []
        let base = dictionary.formula.lowerBound
        for match in dictionary.matches(.formula, in: context) {
            for role in table.roles[match.pattern - base] {
                switch role {
                case .incomplete(let entry): hits.append((match.start, match.end, entry))
                case .complete: allowed.append(match)
                case .gapTail(let entry):
                    if let finding = gapFinding(entry: entry, tailStart: match.start, tailEnd: match.end, context) { found.append(finding) }
                }
            }
        }
        // Leftmost first, longest first at one start; nested and complete-form-covered hits drop out.
        hits.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var coveredUntil = -1
        var cursor = PositionCursor(context.source)
        var completeCover = CoverageCursor(allowed)
        for hit in hits {
            if completeCover.covers(MultiPatternMatcher.Match(start: hit.start, end: hit.end, pattern: 0)) { continue }
            if hit.end <= coveredUntil { continue }
            coveredUntil = hit.end
            let range = cursor.range(ofBytes: hit.start, hit.end)
            found.append(report(entry: hit.entry, range: range, written: table.entries[hit.entry].term))
        }
        return found.sorted { ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column) }
    }

    /// 关于…重要论述: a finding from 关于 to the tail when the sentence names no speaker before it.
    private func gapFinding(entry: Int, tailStart: Int, tailEnd: Int, _ context: LintContext) -> Diagnostic? {
        guard let gap = FormulaTable.gap(of: table.entries[entry].term) else { return nil }
        let line = context.scans.line(context.source.lineNumber(containing: tailStart))
        let tail = line.scalarIndex(ofByte: tailStart, in: context.source)
        let end = line.scalarIndex(ofByte: tailEnd, in: context.source)
        // The sentence so far: back to 。；！？ or the line's start, at most a long sentence.
        var sentenceStart = tail
        while sentenceStart > 0 && tail - sentenceStart < Self.longestSentence {
            let before = line.scalars[sentenceStart - 1]
            if before == "。" || before == "；" || before == "！" || before == "？" { break }
            sentenceStart -= 1
        }
        var head: Int?
        var index = tail - gap.head.unicodeScalars.count
        while index >= sentenceStart {
            if line.has(gap.head, at: index) { head = index; break }
            index -= 1
        }
        guard let head else { return nil }
        for speaker in Self.speakers {
            var at = sentenceStart
            while at < tail {
                if line.has(speaker, at: at) { return nil }
                at += 1
            }
        }
        let written = line.text(head, end)
        return report(entry: entry, range: line.range(head, end, in: context.source), written: written, fixable: false)
    }

    /// Who may be named before 关于…重要论述 (总书记 alone after the first full mention).
    static let speakers = ["习近平", "总书记"]
    static let longestSentence = 120

    private func report(entry index: Int, range: SourceRange, written: String, fixable: Bool = true) -> Diagnostic {
        let entry = table.entries[index]
        let complete = entry.replacement ?? entry.term
        let origin = index >= builtInCount ? "（见用户词表）" : ""
        let message = "规范表述应为“\(complete)”，“\(written)”不完整或有误\(origin)；依据：\(entry.source)。"
        let data = ["term": written, "replacement": complete, "basis": entry.source]
        let fix = fixable ? Fix(range: range, replacement: complete, kind: .wording) : nil
        return diagnostic(range, message, data: data, fix: fix)
    }
}
