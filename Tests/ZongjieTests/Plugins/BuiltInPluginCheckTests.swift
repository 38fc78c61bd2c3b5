import Foundation
import Testing

/// Every built-in plugin folder passes `zongjie plugin check`, so the built-ins are
/// also examples of the rules custom plugins are held to.
@Suite struct BuiltInPluginCheckTests {
    static var folders: [String] {
        let plugins = Paths.packageRoot.appendingPathComponent("plugins")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plugins.path)) ?? []
        return names.sorted().filter { FileManager.default.fileExists(atPath: plugins.appendingPathComponent("\($0)/plugin.yaml").path) }
    }

    @Test(arguments: folders)
    func passesPluginCheck(_ name: String) throws {
        let root = try Paths.temporaryFolder()
        let path = Paths.packageRoot.appendingPathComponent("plugins/\(name)").path
        let result = try CLIRunner.run(["plugin", "check", path], in: root, environment: PluginFixture.isolated(root))
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("插件检查通过"))
    }
}
