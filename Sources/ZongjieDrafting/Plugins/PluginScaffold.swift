import Foundation

/// The files of a new plugin folder made by `zongjie plugin new`: a commented
/// manifest copied from a base type, its templates, its example input and a README stub.
public enum PluginScaffold {
    /// Whether `id` is a usable plugin id: lower-case ASCII letters and digits in hyphen-separated words.
    public static func isValidID(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// Relative path → contents of the new plugin `id` made from `base`.
    /// - Parameters:
    ///   - name: Chinese name (default: the base's name marked as a copy).
    ///   - topic: the 事项 in titles; when given it is also the title keyword lint recognises.
    ///   - general: the general type's templates, which every plugin inherits; those the base only
    ///     inherits stay inherited (copying them would make them the new plugin's own, checked
    ///     against slots it may not have), except partials the copied templates include.
    public static func files(id: String, base: Plugin, general: [String: String], name: String?, topic: String?) -> [String: String] {
        var manifest = base.manifest
        manifest.id = id
        manifest.name = name ?? "\(base.manifest.name)（\(id)）"
        // The base type's one-line purpose would describe the wrong report.
        manifest.summary = nil
        if let topic {
            manifest.topic = topic
            manifest.title.keywords = [topic]
            manifest.title.pattern = "{unit}{year}年度{topic}工作总结"
            manifest.title.variants = ["{unit}{year}年{topic}工作总结"]
        }
        manifest.samplePath = "sample.yaml"
        var files: [String: String] = ["plugin.yaml": ManifestWriter.write(manifest, base: base.manifest.id)]
        let templates = ownTemplates(of: base, general: general)
        for (template, text) in templates {
            files["templates/\(template).mustache"] = text
        }
        files["sample.yaml"] = base.sampleInput ?? "# 示例材料：按 plugin.yaml 中的 slots 填写。\n"
        files["README.md"] = readme(id: id, manifest: manifest, base: base.manifest.id, templates: templates.keys.sorted())
        return files
    }

    /// The base's own templates and, transitively, the partials they include.
    static func ownTemplates(of base: Plugin, general: [String: String]) -> [String: String] {
        var own = base.templates.filter { base.manifest.id == "general" || general[$0.key] != $0.value }
        var pending = Array(own.values)
        while let text = pending.popLast() {
            for tag in TemplateNameCheck.tags(in: text) where tag.sigil == ">" && own[tag.name] == nil {
                guard let partial = base.templates[tag.name] else { continue }
                own[tag.name] = partial
                pending.append(partial)
            }
        }
        return own
    }

    private static func readme(id: String, manifest: PluginManifest, base: String, templates: [String]) -> String {
        """
        # \(id) — \(manifest.name)

        以 `\(base)` 为底稿生成的报告类型插件。请在这里写明：本类型写给谁、依据哪些文件要求、
        和底稿相比改了什么。

        ## 文件

        - `plugin.yaml`：清单（大纲、标题、填写项、计算项、检查规则），每项都有注释。
        - `templates/`：每个部分一个 Mustache 模板（\(templates.map { "`\($0)`" }.joined(separator: "、"))）；
          `{{> 名称}}` 引用同一文件夹中的片段模板，片段由多个模板共用。
        - `sample.yaml`：示例材料，`zongjie plugin check` 用它生成草稿并检查。

        ## 检查和试用

        ```sh
        zongjie plugin check <本文件夹>
        zongjie new --type \(id) --sample --plugin-dir <上一级文件夹> -o 草稿.md
        zongjie lint --plugin-dir <上一级文件夹> 草稿.md
        ```

        完整说明见 zongjie 的 PLUGINS.md。

        """
    }
}
