import Foundation

/// Checks that every `{{name}}` in a plugin's templates names something the
/// templates are given, so a typo (`{{proactive_totl}}`) is an error with
/// file:line:column instead of a silently empty sentence in every draft.
enum TemplateNameCheck {
    /// Names every template sees besides slots and derived figures.
    static let contextNames: Set<String> = ["year", "nextYear", "topic", "type_name"]
    /// Names inside list items and table rows.
    static let itemNames: Set<String> = [
        "index", "ordinal", "paren", "shi", "dot", "first", "last", "title", "text", "points",
        "has_points", "body", "sentence", "name", "count",
    ]

    /// Problems in the templates named `own` (the plugin's own files, not inherited ones),
    /// located in `location/templates/<name>.mustache`; `templates` is every template partials may use.
    static func problems(in templates: [String: String], own: Set<String>, manifest: PluginManifest, location: String) -> [SourceProblem] {
        var known = contextNames.union(itemNames)
        for slot in manifest.slots {
            known.insert(slot.key)
            if slot.type.isNumeric { known.formUnion([slot.key + "_zero", slot.key + "_nonzero"]) }
            if slot.type == .nianbaoTables { known.formUnion(NianbaoTemplateValues.names) }
        }
        known.formUnion(manifest.derived.map(\.key))
        // Derived figures carry the same zero flags as slots, and rates/shares `_all` (100 % of more than one case).
        known.formUnion(manifest.derived.flatMap { [$0.key + "_zero", $0.key + "_nonzero", $0.key + "_all"] })
        var problems: [SourceProblem] = []
        for (name, source) in templates where own.contains(name) {
            let file = "\(location)/templates/\(name).mustache"
            for tag in tags(in: source) {
                if tag.sigil == ">" {
                    if templates[tag.name] == nil {
                        problems.append(SourceProblem(file: file, line: tag.line, column: tag.column,
                                                      message: "引用的模板片段“\(tag.name)”不存在。可用：\(templates.keys.sorted().joined(separator: "、"))。"))
                    }
                    continue
                }
                let head = String(tag.name.split(separator: ".").first ?? "")
                guard head != "", !known.contains(head) else { continue }
                let guess = DidYouMean.suggest(head, among: Array(known)).map { "是否想写“\($0)”？" } ?? ""
                problems.append(SourceProblem(file: file, line: tag.line, column: tag.column,
                                              message: "模板中的“\(head)”不是本报告类型的填写项或计算项。\(guess)"))
            }
        }
        return problems
    }

    struct Tag {
        var sigil: Unicode.Scalar?
        var name: String
        var line: Int
        var column: Int
    }

    /// The `{{…}}` tags of a template with their positions; comments and pragmas are skipped.
    static func tags(in source: String) -> [Tag] {
        let scalars = Array(source.unicodeScalars)
        var tags: [Tag] = []
        var index = 0
        var line = 1
        var column = 1
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                let startLine = line
                let startColumn = column
                var end = index + 2
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                var inner = String(String.UnicodeScalarView(scalars[(index + 2)..<min(end, scalars.count)]))
                    .trimmingCharacters(in: .whitespaces)
                var sigil: Unicode.Scalar?
                if let first = inner.unicodeScalars.first, "#^/&{>!%=$<".unicodeScalars.contains(first) {
                    sigil = first
                    inner = String(inner.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                if inner.hasSuffix("}") { inner.removeLast() }
                if sigil != "!" && sigil != "%" && sigil != "=" && !inner.isEmpty && inner != "." {
                    tags.append(Tag(sigil: sigil, name: inner, line: startLine, column: startColumn))
                }
                // Advance position over the tag, counting lines inside it (comments may span lines).
                while index < min(end + 2, scalars.count) {
                    if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                    index += 1
                }
                continue
            }
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return tags
    }
}
