import ArgumentParser
import ZongjieDrafting

extension Zongjie {
    /// `zongjie types`: the report types this run knows, with their names and origin.
    struct Types: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "types",
            abstract: "列出可用的报告类型（内置的和插件路径上找到的）。"
        )

        @OptionGroup var search: PluginSearchOptions

        func run() throws {
            let catalog = try search.loadCatalog()
            let width = catalog.types.map { $0.id.count }.max() ?? 0
            for type in catalog.types {
                let padding = String(repeating: " ", count: width - type.id.count)
                let location = catalog.plugin(id: type.id)?.location ?? ""
                let origin = switch type.origin {
                case .builtIn: "内置"
                case .project: "项目：\(location)"
                case .user: "用户：\(location)"
                case .path: "插件路径：\(location)"
                }
                // One line each: what the type is for, so 政务公开工作总结 and 政府信息公开工作年度报告 are not confused.
                let purpose = catalog.plugin(id: type.id)?.manifest.summary.map { "：\($0)" } ?? ""
                print("\(type.id)\(padding)  \(type.name)（\(origin)）\(purpose)")
            }
        }
    }
}
