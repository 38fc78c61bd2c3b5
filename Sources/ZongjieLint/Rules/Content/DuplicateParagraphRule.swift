import ZongjieCore

/// The same paragraph (15 characters or more) twice in one document.
public struct DuplicateParagraphRule: LintRule {
    public init() {}

    /// Paragraphs shorter than this (headings, 一是……) may repeat legitimately.
    static let minimumLength = 15

    public static let description = RuleDescription(
        id: "duplicate-paragraph",
        name: "段落重复",
        summary: "找出同一文档中重复出现的段落（去掉空白、统一标点全半角后相同，且不少于15个字）。",
        rationale: """
        拼接多份材料或复制上年总结时，同一段话常出现两次，审核时一眼就能看出。比较时忽略空白和标点\
        全半角的差别；短于15个字的段落（标题、“一是加强领导。”）不比较。报告第二次出现处，data.firstLine\
        是第一次出现的行号。
        """,
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
            坚持问题导向，及时回应群众关切，确保政务公开落到实处。
            坚持问题导向，及时回应群众关切，确保政务公开全面落实。
            """),
        ]
    )

    public func check(_ context: LintContext) -> [Diagnostic] {
        var firstLine: [String: Int] = [:]
        var found: [Diagnostic] = []
        for line in ScalarLine.all(in: context.source) {
            var key = String.UnicodeScalarView()
            var first: Int?
            for (index, scalar) in line.scalars.enumerated() where !scalar.properties.isWhitespace {
                if first == nil { first = index }
                key.append(Self.normalised(scalar))
            }
            guard let start = first, key.count >= Self.minimumLength else { continue }
            let text = String(key)
            if let earlier = firstLine[text] {
                found.append(diagnostic(
                    line.range(start, line.count, in: context.source),
                    "这一段与第\(earlier)行的段落重复，请删除或改写其中一处。",
                    data: ["firstLine": String(earlier)]
                ))
            } else {
                firstLine[text] = line.number
            }
        }
        return found
    }

    /// Full-width forms (，：（ ！) folded to their half-width twins so width does not hide a repeat.
    static func normalised(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value >= 0xFF01 && scalar.value <= 0xFF5E {
            return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        }
        return scalar
    }
}
