import ZongjieCore

/// Writes imported material as a commented YAML file that `zongjie new --input` reads:
/// header (where it came from, how to use it), the type's slots with their labels, last
/// year's plans as a checklist, then the report's own structure.
public enum MaterialYAMLWriter {
    public static func write(_ material: ImportedMaterial) -> String {
        let manifest = material.plugin.manifest
        let input = material.input
        var lines: [String] = []
        let yearText = material.year.map { "\($0)年度" } ?? ""
        lines.append("# \(yearText)\(manifest.name)的材料，由 zongjie import 从“\(material.sourcePath)”生成（报告类型 \(manifest.id)）。")
        lines.append("# 起草：zongjie new --type \(manifest.id) --input 本文件 -o 总结.docx（或 .md/.txt）")
        lines.append("# structure 是原文的结构：标题、各部分（heading 含序号）、段落、一是/二是各点（points）、表格（table），")
        lines.append("# 可直接增删改；run_in 是与标题同一行的文字。{{year}} 为报告年度，{{nextYear}} 为下一年，")
        lines.append("# {{unit}} 等为下面的填写项，起草时替换。")
        if material.isNextYear {
            lines.append("# 【待更新：上年为1260条】是上年的数字，请改为今年的数字；lint 会报告未改的。")
            lines.append("# previous_plans 是上年的工作打算：在 done 写今年的完成情况，起草时写入工作开展情况部分。")
        }
        lines.append("")
        for slot in manifest.slots {
            var comment = "# \(slot.label)"
            if let unit = slot.unit { comment += "（\(unit)）" }
            if let last = material.lastYearFigures[slot.key], material.isNextYear { comment += "：上年为\(last)，请填写今年的数字" }
            guard let value = input.values[slot.key] else {
                // Only what the structure uses, or what the type requires, is worth a blank line.
                let used = input.structure.map(FreeformRenderer.slotsUsed)?.contains(slot.key) ?? false
                if used || material.lastYearFigures[slot.key] != nil { lines.append("\(slot.key):   \(comment)") }
                continue
            }
            switch value {
            case .text(let text): lines.append("\(slot.key): \(YAMLText.scalar(text))   \(comment)")
            case .number(_, let written): lines.append("\(slot.key): \(written)   \(comment)")
            case .date(let date): lines.append("\(slot.key): \(date.iso)   \(comment)")
            default: continue
            }
        }
        if !input.previousPlans.isEmpty {
            lines.append("")
            lines.append("# 上年计划：……；完成情况：【待填】——逐条在 done 写今年的落实情况。")
            lines.append("previous_plans:")
            for check in input.previousPlans {
                lines.append("  - plan: \(YAMLText.scalar(check.plan))")
                lines.append("    done: \(check.done.map(YAMLText.scalar) ?? "")")
            }
        }
        if let structure = input.structure {
            lines.append("")
            lines.append("structure:")
            if let title = structure.title { lines.append("  title: \(YAMLText.scalar(title))") }
            blocks(structure.opening, key: "opening", indent: "  ", into: &lines)
            if !structure.sections.isEmpty {
                lines.append("  sections:")
                sections(structure.sections, indent: "    ", into: &lines)
            }
            blocks(structure.closing, key: "closing", indent: "  ", into: &lines)
            if let signature = structure.signature {
                lines.append("  signature:")
                if let unit = signature.unit { lines.append("    unit: \(YAMLText.scalar(unit))") }
                if let date = signature.date { lines.append("    date: \(YAMLText.scalar(date))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func sections(_ sections: [FreeformSection], indent: String, into lines: inout [String]) {
        for section in sections {
            lines.append(indent + "- heading: " + YAMLText.scalar(section.heading))
            let inner = indent + "  "
            if let part = section.part { lines.append(inner + "part: " + part) }
            if let runIn = section.runIn { lines.append(inner + "run_in: " + YAMLText.scalar(runIn)) }
            blocks(section.body, key: "body", indent: inner, into: &lines)
            if !section.sections.isEmpty {
                lines.append(inner + "sections:")
                self.sections(section.sections, indent: inner + "  ", into: &lines)
            }
        }
    }

    private static func blocks(_ blocks: [FreeformBlock], key: String, indent: String, into lines: inout [String]) {
        guard !blocks.isEmpty else { return }
        lines.append(indent + key + ":")
        for block in blocks {
            switch block {
            case .paragraph(let text):
                lines.append(indent + "  - " + YAMLText.scalar(text))
            case .points(let points):
                var prefix = indent + "  - "
                if !points.lead.isEmpty {
                    lines.append(prefix + "lead: " + YAMLText.scalar(points.lead))
                    prefix = indent + "    "
                }
                if points.word != "是" {
                    lines.append(prefix + "word: " + points.word)
                    prefix = indent + "    "
                }
                lines.append(prefix + "points:")
                lines += points.points.map { indent + "      - " + YAMLText.scalar($0) }
            case .table(let rows):
                lines.append(indent + "  - table:")
                lines += rows.map { indent + "      - " + YAMLText.scalar($0) }
            }
        }
    }
}
