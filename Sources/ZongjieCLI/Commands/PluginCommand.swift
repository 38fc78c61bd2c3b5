import ArgumentParser

extension Zongjie {
    /// `zongjie plugin`: make, check and list report-type plugins.
    struct PluginCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plugin",
            abstract: "新建、检查和列出报告类型插件（不需要写程序，说明见 PLUGINS.md）。",
            subcommands: [PluginNew.self, PluginCheck.self, PluginList.self]
        )
    }
}
