/// Which table of the Word material form holds which slots: one-line facts
/// (unit, year, dates) first as 基本信息, then one table per outline part with
/// the slots its template (and the partials it includes) uses, in outline order.
struct MaterialFormLayout {
    struct Group {
        var title: String
        var slots: [SlotSpec]
    }

    var groups: [Group]

    init(plugin: Plugin) {
        let manifest = plugin.manifest
        var assigned: Set<String> = []
        var groups: [Group] = []
        let basic = manifest.slots.filter { [.text, .year, .date].contains($0.type) }
        assigned.formUnion(basic.map(\.key))
        groups.append(Group(title: "基本信息", slots: basic))
        for section in plugin.outline.sections {
            guard let template = plugin.templates[section.key] else { continue }
            var names = Self.names(in: template, templates: plugin.templates, seen: [section.key])
            // A figure the template states brings the slots it is computed from (上年条数 with 同比).
            for figure in manifest.derived where names.contains(figure.key) { names.formUnion(figure.kind.inputs) }
            if !names.isDisjoint(with: NianbaoTemplateValues.names) {
                names.formUnion(manifest.slots.filter { $0.type == .nianbaoTables }.map(\.key))
            }
            let slots = manifest.slots.filter { !assigned.contains($0.key) && names.contains($0.key) }
            assigned.formUnion(slots.map(\.key))
            groups.append(Group(title: section.name, slots: slots))
        }
        groups.append(Group(title: "其他", slots: manifest.slots.filter { !assigned.contains($0.key) }))
        self.groups = groups.filter { !$0.slots.isEmpty }
    }

    /// The first name of every tag in `template`, following partials.
    private static func names(in template: String, templates: [String: String], seen: Set<String>) -> Set<String> {
        var names: Set<String> = []
        var seen = seen
        for tag in TemplateNameCheck.tags(in: template) {
            if tag.sigil == ">" {
                guard !seen.contains(tag.name), let partial = templates[tag.name] else { continue }
                seen.insert(tag.name)
                names.formUnion(Self.names(in: partial, templates: templates, seen: seen))
                continue
            }
            names.insert(String(tag.name.split(separator: ".").first ?? ""))
        }
        return names
    }
}
