import Foundation
import Yams
import ZongjieCore
import ZongjieDrafting

/// `.zongjie.yaml`: which rules run, at which severity, which extra dictionaries
/// load, and the fail level. Every key has a default, so an empty file is valid.
///
/// ```yaml
/// rules:
///   latin-in-cjk: off        # off / on / error / warning / info
///   numbering-style: error
/// dictionaries:
///   - 本单位词表.tsv          # relative to this file
/// fail-on: warning
/// ```
public struct LintConfiguration: Sendable {
    /// Rules switched off.
    public var disabledRules: Set<String> = []
    /// Severity overrides by rule id.
    public var severities: [String: Severity] = [:]
    /// Dictionary files, as absolute paths.
    public var dictionaries: [String] = []
    /// Which severity makes the exit code 1 (nil: the command line decides, default error).
    public var failOn: Severity?
    /// Where the configuration came from, if from a file.
    public var path: String?
    /// Problems worth telling the user that do not stop the run (unknown rule id …), with file:line:column.
    public var warnings: [String] = []

    public init() {}

    /// The file name looked for.
    public static let fileName = ".zongjie.yaml"

    /// The nearest `.zongjie.yaml` in `folder` or a parent folder.
    public static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Loads and checks a configuration file against the known rule ids.
    public static func load(path: String, knownRules: Set<String>) throws -> LintConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, line: nil, column: nil, message: "无法读取配置文件。")
        }
        let text = String(decoding: data, as: UTF8.self)
        return try parse(text, path: path, knownRules: knownRules)
    }

    /// Parses configuration text; relative dictionary paths are resolved against `path`'s folder.
    public static func parse(_ text: String, path: String, knownRules: Set<String>) throws -> LintConfiguration {
        var configuration = LintConfiguration()
        configuration.path = path
        let root: Node?
        do {
            try YAMLLimits.check(text, file: path, kind: "YAML")
        } catch let error as SourceProblems {
            let problem = error.problems.first
            throw ConfigurationError(path: path, line: problem?.line, column: problem?.column, message: problem?.message ?? "\(error)")
        }
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ConfigurationError(path: path, line: nil, column: nil, message: "YAML 格式错误：\(error)")
        }
        guard let root else { return configuration }
        guard let mapping = root.mapping else {
            throw ConfigurationError(at: root.mark, path: path, message: "配置文件顶层应为键值对（rules、dictionaries、fail-on）。")
        }
        let folder = (path as NSString).deletingLastPathComponent
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "rules":
                guard let rules = value.mapping else {
                    throw ConfigurationError(at: value.mark, path: path, message: "rules 应为“规则 id: off/on/error/warning/info”的键值对。")
                }
                for (idNode, settingNode) in rules {
                    let id = idNode.string ?? ""
                    if !knownRules.contains(id) {
                        configuration.warnings.append("\(path):\(idNode.mark?.description ?? "1:1"): 警告：未知的规则 id“\(id)”，已忽略。可用 zongjie rules 查看全部规则。")
                        continue
                    }
                    try configuration.apply(setting: settingNode, to: id, path: path)
                }
            case "dictionaries":
                let items = value.sequence.map { Array($0) } ?? [value]
                for item in items {
                    guard let file = item.string, !file.isEmpty else {
                        throw ConfigurationError(at: item.mark, path: path, message: "dictionaries 应为词表文件路径的列表。")
                    }
                    configuration.dictionaries.append(file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file))
                }
            case "fail-on", "fail_on":
                guard let level = value.string.flatMap(Severity.init(rawValue:)) else {
                    throw ConfigurationError(at: value.mark, path: path, message: "fail-on 应为 error、warning 或 info。")
                }
                configuration.failOn = level
            default:
                configuration.warnings.append("\(path):\(keyNode.mark?.description ?? "1:1"): 警告：未知的配置项“\(key)”，已忽略（可用：rules、dictionaries、fail-on）。")
            }
        }
        return configuration
    }

    private mutating func apply(setting node: Node, to id: String, path: String) throws {
        // YAML 1.1 reads off/on/no/yes as booleans; accept both spellings.
        let raw = (node.string ?? "").lowercased()
        switch raw {
        case "off", "false", "no", "disable", "disabled":
            disabledRules.insert(id)
        case "on", "true", "yes", "enable", "enabled":
            disabledRules.remove(id)
        default:
            guard let severity = Severity(rawValue: raw) else {
                throw ConfigurationError(at: node.mark, path: path, message: "规则“\(id)”的设置“\(raw)”无效：应为 off、on、error、warning 或 info。")
            }
            disabledRules.remove(id)
            severities[id] = severity
        }
    }
}

/// A configuration file that cannot be used, with file:line:column.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int?, column: Int?, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    init(at mark: Mark?, path: String, message: String) {
        self.init(path: path, line: mark?.line, column: mark?.column, message: message)
    }

    public var description: String {
        if let line, let column { return "\(path):\(line):\(column): \(message)" }
        return "\(path): \(message)"
    }
}
