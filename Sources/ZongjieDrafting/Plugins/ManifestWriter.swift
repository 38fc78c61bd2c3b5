import Foundation

/// Writes a `PluginManifest` back as a plugin.yaml in which every field is
/// explained by a comment, for `zongjie plugin new`. Reading the result with
/// `ManifestDecoder` gives the same manifest.
enum ManifestWriter {
    /// The commented plugin.yaml for `manifest`; `base` names the type it was copied from.
    static func write(_ manifest: PluginManifest, base: String) -> String {
        var out = ManifestComments.header(base: base)
        out += "# id：报告类型的英文标识（小写字母、数字、连字符），zongjie new --type 和 lint --type 用它。\n"
        out += "id: \(YAMLText.scalar(manifest.id))\n"
        out += "# name：中文名称，zongjie types、plugin list 和提示中显示。\n"
        out += "name: \(YAMLText.scalar(manifest.name))\n"
        out += "# topic：标题中的事项，填入 title.pattern 的 {topic}（如“保密”）。\n"
        out += "topic: \(YAMLText.scalar(manifest.topic))\n"
        out += "# description：一句话说明本类型用于什么报告、报给谁，zongjie types 在名称后显示（可省略）。\n"
        out += "description: \(YAMLText.scalar(manifest.summary ?? "本单位\(manifest.topic)工作的年度总结"))\n"
        out += "# sample：示例材料文件（相对于本文件夹，不能离开本文件夹），plugin check 用它生成草稿并检查。\n"
        out += "sample: \(YAMLText.scalar(manifest.samplePath ?? "sample.yaml"))\n\n"
        out += ManifestComments.outline
        out += outline(manifest.outline)
        out += "\n" + ManifestComments.title
        out += "title:\n  pattern: \(YAMLText.scalar(manifest.title.pattern))\n"
        out += "  variants: \(flow(manifest.title.variants))\n"
        out += "  keywords: \(flow(manifest.title.keywords))\n"
        out += "\n" + ManifestComments.slots
        out += "slots:\n" + manifest.slots.map(slot).joined()
        out += "\n" + ManifestComments.derived
        out += manifest.derived.isEmpty ? "derived: []\n" : "derived:\n" + manifest.derived.map(derived).joined()
        out += "\n" + ManifestComments.lint
        // Generated from the decoder, so a kind added there is named here too.
        out += "# 全部 kind 及其字段：" + PluginLintDecoder.kindKeys.keys.sorted().map { kind in
            "\(kind)（\(PluginLintDecoder.kindKeys[kind, default: []].joined(separator: "、"))）"
        }.joined(separator: "；") + "。\n"
        out += manifest.lint.isEmpty ? "lint: []\n" + ManifestComments.lintExamples : "lint:\n" + manifest.lint.map(lintRule).joined()
        return out
    }

    /// A flow list `[a, b]`, quoting items that a flow list would misread.
    static func flow(_ items: [String]) -> String {
        "[" + items.map(flowItem).joined(separator: ", ") + "]"
    }

