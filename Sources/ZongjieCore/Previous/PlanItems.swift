/// Last year's 下一步工作打算, one item per plan: what the clerk promised, to be checked
/// against this year's achievements (`zongjie import` writes them as a checklist, the
/// `previous-plans` rule looks for each in the new draft).
public struct PlanItem: Sendable, Hashable {
    /// The plan's heading or first clause, e.g. “持续深化政务公开平台建设”.
    public var summary: String
    /// Where it was written in last year's report.
    public var range: SourceRange?

    public init(summary: String, range: SourceRange? = nil) {
        self.summary = summary
        self.range = range
    }
}

public enum PlanItems {
    /// The plans of `document`: the items of its plans part (（一）/1. headings, 一是 points,
    /// paragraphs), or the points of a closing paragraph that looks ahead (下一步，……一是……).
    public static func extract(from document: Document, outline: Outline, reportYear: Int?) -> [PlanItem] {
        let match = OutlineMatcher(outline: outline, reportYear: reportYear).match(document)
        var items: [PlanItem] = []
        for (section, keys) in match.sectionKeys where keys.contains("plans") {
            if !section.children.isEmpty {
                for child in section.children {
                    let heading = summary(child.heading)
                    let text = heading.isEmpty ? summary(child.paragraphs.first?.text ?? "") : heading
                    if !text.isEmpty { items.append(PlanItem(summary: text, range: child.headingRange)) }
                }
                continue
            }
            for paragraph in section.paragraphs where !ClosingCues.statesProblem(paragraph.text) || section.paragraphs.count == 1 {
                items += fromParagraph(paragraph, lookingAhead: true)
            }
        }
        if items.isEmpty {
            let cues = ClosingCues.YearCues(nextYear: reportYear.map { $0 + 1 })
            for paragraph in document.closing where ClosingCues.opensClosing(paragraph.text, cues) || ClosingCues.statesPlans(paragraph.text, cues) {
                items += fromParagraph(paragraph, lookingAhead: true)
            }
        }
        return items
    }

    /// One plan per 一是 point, else the paragraph's first clause (after 下一步， when it looks ahead).
    private static func fromParagraph(_ paragraph: Paragraph, lookingAhead: Bool = false) -> [PlanItem] {
        var text = paragraph.text
        if let points = InlinePoints.split(text) {
            return points.points.map { PlanItem(summary: summary($0), range: paragraph.range) }.filter { !$0.summary.isEmpty }
        }
        if let marker = paragraph.marker {
            // One plan per line: “一要……”, “1、……”.
            text = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(marker.scalarCount)))
            let clause = summary(text)
            return clause.isEmpty ? [] : [PlanItem(summary: clause, range: paragraph.range)]
        }
        if lookingAhead {
            // “……等不足。下一步，我局将……”: the plan is what follows the cue.
            let scalars = Array(text.unicodeScalars)
            for cue in ClosingCues.planOpenings {
                let word = Array(cue.unicodeScalars)
                if let found = scalars.indices.first(where: { ProseFigures.has(word, in: scalars, at: $0) }) {
                    text = String(String.UnicodeScalarView(scalars[(found + word.count)...]))
                    break
                }
            }
            while let first = text.unicodeScalars.first, first == "，" || first == "," || first == "：" { text.unicodeScalars.removeFirst() }
        }
        // “我处将……；……；……。”: one plan per clause.
        let head = Array(text.unicodeScalars.prefix(8))
        if let will = head.firstIndex(of: "将") {
            text = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(will + 1)))
        }
        let clauses = text.split(whereSeparator: { $0 == "；" || $0 == "。" }).map { summary(String($0)) }.filter { $0.unicodeScalars.count >= 4 }
        return clauses.map { PlanItem(summary: $0, range: paragraph.range) }
    }

    /// Text up to the first 。；： (at most 40 characters, then ……), without trailing punctuation.
    public static func summary(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "。" || scalar == "；" || scalar == "：" || scalar == "！" { break }
            if result.count >= 40 {
                result.append(contentsOf: "……".unicodeScalars)
                break
            }
            result.append(scalar)
        }
        var scalars = Array(result)
        while let last = scalars.last, last == "，" || last == "、" || last == " " || last == "\u{3000}" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
