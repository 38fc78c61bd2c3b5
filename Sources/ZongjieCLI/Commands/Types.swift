import ArgumentParser

extension Zongjie {
    /// STUB: `zongjie types`, filled in by its issue.
    struct Types: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "types", abstract: "（尚未实现）")

        func run() throws {
            print("zongjie types: 尚未实现")
        }
    }
}
