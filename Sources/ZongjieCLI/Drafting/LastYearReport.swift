import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieSession

extension ImportError: UserFacingError {}

/// `import` and `new --from` over the shared `LastYearReport`: the options checked and the
/// messages worded in the command line's terms (--year, --same-year, --type).
extension LastYearReport {
    static func material(path: String, maxSize: String, typeID: String?, sameYear: Bool, year: String?,
                         search: PluginSearchOptions) throws -> ImportedMaterial {
        guard let limit = ByteSizeOption.parse(maxSize) else {
            throw CLIError("--max-size 应为正整数字节数，可带 K 或 M 后缀（如 20M），而不是“\(maxSize)”。")
        }
        if sameYear && year != nil { throw CLIError("--same-year 与 --year 只能选一个：--same-year 保持原年份，--year 指定新报告的年度。") }
        var target = sameYear ? TargetYear.same : .following
        if let year {
            guard let value = Int(year), (1990...2100).contains(value) else {
                throw CLIError("--year \(year)：应为四位年份，如 2025。")
            }
            target = .year(value)
        }
        let catalog = try search.loadCatalog()
        let report = try LastYearReport(path: path, maxSize: limit)
        let plugin = try search.plugin(id: typeID ?? report.recognisedTypeID(in: catalog), in: catalog)
        return try report.material(plugin: plugin, year: target,
                                   missingYearHint: "请用 --year 指定（如 --year 2025），或用 --same-year 保持原文。")
    }
}
