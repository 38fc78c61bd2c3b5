import Foundation
import MCP
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint
import ZongjieSession

/// The tools an assistant may call: the same lint, drafting and rule knowledge as the
/// command line, through the shared session. Each call stands alone (no state between
/// calls), so the handlers may run concurrently.
public struct ZongjieTools: Sendable {
    public let catalog: ReportTypeCatalog
    /// Largest text or file linted, and largest material drafted from, in bytes.
    public let maxSize: Int

    public init(catalog: ReportTypeCatalog, maxSize: Int) {
        self.catalog = catalog
        self.maxSize = maxSize
    }

    /// The tool list `tools/list` returns.
    public var definitions: [Tool] {
        [
            Tool(
                name: "lint",
                description: "检查年度工作总结初稿（缺少的部分、序号、年份、占位符、错敏词、标点等）。给出 text（文稿全文）或 path（.md/.txt/.docx 文件路径）之一；返回与 zongjie lint --format json 相同的 JSON。",
                inputSchema: Self.schema(properties: [
                    "text": .object(["type": "string", "description": "要检查的文稿全文（Markdown 或纯文本）。"]),
                    "path": .object(["type": "string", "description": "要检查的文件路径（按文件所在文件夹的 .zongjie.yaml 配置）。"]),
                    "name": .object(["type": "string", "description": "与 text 同用：报告中显示的文件名，默认 draft.md。"]),
                    "type": .object(["type": "string", "description": "报告类型 id 或中文名称，如 zhengwu-gongkai 或 政务公开（默认按标题识别），见 input_template。"]),
                    "previous": .object(["type": "string", "description": "上年同类报告的文件路径，用于对照检查（同 zongjie lint --previous）。"]),
                ], required: []),
                annotations: .init(readOnlyHint: true, openWorldHint: false)
            ),
            Tool(
                name: "draft",
                description: "按报告类型和材料（与 zongjie new --input 相同的 YAML 或 JSON）起草总结，返回草稿全文。缺少的事实以“【待填：…】”占位，并在第二段说明中列出。给出 from（上年总结的文件路径）时直接从上年的总结起草，同 zongjie new --from。",
                inputSchema: Self.lastYearSchema([
                    "type": .object(["type": "string", "description": "报告类型 id 或中文名称，如 general、zhengwu-gongkai 或 政务公开。"]),
                    "material": .object(["type": "string", "description": "材料文本（YAML 或 JSON），格式见 input_template。"]),
                    "format": .object(["type": "string", "enum": ["md", "txt"], "description": "输出格式：md（默认）或 txt。"]),
                    "from": .object(["type": "string", "description": "上年总结的文件路径（.docx/.md/.txt）：代替 material，由上年的总结起草；type 默认按标题识别。"]),
                ]),
                annotations: .init(readOnlyHint: true, openWorldHint: false)
            ),
            importDefinition,
            Tool(
                name: "rules",
                description: "列出全部检查规则（id、名称、默认级别、说明、理由、依据）；给出 id 时返回该规则的说明和示例。",
                inputSchema: Self.schema(properties: [
                    "id": .object(["type": "string", "description": "规则 id（省略则列出全部）。"]),
                ], required: []),
                annotations: .init(readOnlyHint: true, openWorldHint: false)
            ),
            Tool(
                name: "input_template",
                description: "返回某一报告类型的材料填写模板（带注释的 YAML），填好后交给 draft。",
                inputSchema: Self.schema(properties: [
                    "type": .object(["type": "string", "description": "报告类型 id 或中文名称；省略则列出可用的类型。"]),
                ], required: []),
                annotations: .init(readOnlyHint: true, openWorldHint: false)
            ),
        ]
    }

    static func schema(properties: [String: Value], required: [String]) -> Value {
        var schema: [String: Value] = ["type": "object", "properties": .object(properties), "additionalProperties": false]
        if !required.isEmpty { schema["required"] = .array(required.map(Value.string)) }
        return .object(schema)
    }

    /// Runs tool `name`. A problem with the arguments or the input is a tool result with
    /// `isError` (the assistant reads it and can correct itself); an unknown tool is a protocol error.
    public func call(_ name: String, arguments: [String: Value]?) throws -> CallTool.Result {
        let arguments = arguments ?? [:]
        do {
            switch name {
            case "lint": return try lint(arguments)
            case "draft": return try draft(arguments)
            case "import": return try importReport(arguments)
            case "rules": return try rules(arguments)
            case "input_template": return try inputTemplate(arguments)
            default:
                let known = definitions.map(\.name).joined(separator: "、")
                throw MCPError.invalidParams("未知的工具“\(name)”。可用的工具：\(known)")
            }
        } catch let error as MCPError {
            throw error
        } catch {
            return Self.failure("\(error)")
        }
    }

    static func text(_ text: String) -> Tool.Content {
        .text(text: text, annotations: nil, _meta: nil)
    }

    static func failure(_ message: String) -> CallTool.Result {
        CallTool.Result(content: [text("zongjie: 错误：\(message)")], isError: true)
    }

    /// A string argument; a value of another type is an error, not silently ignored.
    static func string(_ arguments: [String: Value], _ key: String) throws -> String? {
        guard let value = arguments[key], value != .null else { return nil }
        guard let text = value.stringValue else { throw ToolInputError("参数 \(key) 应为字符串。") }
        return text
    }

