import ZongjieCore

/// What the prose says about the 复议/诉讼 outcomes in words (均获维持, 无纠错, 未发生行政诉讼),
/// checked against table 四: a reviewer reads "均获维持" next to a 尚未审结 column.
struct ProseAppealClaim: Sendable {
    enum Kind: Sendable, Equatable {
        /// 均获维持, 全部维持: every case upheld (none corrected, other or pending); "已审结的均获维持"
        /// leaves the pending ones out.
        case allUpheld(concludedOnly: Bool)
        /// 无纠错, 未被纠错, 未败诉: none corrected.
        case noCorrection
        /// 未发生行政复议: no case at all.
        case noCases
    }

    var kind: Kind
    var scope: ProseFigure.AppealScope
    /// The words as written ("均获维持"), without spaces.
    var words: String
    var range: SourceRange

    private static let allUpheldWords = ["均获维持", "全部维持", "均被维持", "均维持", "均予以维持", "全部获得维持", "均得到维持", "全部被维持"]
    private static let negations = ["无", "未", "零", "没有", "不存在"]

    /// The claims in `paragraphs` (from `ProseFigureScanner.paragraphs`), sentence by sentence.
    static func claims(in paragraphs: [[ProseScalar]]) -> [ProseAppealClaim] {
        var claims: [ProseAppealClaim] = []
        for paragraph in paragraphs {
            var start = 0
            for index in paragraph.indices where paragraph[index].scalar == "。" || paragraph[index].scalar == "；" || index == paragraph.count - 1 {
                claims += sentenceClaims(Array(paragraph[start...index]))
                start = index + 1
            }
        }
        return claims
    }

    private static func sentenceClaims(_ sentence: [ProseScalar]) -> [ProseAppealClaim] {
        let kept = sentence.filter { !ProseFigureScanner.isSpace($0.scalar) }
        let text = String(String.UnicodeScalarView(kept.map(\.scalar)))
        guard let sentenceScope = ProseFigure.AppealScope.named(in: text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        func range(_ lower: Int, _ count: Int) -> SourceRange {
            let last = kept[lower + count - 1].position
            return SourceRange(start: kept[lower].position, end: SourcePosition(line: last.line, column: last.column + 1))
        }
        var claims: [ProseAppealClaim] = []
        for words in allUpheldWords {
            guard let at = find(words, in: scalars) else { continue }
            let concludedOnly = ["已审结", "审结的", "已结案", "办结的"].contains { text.contains($0) }
            claims.append(ProseAppealClaim(kind: .allUpheld(concludedOnly: concludedOnly), scope: sentenceScope, words: words, range: range(at, words.unicodeScalars.count)))
            break
        }
        var from = 0
        for word in ["纠错", "纠正", "败诉"] {
            guard let at = find(word, in: scalars, from: from) else { continue }
            // "未发生因依申请公开被行政复议纠错": the negation comes a few words before.
            let window = String(String.UnicodeScalarView(scalars[max(0, at - 14)..<at]))
            guard let negation = negations.compactMap({ window.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            let between = String(window[negation.upperBound...])
            let scope = word == "败诉" ? .suits : ProseFigure.AppealScope.named(in: between) ?? sentenceScope
            claims.append(ProseAppealClaim(kind: .noCorrection, scope: scope, words: String(window[negation.lowerBound...]) + word, range: range(at, 2)))
            from = at + 2
        }
        // "全年未发生行政复议、行政诉讼": said of the cases themselves, not of an outcome.
        if claims.isEmpty, !text.contains("件") {
            for negation in ["未发生", "没有发生", "未出现", "无"] {
                guard let at = find(negation, in: scalars) else { continue }
                let rest = String(String.UnicodeScalarView(scalars[(at + negation.unicodeScalars.count)...].prefix(16)))
                guard let scope = ProseFigure.AppealScope.named(in: rest), rest.hasPrefix("行政") || rest.hasPrefix("因") || rest.hasPrefix("被") else { continue }
                claims.append(ProseAppealClaim(kind: .noCases, scope: scope, words: negation + rest, range: range(at, negation.unicodeScalars.count)))
                break
            }
        }
        return claims
    }

    private static func find(_ word: String, in scalars: [Unicode.Scalar], from: Int = 0) -> Int? {
        let needle = Array(word.unicodeScalars)
        guard needle.count <= scalars.count, from <= scalars.count - needle.count else { return nil }
        return (from...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }
    }

    /// The finding's message when table 四 contradicts the claim; nil when it agrees.
    func contradiction(_ tables: NianbaoTables) -> String? {
        func sum(_ outcome: AppealOutcome) -> Int? {
            var total = 0
            for block in scope.blocks {
                guard let value = tables.resolved(.appeal(block, outcome)) else { return nil }
                total += value
            }
            return total
        }
        let where_ = "表四「\(scope.name)」"
        switch kind {
        case let .allUpheld(concludedOnly):
            let others: [AppealOutcome] = concludedOnly ? [.corrected, .other] : [.corrected, .other, .pending]
            let parts = others.compactMap { outcome in sum(outcome).flatMap { $0 > 0 ? "\(outcome.name) \($0) 件" : nil } }
            guard !parts.isEmpty else { return nil }
            return "正文称“\(words)”，但\(where_)有\(parts.joined(separator: "、"))；未审结或被纠正的案件不能说均获维持，请据表四如实表述"
        case .noCorrection:
            guard let corrected = sum(.corrected), corrected > 0 else { return nil }
            return "正文称“\(words)”，但\(where_)结果纠正为 \(corrected) 件；请核对正文或表四"
        case .noCases:
            guard let total = sum(.total), total > 0 else { return nil }
            return "正文称“\(words)”，但\(where_)总计为 \(total) 件；请核对正文或表四"
        }
    }
}
