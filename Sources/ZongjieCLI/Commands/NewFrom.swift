import Foundation
import ZongjieDrafting
import ZongjieFormats
import ZongjieSession

extension Zongjie.New {
    /// `new --from LAST`: import last year's report and draft from it in one step.
    func runFrom(_ path: String) throws {
        if input != nil || sample || interactive {
            throw CLIError("--from 不能与 --input、--sample 或 --interactive 同用：--from 直接从上年的总结起草。")
        }
        for target in [output, saveInput].compactMap({ $0 }) where !force && FileManager.default.fileExists(atPath: target) {
            throw AtomicFileWriter.WriteError.exists(path: target)
        }
        let material = try LastYearReport.material(path: path, maxSize: maxSize, typeID: typeID, sameYear: sameYear,
                                                   year: year, search: search)
        var draftInput = material.input
        if let unit { draftInput.values["unit"] = .text(unit) }
        let draft = try Drafter(plugin: material.plugin).draft(draftInput)
        let data = try DraftOutput.data(for: draft.document, path: output, stdoutFormat: format)
        if let saveInput {
            try AtomicFileWriter.write(MaterialYAMLWriter.write(material), to: saveInput, overwrite: force)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        try AtomicFileWriter.write(data, to: output, overwrite: force)
        let pending = draft.placeholderCount == 0 ? "" : "；仍有 \(draft.placeholderCount) 处“【待填…】”“【待更新…】”需要补充"
        FileHandle.standardError.write(Data("已从上年的总结生成\(material.plugin.manifest.name)草稿：\(output)\(pending)。\n".utf8))
    }
}
