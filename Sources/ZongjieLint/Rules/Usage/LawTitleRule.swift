import Foundation
import ZongjieCore

/// A law or regulation cited in 《》 under a title that is not the real one: close to a
/// listed title (消防安全法 for 消防法), or a 中华人民共和国…法 that the list does not hold.
public struct LawTitleRule: LintRule {
    let titles: LawTitles
    let dictionary: DictionaryScan

    public init() { self.init(settings: LintSettings()) }

    public init(settings: LintSettings) {
        titles = LawTitles.builtIn
        dictionary = settings.dictionary
    }

    public static let description = RuleDescription(
        id: "law-title",
        name: "法律法规名称",
        summary: "书名号中的全国性法律、行政法规名称与现行名称不符（如《中华人民共和国消防安全法》应为《中华人民共和国消防法》），或“中华人民共和国……法”不在法律名录中。",
        rationale: """
        引用法律法规名称写错，属于政府网站与公文检查中的表述错误。内置名录收全国人大及其常委会制定的法律和\
        国务院行政法规（dictionaries/law-titles.tsv，由 scripts/compile_law_titles.py 从国家法律法规数据库\
        整理的名录生成），名录之后新制定或改名的法律不在其中，所以不在名录中的“中华人民共和国……法”只提示核对。\
        地方性法规、规章、方案、通知（《××省……条例》《……实施方案》《……的通知》）和草案不检查；名录中的名称\
        无论带不带“中华人民共和国”都不报告。
        """,
        basis: "dictionaries/law-titles.tsv（国家法律法规数据库现行法律、行政法规名录，LawRefBook/Laws 2025年4月19日快照）",
        severity: .warning,
        triggering: [
            RuleExample("认真贯彻↓《中华人民共和国消防安全法》，开展消防检查。"),
            RuleExample("组织学习↓《中华人民共和国知识产权法》。"),
            RuleExample("严格执行↓《政府信息公开管理条例》，学习↓《中华人民共和国保密法》。"),
        ],
        nonTriggering: [
            RuleExample("贯彻《中华人民共和国消防法》《中华人民共和国政府信息公开条例》《安全生产法》《保密法》。"),
            RuleExample("学习《中华人民共和国民法典》《中华人民共和国刑法修正案（十一）》《中华人民共和国安全生产法（2021年修正）》。"),
            RuleExample("印发《XX市安全生产条例》《关于做好政务公开工作的实施方案》《关于印发〈XX办法〉的通知》。"),
            RuleExample("审议《中华人民共和国XX法（草案）》，学习《浙江省消防条例》。"),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        let open = dictionary.marks.lowerBound + UsageMarks.bookTitleOpenIndex
        var found: [Diagnostic] = []
        for match in dictionary.matches(.marks, in: context) where match.pattern == open {
            // The title closed on its line, at most `longestTitle` characters long.
            let number = context.source.lineNumber(containing: match.start)
            guard let title = BookTitleSpan.closed(from: match.start, line: number, in: context.source, longest: Self.longestTitle),
                  Self.mayNameLaw(title.last) else { continue }
            guard let message = Self.verdicts.verdict(for: title.text(in: context.source), { problem(with: $0) }) else { continue }
            let range = SourceRange(line: number, startColumn: title.open + 1, endColumn: title.close + 2)
            found.append(diagnostic(range, message.text, data: message.data))
        }
        return found
    }

    static let longestTitle = 80

    /// Whether a title whose last character is `last` may get a verdict: `problem(with:)`
    /// speaks only of titles ending in 法 or 条例, or in a （…） qualifier. Most titles cited
    /// are plans and notices (…方案, …通知): they are passed over before any String is built.
    /// Only an ordinary ideograph rules a title out (a combining mark or a compatibility
    /// ideograph may still compare equal to 法 or 例 as a Character).
    static func mayNameLaw(_ last: Unicode.Scalar) -> Bool {
        guard (0x4E00...0x9FFF).contains(last.value) else { return true }
        return last == "法" || last == "例"
    }

    /// Verdicts by title, shared by every run in the process: a batch cites the same titles in
    /// file after file, and a near-miss search compares with every listed title.
    static let verdicts = TitleVerdicts()

    /// What is wrong with the title written in 《》, if anything.
    func problem(with written: String) -> (text: String, data: [String: String])? {
        if titles.contains(written) { return nil }
        // A title naming another (关于印发〈…〉的通知) or a draft is not checked.
        if written.contains("〈") || written.contains("草案") || written.contains("征求意见稿") { return nil }
        var title = written
        if title.hasSuffix("）"), let open = title.lastIndex(of: "（") {
            // 《…法（2021年修正）》: the qualifier is not part of the title.
            if titles.contains(String(title[..<open])) { return nil }
            title = String(title[..<open])
        }
        let prefixed = title.hasPrefix(LawTitles.prefix)
        let core = LawTitles.core(of: title)
        let isLaw = core.hasSuffix("法") && !core.hasSuffix("办法") && !core.hasSuffix("方法")
        let isRegulation = core.hasSuffix("条例")
        guard isLaw || isRegulation else { return nil }
        let date = dateText
        if let full = titles.abbreviated(core) {
            // 《保密法》 is the usual short name of 保守国家秘密法; with the state's name in front
            // it must be the full title.
            guard prefixed else { return nil }
            let suggested = LawTitles.prefix + full
            return ("《\(written)》是简称，带“中华人民共和国”时应写全称《\(suggested)》（名录截至\(date)）。",
                    ["title": written, "expected": suggested])
        }
        if let nearest = titles.nearest(to: core) {
            let suggested = (prefixed ? LawTitles.prefix : "") + nearest
            return ("《\(written)》与现行名称不符，应为《\(suggested)》？请核对法律法规名称（名录截至\(date)）。",
                    ["title": written, "expected": suggested])
        }
        if prefixed && isLaw {
            return ("《\(written)》不在现行法律名录中（名录截至\(date)，来源：国家法律法规数据库）：请核对法律名称；此后新制定的法律不在名录中，核实无误可忽略。",
                    ["title": written])
        }
        return nil
    }

    /// The snapshot date in words (2025-04-19 → 2025年4月19日).
    private var dateText: String {
        let parts = titles.snapshot.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return titles.snapshot }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }
}

/// What `LawTitleRule.problem(with:)` said of each title seen, behind a lock.
final class TitleVerdicts: @unchecked Sendable {
    typealias Verdict = (text: String, data: [String: String])?
    private let lock = NSLock()
    // Guarded by `lock`.
    private var known: [String: Verdict] = [:]

    func verdict(for title: String, _ judge: (String) -> Verdict) -> Verdict {
        lock.lock()
        if let cached = known[title] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let verdict = judge(title)
        lock.lock()
        // Bounded: a pathological input cannot grow it without end.
        if known.count < 10_000 { known[title] = verdict }
        lock.unlock()
        return verdict
    }
}
