import ZongjieCore

/// Rewrites last year's text for the material: the report year and the year after become
/// {{year}} / {{nextYear}} wherever they denote them (not in 《》, not in a date such as
/// 2023年3月, not in a span such as 2021—2025年); figures a slot takes become {{key}}; for
/// the next year every other figure becomes 【待更新：上年为1260条】.
struct ImportTextConverter {
    let manifest: PluginManifest
    let sourceYear: Int?
    /// True when the material is for the next year (figures marked, last-year values kept).
    let nextYear: Bool

    /// Figure slots not yet filled, in manifest order, with the slot holding last year's value.
    private var open: [(slot: SlotSpec, lastYearKey: String?)]
    /// Values found for slots (same year: the slot itself; next year: its last-year slot).
    private(set) var values: [String: SlotValue] = [:]
    /// Last year's figure for each slot bound in the text, for the material's comments.
    private(set) var lastYear: [String: String] = [:]
    /// How many figures became 【待更新：…】 markers.
    private(set) var markedFigures = 0

    init(manifest: PluginManifest, sourceYear: Int?, nextYear: Bool) {
        self.manifest = manifest
        self.sourceYear = sourceYear
        self.nextYear = nextYear
        var open: [(SlotSpec, String?)] = []
        for slot in manifest.slots where slot.type.isNumeric && !slot.cues.isEmpty {
            let from = manifest.derived.lazy.compactMap { figure -> String? in
                if case .yearOnYear(let current, let previous) = figure.kind, current == slot.key { return previous }
                return nil
            }.first
            // For the next year a figure goes into a slot only when last year's value has a home (同比).
            if nextYear && from == nil { continue }
            open.append((slot, from))
        }
        self.open = open
    }

    /// `text` with years as tags and, when `figures`, figures bound or marked.
    mutating func convert(_ text: String, figures: Bool = true) -> String {
        let scalars = Array(text.unicodeScalars)
        var edits: [(start: Int, end: Int, replacement: String)] = []
        if figures {
            var skipUntil = 0
            for figure in ProseFigures.figures(in: scalars) where figure.start >= skipUntil {
                let written = String(String.UnicodeScalarView(scalars[figure.start..<figure.end]))
                if let key = bind(figure, in: scalars) {
                    edits.append((figure.start, figure.end, "{{\(key)}}"))
                    // 同比 from the slots once this year's figure is filled: last year's change
                    // phrase after the figure (，较上年增长12.5%) makes way for the computed one.
                    if nextYear, let change = yearOnYearKey(of: key) {
                        let end = Self.changePhraseEnd(scalars, from: figure.end) ?? figure.end
                        edits.append((figure.end, end, "{{#\(change)}}，较上年{{\(change)}}{{/\(change)}}"))
                        skipUntil = end
                    }
                } else if nextYear {
                    edits.append((figure.start, figure.end, Placeholder.update(lastYear: written)))
                    markedFigures += 1
                }
            }
        }
        edits += yearEdits(scalars).filter { year in !edits.contains { $0.start < year.end && year.start < $0.end } }
        guard !edits.isEmpty else { return text }
        edits.sort { $0.start < $1.start }
        var result = String.UnicodeScalarView()
        var index = 0
        for edit in edits {
            result.append(contentsOf: scalars[index..<edit.start])
            result.append(contentsOf: edit.replacement.unicodeScalars)
            index = edit.end
        }
        result.append(contentsOf: scalars[index...])
        return String(result)
    }

    /// The year-on-year figure computed over slot `key`, if the type has one.
    private func yearOnYearKey(of key: String) -> String? {
        manifest.derived.first { figure in
            if case .yearOnYear(let current, _) = figure.kind { return current == key }
            return false
        }?.key
    }

    /// The end of “，较上年增长12.5%” (同比/比上年; 增长/增加/下降/减少/上升/提高) right after `start`.
    static func changePhraseEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        if index < scalars.count, scalars[index] == "，" { index += 1 }
        guard let cue = ["较上年", "比上年", "同比"].map({ Array($0.unicodeScalars) }).first(where: { ProseFigures.has($0, in: scalars, at: index) }) else { return nil }
        index += cue.count
        guard let word = ["增长", "增加", "下降", "减少", "上升", "提高"].map({ Array($0.unicodeScalars) }).first(where: { ProseFigures.has($0, in: scalars, at: index) }) else { return nil }
        index += word.count
        guard let figure = ProseFigures.figures(in: Array(scalars[index...])).first, figure.start == 0, figure.isPercent else { return nil }
        return index + figure.end
    }

    /// The slot a figure fills: the first open one whose unit matches and one of whose cues
    /// is written shortly before the figure in the same sentence.
    private mutating func bind(_ figure: TextFigure, in scalars: [Unicode.Scalar]) -> String? {
        var from = figure.start
        while from > 0, figure.start - from < 16, !["。", "；", "！", "？"].contains(scalars[from - 1]) { from -= 1 }
        let before = String(String.UnicodeScalarView(scalars[from..<figure.start]))
        for (offset, candidate) in open.enumerated() {
            let slot = candidate.slot
            let unit = slot.type == .percent ? "%" : (slot.unit ?? "")
            guard figure.unit == unit, slot.cues.contains(where: before.contains) else { continue }
            let number = figure.number.replacingOccurrences(of: ",", with: "")
            let value = SlotValue.number(figure.value, written: number)
            if let lastYearKey = candidate.lastYearKey, nextYear {
                values[lastYearKey] = value
            } else {
                values[slot.key] = value
            }
            lastYear[slot.key] = number + unit
            open.remove(at: offset)
            return slot.key
        }
        return nil
    }

    /// Where the report year (→ {{year}}) and the year after (→ {{nextYear}}) are written.
    private func yearEdits(_ scalars: [Unicode.Scalar]) -> [(start: Int, end: Int, replacement: String)] {
        guard let sourceYear else { return [] }
        var edits: [(Int, Int, String)] = []
        var bookDepth = 0
        var index = 0
        while index + 4 < scalars.count {
            let scalar = scalars[index]
            if scalar == "《" { bookDepth += 1 }
            if scalar == "》" { bookDepth = max(0, bookDepth - 1) }
            guard bookDepth == 0, let year = Self.year(scalars, at: index), scalars[index + 4] == "年",
                  year == sourceYear || year == sourceYear + 1 else {
                index += 1
                continue
            }
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 5 < scalars.count ? scalars[index + 5] : " "
            let isSpanEnd = ["—", "-", "－", "~", "～", "至", "到"].contains(before)
            let isSpanStart = ["—", "-", "－", "~", "～", "至", "到"].contains(after)
            let isDate = ProseFigures.isDigit(after) || ProseFigures.isDigit(before)
            if !isSpanEnd && !isSpanStart && !isDate {
                edits.append((index, index + 4, year == sourceYear ? "{{year}}" : "{{nextYear}}"))
            }
            index += 5
        }
        return edits
    }

    private static func year(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var value = 0
        for offset in 0..<4 {
            let scalar = scalars[index + offset]
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }
}
