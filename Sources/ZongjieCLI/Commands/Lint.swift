import ArgumentParser

extension Zongjie {
    /// STUB: `zongjie lint`, filled in by its issue.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lint", abstract: "（尚未实现）")

        func run() throws {
            print("zongjie lint: 尚未实现")
        }
    }
}
