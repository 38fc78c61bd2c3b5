import ArgumentParser
import Foundation
import ZongjieDrafting
import ZongjieFormats

extension Zongjie.PluginCommand {
    /// `zongjie plugin new ID`: scaffolds a plugin folder from a base type.
    struct PluginNew: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "新建报告类型插件文件夹：带注释的 plugin.yaml、模板、示例材料和 README。",
            discussion: "已存在同名文件夹时拒绝覆盖。退出码：0 已创建；2 用法错误（id 不合规、文件夹已存在、底稿类型未知）。"
        )

        @Argument(help: ArgumentHelp("新报告类型的 id：小写英文字母、数字和连字符，如 baomi-gongzuo。", valueName: "ID"))
        var id: String

        @Option(name: .customLong("from"), help: ArgumentHelp("以哪个报告类型为底稿：id 或中文名称（默认 general）。", valueName: "类型"))
        var base = "general"

        @Option(help: ArgumentHelp("在哪个文件夹下创建（默认 plugins，即项目插件文件夹）。", valueName: "文件夹"))
        var dir = "plugins"

        @Option(help: ArgumentHelp("中文名称，如 保密工作总结。", valueName: "名称"))
        var name: String?

        @Option(help: ArgumentHelp("标题中的事项，如 保密；同时作为 lint 识别本类型的标题关键词。", valueName: "事项"))
        var topic: String?

        @OptionGroup var search: PluginSearchOptions

        func run() throws {
            guard PluginScaffold.isValidID(id) else {
                throw CLIError("id“\(id)”不合规：只能用小写英文字母、数字和连字符，以字母开头，如 baomi-gongzuo。")
            }
            let folder = URL(fileURLWithPath: dir).appendingPathComponent(id)
            let shown = (dir as NSString).appendingPathComponent(id)
            if FileManager.default.fileExists(atPath: folder.path) {
                throw CLIError("\(shown)：文件夹已存在，未做任何修改。请换一个 id，或先移走该文件夹。")
            }
            let catalog = try search.loadCatalog()
            let basePlugin = try search.plugin(id: base, in: catalog)
            let general = catalog.plugin(id: "general")?.templates ?? [:]
            let files = PluginScaffold.files(id: id, base: basePlugin, general: general, name: name, topic: topic)
            for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
                let url = folder.appendingPathComponent(relative)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFileWriter.write(text, to: url.path, overwrite: false)
            }
            let parent = dir == "plugins" ? "" : " --plugin-dir \(dir)"
            print("""
            已创建报告类型 \(id)：\(shown)/
            \(files.keys.sorted().map { "  \($0)" }.joined(separator: "\n"))
            下一步：
              编辑 \(shown)/plugin.yaml（每项都有注释）和 templates/ 中的模板
              zongjie plugin check \(shown)
              zongjie new --type \(id) --sample\(parent) -o 草稿.md
            """)
        }
    }
}
