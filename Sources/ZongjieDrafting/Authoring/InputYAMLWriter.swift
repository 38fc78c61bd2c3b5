/// Writes an input back as a YAML file (`--save-input`), slots in manifest order.
public enum InputYAMLWriter {
    /// The YAML text for `input`; slots without a value are left out.
    public static func write(_ input: DraftInput, manifest: PluginManifest) -> String {
        var lines = ["# \(manifest.name)（\(manifest.id)）的材料，由 zongjie new --save-input 保存。"]
        for slot in manifest.slots {
            guard let value = input.values[slot.key] else { continue }
            switch value {
            case .text(let text):
                lines.append("\(slot.key): \(YAMLText.scalar(text))")
            case .number(_, let written):
                lines.append("\(slot.key): \(written)")
            case .date(let date):
                lines.append("\(slot.key): \(date.iso)")
            case .list(let items):
                lines.append("\(slot.key):")
                for item in items {
                    if item.title == nil && item.points.isEmpty, let text = item.text {
                        lines.append("  - \(YAMLText.scalar(text))")
                        continue
                    }
                    var prefix = "  - "
                    if let title = item.title { lines.append(prefix + "title: \(YAMLText.scalar(title))"); prefix = "    " }
                    if let text = item.text { lines.append(prefix + "text: \(YAMLText.scalar(text))"); prefix = "    " }
                    if !item.points.isEmpty {
                        lines.append(prefix + "points:")
                        lines.append(contentsOf: item.points.map { "      - \(YAMLText.scalar($0))" })
                    }
                }
            case .table(let rows):
                lines.append("\(slot.key):")
                lines.append(contentsOf: rows.map { "  - name: \(YAMLText.scalar($0.name))\n    count: \($0.written)" })
            case .nianbaoTables(let tables):
                lines.append("\(slot.key):")
                lines.append(contentsOf: NianbaoInputYAML.lines(tables).map { "  " + $0 })
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
