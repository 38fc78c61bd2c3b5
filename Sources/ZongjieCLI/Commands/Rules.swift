import ArgumentParser

extension Zongjie {
    /// STUB: `zongjie rules`, filled in by its issue.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rules", abstract: "（尚未实现）")

        func run() throws {
            print("zongjie rules: 尚未实现")
        }
    }
}
