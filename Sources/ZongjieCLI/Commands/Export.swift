import ArgumentParser

extension Zongjie {
    /// STUB: `zongjie export`, filled in by its issue.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "（尚未实现）")

        func run() throws {
            print("zongjie export: 尚未实现")
        }
    }
}
