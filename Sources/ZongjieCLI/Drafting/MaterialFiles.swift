import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// Material files by extension: a .docx is the Word material form
/// (`input-template --format docx`), anything else YAML (or JSON to read).
enum MaterialFiles {
    /// Whether `path` names a Word form.
    static func isForm(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".docx")
    }

    /// The input a filled Word form holds, validated as a YAML file would be.
    static func loadForm(_ path: String, plugin: Plugin) throws -> DraftInput {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path)：无法读取材料表。")
        }
        let form = try FormDocxReader.read(data, path: path)
        return try MaterialFormReader.input(form, file: path, plugin: plugin)
    }

    /// The Word form for `plugin`, filled with `input` when given.
    static func formData(_ plugin: Plugin, input: DraftInput?) throws -> Data {
        let form = MaterialFormWriter.form(plugin, input: input)
        let unit = input?.text("unit") ?? ""
        return try FormDocxWriter.write(form, metadata: DocxMetadata(title: "\(plugin.manifest.name)材料填写表", creator: unit.isEmpty ? "zongjie" : unit))
    }

    /// Saves `input` to `path`: a Word form for .docx, else YAML.
    static func save(_ input: DraftInput, plugin: Plugin, to path: String, overwrite: Bool) throws {
        if isForm(path) {
            try AtomicFileWriter.write(formData(plugin, input: input), to: path, overwrite: overwrite)
        } else {
            try AtomicFileWriter.write(InputYAMLWriter.write(input, manifest: plugin.manifest), to: path, overwrite: overwrite)
        }
    }
}
