import ArgumentParser
import ZongjieDrafting

extension Zongjie {
    /// `zongjie input-template`: prints the commented YAML a user fills in for a report type.
    struct InputTemplate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "input-template",
            abstract: "输出某一报告类型的材料填写模板（带注释的 YAML）。"
        )

        @Option(name: .customLong("type"), help: "报告类型，如 zhengwu-gongkai（用 zongjie types 查看）。")
        var typeID: String

        @OptionGroup var search: PluginSearchOptions

        func run() throws {
            let catalog = try search.loadCatalog()
            let plugin = try search.plugin(id: typeID, in: catalog)
            print(InputTemplateWriter.write(plugin.manifest), terminator: "")
        }
    }
}
