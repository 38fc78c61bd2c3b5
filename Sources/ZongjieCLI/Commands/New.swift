import ArgumentParser

extension Zongjie {
    /// STUB: `zongjie new`, filled in by its issue.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", abstract: "（尚未实现）")

        func run() throws {
            print("zongjie new: 尚未实现")
        }
    }
}
