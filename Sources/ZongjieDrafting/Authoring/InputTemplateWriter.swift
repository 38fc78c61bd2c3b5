/// Writes the commented YAML form a user fills in (`zongjie input-template`):
/// every slot with its label, type, unit, whether required, and hint.
/// Left untouched it is a valid, empty input.
public enum InputTemplateWriter {
    /// The template text for `manifest`.
    public static func write(_ manifest: PluginManifest) -> String {
        var lines = [
            "# \(manifest.name)（\(manifest.id)）材料填写模板",
            "# 按提示填写冒号后的内容；不填的项保持为空，草稿中会以“【待填：…】”占位。",
            "# 填好后运行：zongjie new --type \(manifest.id) --input 本文件 -o 总结.md",
        ]
        for slot in manifest.slots {
            lines.append("")
            var kind = slot.type.chineseName
            if let unit = slot.unit { kind += "，单位：\(unit)" }
            kind += slot.required ? "，必填" : "，选填"
            lines.append("# \(slot.label)（\(kind)）")
            if !slot.hint.isEmpty { lines.append("# \(slot.hint)") }
            switch slot.type {
            case .list:
                lines.append("\(slot.key):")
                if slot.titled {
                    lines += ["#  - title: 小标题", "#    points:     # 要点，每点一句；也可不分点，写 text: 一段话", "#      - 具体做法和成效（带数字）", "#      - 第二点"]
                } else {
                    lines += ["#  - 第一条", "#  - 第二条"]
                }
            case .table:
                lines += ["\(slot.key):", "#  - name: 名称", "#    count: 0"]
            case .nianbaoTables:
                lines.append("\(slot.key):")
                lines += NianbaoInputYAML.templateLines
            default:
                let example = slot.example.map { "   # 例：\($0)" } ?? ""
                lines.append("\(slot.key):\(example)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