    private static func flowItem(_ text: String) -> String {
        let scalar = YAMLText.scalar(text)
        if scalar.hasPrefix("\"") || !text.unicodeScalars.contains(where: { ",[]{}#".unicodeScalars.contains($0) }) { return scalar }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func outline(_ spec: OutlineSpec) -> String {
        var out = "outline:\n  extends: \(YAMLText.scalar(spec.extends))\n"
        if spec.patches.isEmpty {
            out += "  sections: []\n" + ManifestComments.outlineExamples
        } else {
            out += "  sections:\n"
            for patch in spec.patches {
                out += "    - key: \(YAMLText.scalar(patch.key))\n"
                func line(_ key: String, _ value: String?) { if let value { out += "      \(key): \(value)\n" } }
                line("name", patch.name.map(YAMLText.scalar))
                line("heading", patch.heading.map(YAMLText.scalar))
                line("headings", patch.headings.map(flow))
                line("add_headings", patch.addHeadings.isEmpty ? nil : flow(patch.addHeadings))
                line("required", patch.required.map { $0 ? "true" : "false" })
                line("min_items", patch.minItems.map(String.init))
                line("hint", patch.hint.map(YAMLText.scalar))
                line("after", patch.after.map(YAMLText.scalar))
                line("before", patch.before.map(YAMLText.scalar))
                line("remove", patch.remove ? "true" : nil)
            }
        }
        if !spec.order.isEmpty { out += "  order: \(flow(spec.order))\n" }
        return out
    }

    private static func slot(_ slot: SlotSpec) -> String {
        var out = "  - key: \(YAMLText.scalar(slot.key))\n    type: \(slot.type.rawValue)\n    label: \(YAMLText.scalar(slot.label))\n"
        if !slot.hint.isEmpty { out += "    hint: \(YAMLText.scalar(slot.hint))\n" }
        if slot.required { out += "    required: true\n" }
        if let unit = slot.unit { out += "    unit: \(YAMLText.scalar(unit))\n" }
        if let example = slot.example { out += "    example: \(YAMLText.scalar(example))\n" }
        if slot.titled { out += "    titled: true\n" }
        if !slot.cues.isEmpty { out += "    cues: \(flow(slot.cues))\n" }
        return out
    }

    private static func derived(_ figure: DerivedFigure) -> String {
        var out = "  - key: \(YAMLText.scalar(figure.key))\n    label: \(YAMLText.scalar(figure.label))\n"
        switch figure.kind {
        case .sum(let parts): out += "    kind: sum\n    of: \(flow(parts))\n"
        case .rate(let numerator, let denominator): out += "    kind: rate\n    of: \(numerator)\n    over: \(denominator)\n"
        case .share(let part, let total): out += "    kind: share\n    of: \(part)\n    over: \(total)\n"
        case .yearOnYear(let current, let previous): out += "    kind: yoy\n    of: \(current)\n    from: \(previous)\n"
        }
        out += "    decimals: \(figure.decimals)\n"
        if let equals = figure.equals { out += "    equals: \(equals)\n" }
        return out
    }

    private static func lintRule(_ rule: PluginLintRule) -> String {
        var out = "  - name: \(YAMLText.scalar(rule.name))\n    kind: \(rule.kind.name)\n"
        if let section = rule.section { out += "    section: \(YAMLText.scalar(section))\n" }
        switch rule.kind {
        case .existence(let terms): out += "    terms: \(flow(terms))\n"
        case .substitution(let swaps):
            out += "    swap:\n" + swaps.map { "      \(YAMLText.scalar($0.wrong)): \(YAMLText.scalar($0.right))\n" }.joined()
            var exceptions: [String] = []
            for term in swaps.flatMap(\.except) where !exceptions.contains(term) { exceptions.append(term) }
            if !exceptions.isEmpty { out += "    except: \(flow(exceptions))\n" }
        case .required(let terms, let figure):
            if !terms.isEmpty { out += "    terms: \(flow(terms))\n" }
            if figure { out += "    figure: true\n" }
        case .identity(let total, let parts): out += "    total: \(YAMLText.scalar(total))\n    parts: \(flow(parts))\n"
        case .length(let minimum, let maximum):
            if let minimum { out += "    min: \(minimum)\n" }
            if let maximum { out += "    max: \(maximum)\n" }
        case .rate(let numerator, let denominator, let percent, let tolerance):
            out += "    numerator: \(flow(numerator))\n    denominator: \(flow(denominator))\n    percent: \(flow(percent))\n"
            if let tolerance { out += "    tolerance: \(tolerance)\n" }
        case .complete(let totals): out += "    totals: \(flow(totals))\n"
        }
        if let message = rule.message { out += "    message: \(YAMLText.scalar(message))\n" }
        if rule.severity != .warning { out += "    level: \(rule.severity.rawValue)\n" }
        return out
    }
}
