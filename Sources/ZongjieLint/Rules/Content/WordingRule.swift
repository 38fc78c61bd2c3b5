import ZongjieCore
import ZongjieResources

/// 错敏词 and non-standard usage from the built-in dictionary plus user
/// dictionaries, and 截止 + time point (→ 截至).
///
/// All terms go into one `MultiPatternMatcher`, built once per run in
/// `init(settings:)`; each document costs one pass over its bytes.
public struct WordingRule: LintRule {
    /// The built-in dictionary's path among the embedded files.
    static let builtInPath = "dictionaries/wording.tsv"

    /// Built-in entries, parsed once per process.
    static let builtInEntries: [WordingEntry] = {
        guard let contents = EmbeddedFiles.all[builtInPath] else { return [] }
        return (try? WordingDictionaryFile.parse(contents, path: builtInPath)) ?? []
    }()

    /// Built-in entries then user entries, one pattern each in the run's dictionary scan;
    /// `截止` is pattern `entries.count`.
    let entries: [WordingEntry]
    let builtInCount: Int
    /// Per pattern: the entry that speaks for its term. A later entry for the same term (a
    /// user dictionary) replaces an earlier one: only the first of equal terms is reported,
    /// with the last one's entry.
    let effectiveEntry: [Int32]
    /// The run's one automaton (`LintSettings.dictionary`); wording's patterns come first.
    let dictionary: DictionaryScan
    let deadlinePattern: Int
    static let deadlineTerm = "截止"

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        // Equal terms are found by the matcher's sort (equal UTF-8 bytes): hashing 100,000
        // terms cost more than building the automaton.
        let entries = Self.builtInEntries + settings.wordingUserEntries
        let dictionary = settings.dictionary
        var effective = [Int32](repeating: -1, count: entries.count)
        for pattern in entries.indices {
            effective[Int(dictionary.matcher.firstEqualPattern[pattern])] = Int32(pattern)
        }
        self.entries = entries
        self.builtInCount = Self.builtInEntries.count
        self.effectiveEntry = effective
        self.deadlinePattern = entries.count
        self.dictionary = dictionary
    }

    public static let description = RuleDescription(
        id: "wording",
        name: "错别字与不规范用词",
        summary: "词典中的错别字和不规范用词（覆行→履行、布署→部署、其它→其他），以及“截止+时间点”（应为“截至”）。",
        rationale: """
        政府网站与公文检查把错别字、不规范表述列为扣分项，严重的单项否决（国办秘函〔2019〕19号）。\
        内置词典每个词条都注明出处（dictionaries/wording.tsv），宁缺毋滥：在真实总结中会误报的词条不收。\
        “截止”与“截至”按现代汉语词典区分：时间点之前用“截至”（截至目前、截至12月底），\
        “截止”用于时间点之后（报名已截止）或“截止到/截止于”。修改建议不会被自动套用\
        （词条可能撞上人名、地名），只有 --fix-wording 才会应用。
        """,
        basis: "dictionaries/wording.tsv 各词条所注出处（见 data.source）；《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）",
        severity: .warning,
        triggering: [
            RuleExample("认真↓覆行职责，精心↓布署各项工作。"),
            RuleExample("↓截止目前，共公开信息753条；↓截止2023年底完成整改。"),
            RuleExample("↓截止12月，我乡共公开各类信息753条。"),
            RuleExample("省、市及↓其它单位共同参与，人民↓检查院派员指导。"),
            RuleExample("全面↓贯切落实，↓再接再励。"),
        ],
        nonTriggering: [
            RuleExample("截至目前，认真履行职责，精心部署，贯彻落实。"),
            RuleExample("报名截止日期为6月30日；报名已于昨日截止。截止到目前，截止于12月底。"),
            RuleExample("其他单位积极参与，组织人员检查院内消防设施。"),
        ],
        corrections: [
            RuleCorrection("截止目前，认真覆行职责。", "截至目前，认真履行职责。"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var hits: [MultiPatternMatcher.Match] = []
        var allowed: [MultiPatternMatcher.Match] = []
        for match in dictionary.matches(.wording, in: context) {
            if match.pattern == deadlinePattern {
                if Self.isTimePoint(LineText.text(context.source, fromByte: match.end, maxBytes: 12)) { hits.append(match) }
                continue
            }
            let index = effectiveEntry[match.pattern]
            guard index >= 0 else { continue }
            var match = match
            match.pattern = Int(index)
            if entries[match.pattern].replacement == entries[match.pattern].term {
                allowed.append(match)
            } else {
                hits.append(match)
            }
        }
        // Leftmost first, longest first at one start; nested and allowed-covered matches drop out.
        hits.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var found: [Diagnostic] = []
        var coveredUntil = 0
        var cursor = PositionCursor(context.source)
        var allowedCover = CoverageCursor(allowed)
        // A long document hits the same few entries again and again: each entry's finding is
        // worded once per document, later hits share its message and data.
        var worded: [Int: Diagnostic] = [:]
        for hit in hits {
            if allowedCover.covers(hit) { continue }
            if hit.end <= coveredUntil && !found.isEmpty { continue }
            coveredUntil = max(coveredUntil, hit.end)
            let range = cursor.range(ofBytes: hit.start, hit.end)
            if var finding = worded[hit.pattern] {
                finding.range = range
                finding.fix?.range = range
                found.append(finding)
            } else {
                let finding = report(hit, range: range)
                worded[hit.pattern] = finding
                found.append(finding)
            }
        }
        return found
    }

    private func report(_ hit: MultiPatternMatcher.Match, range: SourceRange) -> Diagnostic {
        if hit.pattern == deadlinePattern {
            return diagnostic(
                range,
                "“截止”后接时间点时应写作“截至”（如“截至目前”“截至12月底”）；“截止”只用在时间点之后或“截止到/截止于”。",
                data: ["term": "截止", "replacement": "截至", "source": "facts §4.2 #35（现代汉语词典第7版）"],
                fix: Fix(range: range, replacement: "截至", kind: .wording)
            )
        }
        let entry = entries[hit.pattern]
        var data = ["term": entry.term, "source": entry.source]
        // Built-in sources are provenance notes for maintainers (in data.source); a user
        // dictionary's file:line tells the user which list flagged the term.
        let origin = hit.pattern >= builtInCount ? "（见用户词典 \(entry.source)）" : ""
        guard let replacement = entry.replacement else {
            return diagnostic(range, "“\(entry.term)”被词典列为需核对的用词\(origin)，请核对后修改。", data: data)
        }
        data["replacement"] = replacement
        return diagnostic(
            range,
            "“\(entry.term)”是不规范写法，应为“\(replacement)”\(origin)。如为人名、地名等专有名词可忽略。",
            data: data,
            fix: Fix(range: range, replacement: replacement, kind: .wording)
        )
    }

    /// Words after 截止 that make it a time point (so 截至 is meant).
    static let timePointStarts = ["目前", "今年", "今天", "今日", "当前", "现在", "本月", "本年", "本季度", "年底", "年末", "月底", "上年", "去年", "当年", "发稿", "本报告"]

    /// Whether `tail`, the text right after 截止, starts with a time point: 目前, 12月, 2023年底 …
    static func isTimePoint(_ tail: String) -> Bool {
        if let first = tail.unicodeScalars.first, CJK.isASCIIDigit(first) { return true }
        if timePointStarts.contains(where: { tail.hasPrefix($0) }) { return true }
        // 截止十二月 / 截止二〇二三年: a Chinese numeral followed by 月 or 年.
        let scalars = Array(tail.unicodeScalars.prefix(4))
        var index = 0
        while index < scalars.count, ChineseNumerals.isNumeralScalar(scalars[index]) || scalars[index] == "〇" { index += 1 }
        return index > 0 && index < scalars.count && (scalars[index] == "月" || scalars[index] == "年")
    }
}
