import ArgumentParser
import Foundation
import ZongjieDrafting

extension Zongjie.PluginCommand {
    /// `zongjie plugin list`: every plugin found, where it came from, and which one wins per id.
    struct PluginList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "列出所有报告类型插件：id、名称、来源（内置/用户/项目/路径）以及同 id 时哪个生效。",
            discussion: "同一 id 后找到的覆盖先找到的：内置 < 用户（$XDG_CONFIG_HOME/zongjie/plugins）< 项目（./plugins）< ZONGJIE_PLUGIN_PATH < --plugin-dir。加载失败的插件列在最后并跳过（退出码仍为 0）。"
        )

        @OptionGroup var search: PluginSearchOptions

        func run() throws {
            for directory in search.pluginDirectories where !FileManager.default.fileExists(atPath: directory) {
                throw CLIError("--plugin-dir \(directory)：文件夹不存在。请检查路径。")
            }
            let inventory = try PluginInventory.load(searchPath: search.searchPath())
            let winners = Dictionary(inventory.entries.filter(\.wins).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var rows: [[String]] = [["ID", "名称", "来源", "位置", "状态"]]
            let ids = (inventory.entries.map(\.id) + inventory.failed.map(\.id)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            for id in ids {
                // The one in use first, then those it overrides, most recent first.
                for entry in inventory.entries.filter({ $0.id == id }).reversed() {
                    let status: String
                    if entry.wins {
                        status = inventory.entries.filter({ $0.id == id }).count > 1 ? "生效（覆盖其余同 id 插件）" : "生效"
                    } else {
                        let winner = winners[id].map { $0.origin == .builtIn ? "内置" : "\(Self.originName($0.origin)) \($0.location)" } ?? ""
                        status = "被覆盖（生效的是\(winner)）"
                    }
                    rows.append([entry.id, entry.name, Self.originName(entry.origin), entry.origin == .builtIn ? "（程序内置）" : entry.location, status])
                }
                // A broken copy is listed too: one that should have won but did not load is what a user looks for.
                for failed in inventory.failed where failed.id == id {
                    rows.append([failed.id, failed.name, "—", failed.location, "未能加载，已跳过（见下方警告）"])
                }
            }
            print(TextTable.render(rows), terminator: "")
            print("同一 id 以后找到的为准：内置 < 用户 < 项目 < ZONGJIE_PLUGIN_PATH < --plugin-dir。")
            for failed in inventory.failed {
                FileHandle.standardError.write(Data("zongjie: 警告：\(failed.warning)\n".utf8))
            }
        }

        static func originName(_ origin: ReportType.Origin) -> String {
            switch origin {
            case .builtIn: "内置"
            case .user: "用户"
            case .project: "项目"
            case .path: "路径"
            }
        }
    }
}
