import ZongjieCore

/// 错别字 in real words beyond the fixed wording dictionary: a character that sounds or
/// looks like the one meant (数局中心 for 数据中心, 漏动 for 漏洞), found by segmenting each
/// run of Han characters over a word list and trying the characters each one is confused
/// with (TypoChecker, TypoDetector); plus curated slips that need their context
/// (同步 for 同比 before a figure, 反应 for 反映 before 问题, 可持性).
public struct TypoRule: LintRule {
    let checker: TypoChecker

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        // A user dictionary line whose replacement is the term itself allows that word
        // (a place, a company, a term of the trade); wording terms are left to `wording`.
        var allowed = settings.extraWordingEntries.filter { $0.replacement == $0.term }.map(\.term)
        allowed += WordingRule.builtInEntries.map(\.term)
        checker = TypoChecker(allowedWords: allowed)
    }

    public static let description = RuleDescription(
        id: "typo",
        name: "疑似错别字",
        summary: "词语中音近、形近的错字（漏动→漏洞、落到实出→落到实处、反应问题→反映问题、同步增长5%→同比增长5%），以及漏字（展…活动→开展…活动）。",
        rationale: """
        错别字是文秘退稿最常见的原因，政府网站检查中的严重表述错误可致单项否决（国办秘函〔2019〕19号）。\
        本规则用同音、同形字混淆集和词频（pycorrector、jieba、char-similar，见 dictionaries/typo/NOTICE）判断一个字\
        换成它的音近、形近字后是否明显更通顺，并收录少量需看上下文的常见误写（dictionaries/typo/pairs.tsv）。\
        宁缺毋滥：地名、单位名和政策用语（一老一小、放管服、截污纳管）不报，词典收录的词（勾稽）、法律法规名称、\
        对举的四字短语（暗链错链）、引号里的简称和同一文件反复出现的词，证据不足时也不报；仍误报的词可在用户词典中\
        写成“词<TAB>词”放行。修改建议只有 --fix-wording 才会应用。
        """,
        basis: "音近、形近字混淆集与词频：pycorrector（Apache-2.0）、jieba（MIT）、char-similar（字形结构）、pypinyin-dict（MIT，词表），见 dictionaries/typo/NOTICE；需看上下文的误写：dictionaries/typo/pairs.tsv（审稿惯例）；《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）",
        severity: .warning,
        triggering: [
            RuleExample("全年全市生产总值↓同步增长5.2%，固定资产投资稳步回升。"),
            RuleExample("畅通诉求渠道，及时↓反应问题，切实解决群众急难愁盼。"),
            RuleExample("推行预约办、网上办，提供↓便携服务，群众办事更省心。"),
            RuleExample("压实属地责任，↓切保安全生产形势稳定。"),
            RuleExample("坚持生态优先，增强发展的↓可持性。"),
            RuleExample("坚持把↓权利关进制度的笼子里，规范↓公权利运行。"),
            RuleExample("党员干部集体前往联系村，↓展结对帮扶走访慰问活动。"),
            RuleExample("健全制度体系，堵塞管理↓漏动，发挥战斗↓堡垒做用。"),
            RuleExample("统筹推进↓大数局中心建设，确保各项工作↓落到实出。"),
            RuleExample("市第一人民↓医完门诊楼建成投用，↓厂泛开展健康宣教。"),
            RuleExample("严格落实安全生产↓保章措施。"),
        ],
        nonTriggering: [
            RuleExample("聚焦“一老一小”，推行一企一策、截污纳管，便民利企，推广食养，深化放管服改革，巩固抗疫成果。"),
            RuleExample("林泗洋、霞砀安置留地项目有序推进，汇头村文化礼堂建成投用。"),
            RuleExample("城乡居民收入与经济同步增长，一切保障措施落实到位。"),
            RuleExample("全年生产总值同比增长5.2%，及时反映问题，提供便捷服务，确保安全，增强可持续性。"),
            RuleExample("依法保障群众合法权利，规范公权力运行；展示发展成果，展开专题调研，举办书画展活动。"),
            RuleExample("堵塞管理漏洞，发挥战斗堡垒作用，统筹推进大数据中心建设，确保工作落到实处。"),
            RuleExample("市第一人民医院门诊楼建成投用，广泛开展健康宣教；引进优客餐饮总部项目。"),
            RuleExample("现向社会公开征求意见；单条视频播放量破亿；汛前试鸣日当天集中宣传。"),
            RuleExample("核对各栏数据的勾稽关系，定期清理网站暗链错链，学习《中华人民共和国海关关衔条例》。"),
        ],
        corrections: [
            RuleCorrection("全年同步增长5.2%，堵塞管理漏动。", "全年同比增长5.2%，堵塞管理漏洞。"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Every line: the checker skips what holds no run of two Han characters.
        let lines = Array(ScalarLine.lines(in: context, numbered: { _ in true }))
        var hits: [(line: Int, hit: TypoChecker.Hit)] = []
        for (index, line) in lines.enumerated() {
            for hit in checker.hits(in: line.scalars) { hits.append((index, hit)) }
        }
        // A weak suspect the document writes again is one of its terms (TypoDocumentContext).
        if !hits.isEmpty { hits = TypoChecker.droppingRepeatedTerms(hits, lines: lines.map(\.scalars)) }
        for (index, hit) in hits {
            let line = lines[index]
            let range = line.range(hit.start, hit.end, in: context.source)
            let message = hit.curated
                ? "“\(hit.word)”疑为“\(hit.replacement)”之误，请核对。"
                : "“\(hit.word)”疑为“\(hit.replacement)”之误（音近或形近字），请核对；如为人名、地名或专有名词，可在用户词典中写“\(hit.word)<TAB>\(hit.word)”放行。"
            found.append(diagnostic(
                range, message,
                data: ["term": hit.word, "replacement": hit.replacement, "source": hit.curated ? "dictionaries/typo/pairs.tsv" : "dictionaries/typo（pycorrector、jieba）"],
                fix: Fix(range: range, replacement: hit.replacement, kind: .wording)
            ))
        }
        return found
    }
}
