import ZongjieRPC
import ZongjieSession

/// What an editor may set for the server, in `initializationOptions` or in
/// `workspace/didChangeConfiguration` (under a "zongjie" key or at the top level):
/// `type`, `strict`, `only`, `dictionaries`, `config`, `pluginDirectories`, `previous`.
struct ServerSettings: Equatable {
    var reportType: String?
    var strict = false
    var onlyRules: [String] = []
    var dictionaries: [String] = []
    var configPath: String?
    var pluginDirectories: [String] = []
    /// Last year's report, compared with every document (`lint --previous`).
    var previousPath: String?

    init() {}

    /// Reads the settings object; unknown keys and wrong types are ignored (editors send
    /// every setting they have, ours among them).
    init(_ json: JSON?) {
        guard let json else { return }
        let settings = json["zongjie"]?.objectValue.map(JSON.object) ?? json
        reportType = settings["type"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        strict = settings["strict"]?.boolValue ?? false
        onlyRules = settings["only"]?.stringArray ?? []
        dictionaries = settings["dictionaries"]?.stringArray ?? []
        configPath = settings["config"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        pluginDirectories = settings["pluginDirectories"]?.stringArray ?? []
        previousPath = settings["previous"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Session options for these settings and the server's size limit.
    func sessionOptions(maxSize: Int) -> LintSessionOptions {
        var options = LintSessionOptions()
        options.reportType = reportType
        options.strict = strict
        options.onlyRules = onlyRules
        options.dictionaries = dictionaries
        options.configPath = configPath
        options.maxSize = maxSize
        options.previousPath = previousPath
        return options
    }
}