    private func lint(_ arguments: [String: Value]) throws -> CallTool.Result {
        let text = try Self.string(arguments, "text")
        let path = try Self.string(arguments, "path")
        guard (text == nil) != (path == nil) else {
            return Self.failure("请给出 text（文稿全文）或 path（文件路径）之一。")
        }
        var options = LintSessionOptions()
        options.reportType = try Self.string(arguments, "type")
        options.maxSize = maxSize
        options.previousPath = try Self.string(arguments, "previous")
        var warnings: [String] = []
        let session = try LintSession(options: options, catalog: catalog) { message in
            if case .configurationWarning(let warning) = message { warnings.append(warning) }
        }
        try session.loadPrevious()
        let result: FileResult
        if let text {
            guard text.utf8.count <= maxSize else {
                return Self.failure("文稿过大（\(text.utf8.count) 字节，上限 \(maxSize) 字节）。可用 --max-size 调大上限。")
            }
            let name = try Self.string(arguments, "name") ?? "draft.md"
            result = try session.lint(text: text, path: name)
        } else {
            result = try session.lint(fileAt: path ?? "")
        }
        var content = [Self.text(JSONReporter().report([result]))]
        if !warnings.isEmpty { content.append(Self.text(warnings.joined(separator: "\n"))) }
        return CallTool.Result(content: content, isError: false)
    }

    private func draft(_ arguments: [String: Value]) throws -> CallTool.Result {
        let format: DraftTextWriter.Format
        switch try Self.string(arguments, "format") ?? "md" {
        case "md", "markdown": format = .markdown
        case "txt", "text": format = .plainText
        case let other: return Self.failure("format 只能是 md 或 txt，而不是“\(other)”。")
        }
        if let from = try Self.string(arguments, "from") { return try draftFromLastYear(arguments, from: from, format: format) }
        guard let typeID = try Self.string(arguments, "type") else { return Self.failure("缺少参数 type（报告类型 id）或 from（上年总结的文件路径）。") }
        let plugin = try plugin(named: typeID)
        let material = try Self.string(arguments, "material") ?? ""
        guard material.utf8.count <= maxSize else {
            return Self.failure("材料过大（\(material.utf8.count) 字节，上限 \(maxSize) 字节）。")
        }
        // JSON material is read as JSON (its errors then name JSON positions), anything else as YAML.
        let file = material.drop(while: { $0.isWhitespace }).hasPrefix("{") ? "material.json" : "material.yaml"
        var input = DraftInput()
        var notes: [String] = []
        if !material.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            input = try InputLoader.load(material, file: file, manifest: plugin.manifest)
            notes += InputLoader.missingRequired(in: input, manifest: plugin.manifest, file: file).map { "警告：\($0)" }
        }
        notes += FigureConsistency.warnings(plugin.manifest, input: input).map { "警告：\($0)" }
        let draft = try Drafter(plugin: plugin).draft(input)
        if draft.placeholderCount > 0 { notes.append("仍有 \(draft.placeholderCount) 处“【待填：…】”需要补充。") }
        var content = [Self.text(DraftTextWriter.write(draft.document, format: format))]
        if !notes.isEmpty { content.append(Self.text(notes.joined(separator: "\n"))) }
        return CallTool.Result(content: content, isError: false)
    }

    private func rules(_ arguments: [String: Value]) throws -> CallTool.Result {
        let all = RuleRegistry.all.map { $0.description }
        if let id = try Self.string(arguments, "id") {
            guard let rule = all.first(where: { $0.id == id }) else {
                return Self.failure("未知的规则“\(id)”。可用的规则：\(all.map(\.id).joined(separator: "、"))")
            }
            var entry = Self.summary(rule)
            entry["triggering"] = .array(rule.triggering.map { .string($0.text) })
            entry["nonTriggering"] = .array(rule.nonTriggering.map { .string($0.text) })
            entry["corrections"] = .array(rule.corrections.map { .object(["before": .string($0.before), "after": .string($0.after)]) })
            return CallTool.Result(content: [Self.text(Self.json(.object(entry)))], isError: false)
        }
        return CallTool.Result(content: [Self.text(Self.json(.array(all.map { .object(Self.summary($0)) })))], isError: false)
    }

    private static func summary(_ rule: RuleDescription) -> [String: Value] {
        [
            "id": .string(rule.id), "name": .string(rule.name), "severity": .string(rule.severity.rawValue),
            "summary": .string(rule.summary), "rationale": .string(rule.rationale),
            "basis": .string(rule.basis), "fixable": .bool(!rule.corrections.isEmpty),
        ]
    }

    private func inputTemplate(_ arguments: [String: Value]) throws -> CallTool.Result {
        guard let typeID = try Self.string(arguments, "type") else {
            let list = catalog.types.map { "\($0.id)\t\($0.name)" }.joined(separator: "\n")
            return CallTool.Result(content: [Self.text("可用的报告类型（id 与名称）：\n\(list)\n")], isError: false)
        }
        let plugin = try plugin(named: typeID)
        return CallTool.Result(content: [Self.text(InputTemplateWriter.write(plugin.manifest))], isError: false)
    }

    /// The plugin `query` names (id, Chinese name or 事项), as `zongjie new --type` resolves it.
    func plugin(named query: String) throws -> Plugin {
        let type: ReportType
        do { type = try catalog.resolveType(query) } catch { throw ToolInputError(error.description) }
        guard let plugin = catalog.plugin(id: type.id) else { throw ToolInputError("报告类型“\(type.id)”没有起草所需的插件。") }
        return plugin
    }

    /// Compact JSON with sorted keys, so answers are stable.
    static func json(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}

/// A tool argument of the wrong shape.
struct ToolInputError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
