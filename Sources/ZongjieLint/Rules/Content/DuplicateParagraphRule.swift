import Foundation
import ZongjieCore

/// The same paragraph (15 characters or more) twice in one document.
public struct DuplicateParagraphRule: LintRule {
    public init() {}

    /// Paragraphs shorter than this (headings, 一是……) may repeat legitimately.
    static let minimumLength = 15

    public static let description = RuleDescription(
        id: "duplicate-paragraph",
        name: "段落重复",
        summary: "同一文档中重复出现的段落（去掉空白、统一标点全半角后相同，且不少于15个字）。",
        rationale: """
        拼接多份材料或复制上年总结时，同一段话常出现两次，审核时一眼就能看出。比较时忽略空白和标点\
        全半角的差别；短于15个字的段落（标题、“一是加强领导。”）和没有逗号、句号等的行\
        （表格行、“表三：……”这类标签）不比较。报告第二次出现处，data.firstLine\
        是第一次出现的行号。
        """,
        basis: "审稿惯例（整段重复是复制粘贴留下的痕迹）",
        severity: .warning,
        triggering: [
            RuleExample("""
            标题
            坚持问题导向，及时回应群众关切，确保政务公开落到实处。
            其他内容。
            ↓坚持问题导向, 及时回应群众关切，确保政务公开落到实处。
            """),
        ],
        nonTriggering: [
            RuleExample("""
            标题
            一是加强领导。
            一是加强领导。
            表三：收到和处理政府信息公开申请情况
            表三：收到和处理政府信息公开申请情况
            坚持问题导向，及时回应群众关切，确保政务公开落到实处。
            坚持问题导向，及时回应群众关切，确保政务公开全面落实。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        let source = context.source
        // Hash of the normalised line → the latest line with it; `earlierWithHash` chains the
        // rest. Keys are rebuilt only to confirm a hash hit.
        var latestWithHash: [UInt64: Int] = [:]
        var earlierWithHash: [Int] = Array(repeating: -1, count: source.lines.count)
        var found: [Diagnostic] = []
        for (index, span) in source.lines.enumerated() {
            // Lines too short or without the marks of prose are never summarised.
            guard let summary = NormalisedLine.summary(of: span, in: source, minimumBytes: Self.minimumLength),
                  let firstByte = summary.first, summary.scalars >= Self.minimumLength, summary.isProse else { continue }
            var candidate = latestWithHash[summary.hash] ?? -1
            var earlier: Int?
            // A document pasted twice repeats nearly every line: confirm every hash hit.
            while candidate >= 0 {
                if NormalisedLine.equal(span, source.lines[candidate], in: source) { earlier = candidate }
                candidate = earlierWithHash[candidate]
            }
            if let earlier {
                found.append(diagnostic(
                    source.range(ofBytes: firstByte, span.end),
                    "这一段与第\(earlier + 1)行的段落重复，请删除或改写其中一处。",
                    data: ["firstLine": String(earlier + 1)]
                ))
            } else {
                earlierWithHash[index] = latestWithHash[summary.hash] ?? -1
                latestWithHash[summary.hash] = index
            }
        }
        return found
    }
}
