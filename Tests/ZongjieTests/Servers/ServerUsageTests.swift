import Foundation
import Testing

/// Bad command lines for `zongjie lsp` and `zongjie mcp`: exit 2 with what to do, before serving.
struct ServerUsageTests {
    @Test(arguments: [["lsp", "--max-size", "0"], ["mcp", "--max-size", "lots"], ["lsp", "--debounce-ms", "-5"]])
    func badOptionsExitTwo(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(arguments[1]), "\(result.stderr.prefix(300))")
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingPluginFolderStopsTheMCPServerBeforeItServes() throws {
        let result = try CLIRunner.run(["mcp", "--plugin-dir", "没有这个文件夹"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误：--plugin-dir 没有这个文件夹：文件夹不存在"), "\(result.stderr.prefix(300))")
    }
}
