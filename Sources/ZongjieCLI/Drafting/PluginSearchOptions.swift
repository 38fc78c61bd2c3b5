import ArgumentParser
import Foundation
import ZongjieDrafting
import ZongjieFormats
import ZongjieSession

/// Where plugins beyond the built-ins are looked for, shared by `new`, `types` and `input-template`.
struct PluginSearchOptions: ParsableArguments {
    @Option(name: .customLong("plugin-dir"), help: "额外的报告类型文件夹（可多次使用；其中每个子文件夹是一个报告类型）。")
    var pluginDirectories: [String] = []

    /// The search path, lowest precedence first: user config, project ./plugins,
    /// ZONGJIE_PLUGIN_PATH (colon-separated), --plugin-dir. Later folders override earlier ones by id.
    func searchPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> [(url: URL, origin: ReportType.Origin)] {
        PluginSearchPath.folders(extraDirectories: pluginDirectories, environment: environment)
    }

    /// The catalog for this run; plugins that fail to load are reported on stderr and skipped.
    func loadCatalog() throws -> ReportTypeCatalog {
        for directory in pluginDirectories where !FileManager.default.fileExists(atPath: directory) {
            throw CLIError("--plugin-dir \(directory)：文件夹不存在。请检查路径。")
        }
        let catalog = try ReportTypeCatalog.load(searchPath: searchPath())
        for failed in catalog.failedPlugins {
            FileHandle.standardError.write(Data("zongjie: 警告：\(failed.warning)\n".utf8))
        }
        return catalog
    }

    /// The plugin `id` names (id, Chinese name or 事项), or an error listing the known types.
    func plugin(id: String, in catalog: ReportTypeCatalog) throws -> Plugin {
        let type: ReportType
        do { type = try catalog.resolveType(id) } catch { throw CLIError(error.description) }
        guard let plugin = catalog.plugin(id: type.id) else { throw CLIError("报告类型“\(type.id)”没有起草所需的插件。") }
        return plugin
    }
}

/// A complete, user-facing error raised by a command.
struct CLIError: UserFacingError {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

extension SourceProblems: UserFacingError {}
extension DraftingError: UserFacingError {}
extension AtomicFileWriter.WriteError: UserFacingError {}
