import ArgumentParser

extension Zongjie {
    /// STUB: `zongjie input-template`, filled in by its issue.
    struct InputTemplate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "input-template", abstract: "（尚未实现）")

        func run() throws {
            print("zongjie input-template: 尚未实现")
        }
    }
}
