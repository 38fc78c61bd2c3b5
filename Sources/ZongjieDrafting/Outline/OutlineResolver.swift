import Yams
import ZongjieCore

/// Loads base outlines and applies a report type's edits to them
/// (add, rename, make required or optional, reorder, remove).
public enum OutlineResolver {
    /// Decodes an outline file (`outlines/<id>.yaml`).
    public static func decodeOutline(_ text: String, file: String) throws -> Outline {
        _ = try YAMLDocument.parse(text, file: file) // syntax errors with line:column first
        do {
            return try YAMLDecoder().decode(Outline.self, from: text)
        } catch {
            throw SourceProblems([SourceProblem(file: file, message: "大纲格式不对：\(error)")])
        }
    }

    /// `base` with `spec`'s patches and order applied; problems name `file`.
    public static func resolve(base: Outline, spec: OutlineSpec, id: String, name: String, file: String) throws -> Outline {
        let (outline, problems) = resolveCollecting(base: base, spec: spec, id: id, name: name, file: file)
        if !problems.isEmpty { throw SourceProblems(problems) }
        return outline
    }

    /// `base` with every patch that applies, and a problem for each that does not.
    static func resolveCollecting(base: Outline, spec: OutlineSpec, id: String, name: String, file: String) -> (Outline, [SourceProblem]) {
        var sections = base.sections
        var problems: [SourceProblem] = []
        for patch in spec.patches {
            func problem(_ message: String) {
                problems.append(SourceProblem(file: file, line: patch.line, column: patch.column, message: message))
            }
            if patch.remove {
                guard sections.contains(where: { $0.key == patch.key }) else {
                    problem("要删除的部分“\(patch.key)”不在大纲 \(base.id) 中。")
                    continue
                }
                sections.removeAll { $0.key == patch.key }
                continue
            }
            var section: OutlineSection
            if let index = sections.firstIndex(where: { $0.key == patch.key }) {
                section = sections.remove(at: index)
                if patch.after == nil && patch.before == nil {
                    sections.insert(apply(patch, to: section), at: index)
                    continue
                }
            } else {
                guard let sectionName = patch.name else {
                    let known = sections.map(\.key)
                    let guess = DidYouMean.suggest(patch.key, among: known).map { "是否想写“\($0)”？" } ?? ""
                    problem("大纲 \(base.id) 中没有“\(patch.key)”部分。\(guess)新增部分时请同时写 name。")
                    continue
                }
                section = OutlineSection(key: patch.key, name: sectionName, required: false)
            }
            section = apply(patch, to: section)
            if let anchor = patch.after ?? patch.before {
                guard let anchorIndex = sections.firstIndex(where: { $0.key == anchor }) else {
                    problem("after/before 所指的部分“\(anchor)”不在大纲中。")
                    continue
                }
                sections.insert(section, at: patch.after != nil ? anchorIndex + 1 : anchorIndex)
            } else if let signature = sections.firstIndex(where: { $0.key == "signature" }) {
                sections.insert(section, at: signature)
            } else {
                sections.append(section)
            }
        }
        if !spec.order.isEmpty {
            for key in spec.order where !sections.contains(where: { $0.key == key }) {
                problems.append(SourceProblem(file: file, message: "outline.order 中的“\(key)”不是大纲的部分。"))
            }
            let listed = spec.order.compactMap { key in sections.first { $0.key == key } }
            let rest = sections.filter { !spec.order.contains($0.key) }
            sections = listed + rest
        }
        return (Outline(id: id, name: name, sections: sections), problems)
    }

    private static func apply(_ patch: OutlinePatch, to original: OutlineSection) -> OutlineSection {
        var section = original
        if let name = patch.name { section.name = name }
        if let headings = patch.headings { section.headings = headings }
        if let heading = patch.heading {
            // The old default stays recognisable; the new one becomes a variant too.
            if let old = section.defaultHeading, !section.headings.contains(old) { section.headings.append(old) }
            if !section.headings.contains(heading) { section.headings.insert(heading, at: 0) }
            section.defaultHeading = heading
        }
        for heading in patch.addHeadings where !section.headings.contains(heading) { section.headings.append(heading) }
        if let required = patch.required {
            section.required = required
            // The type's own `required: true`: missing it is an error (missing-section).
            section.requiredByPlugin = required
        }
        if let minItems = patch.minItems { section.minItems = minItems }
        if let hint = patch.hint { section.hint = hint }
        return section
    }
}
