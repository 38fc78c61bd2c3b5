import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

extension ImportError: UserFacingError {}

/// Last year's report as a starting point (`import`, `new --from`): read with the lint
/// readers (.docx, .md, .txt in UTF-8, UTF-16 or GB18030), checked to be a summary, typed
/// from its title unless --type says, and turned into material.
enum LastYearReport {
    static func material(path: String, maxSize: String, typeID: String?, sameYear: Bool, year: String?,
                         search: PluginSearchOptions) throws -> ImportedMaterial {
        guard let limit = ByteSizeOption.parse(maxSize) else {
            throw CLIError("--max-size 应为正整数字节数，可带 K 或 M 后缀（如 20M），而不是“\(maxSize)”。")
        }
        if sameYear && year != nil { throw CLIError("--same-year 与 --year 只能选一个：--same-year 保持原年份，--year 指定新报告的年度。") }
        var targetYear: Int?
        if let year {
            guard let value = Int(year), (1990...2100).contains(value) else {
                throw CLIError("--year \(year)：应为四位年份，如 2025。")
            }
            targetYear = value
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIError("\(path)：是文件夹。请指定上年报告的文件（.docx、.md 或 .txt）。")
        }
        let catalog = try search.loadCatalog()
        let input = try InputCollector(maxSize: limit).read(path)
        let source = SourceText(input.text)
        let document = StructureParser().parse(source)
        try Importer.check(document, path: path)
        let plugin: Plugin
        if let typeID {
            plugin = try search.plugin(id: typeID, in: catalog)
        } else {
            let recognised = catalog.recognise(title: document.title?.text ?? "")?.id ?? "general"
            plugin = try search.plugin(id: recognised, in: catalog)
        }
        if !sameYear && targetYear == nil {
            guard let sourceYear = ReportYear.infer(from: document) else {
                throw CLIError("\(path)：标题和开头都没有写年度，无法推算新报告的年度。请用 --year 指定（如 --year 2025），或用 --same-year 保持原文。")
            }
            targetYear = sourceYear + 1
        }
        return Importer(plugin: plugin).material(from: document, source: source, path: path, targetYear: targetYear)
    }
}
