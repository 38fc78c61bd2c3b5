import ArgumentParser

extension Zongjie {
    /// `zongjie outline`: the section outlines report types use.
    struct OutlineCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outline",
            abstract: "查看报告类型的大纲（各部分、是否必需、可识别的标题写法、写作提示）。",
            subcommands: [OutlineShow.self]
        )
    }
}
