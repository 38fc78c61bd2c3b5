import Foundation
import MCP
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieSession

/// The `import` tool, and `draft` with `from`: last year's report as a starting point,
/// through the same `LastYearReport` as `zongjie import` and `zongjie new --from`.
extension ZongjieTools {
    static let lastYearProperties: [String: Value] = [
        "type": .object(["type": "string", "description": "报告类型 id 或中文名称（默认按标题识别）。"]),
        "year": .object(["type": "integer", "description": "新报告的年度（默认为原报告年度的下一年）。"]),
        "same_year": .object(["type": "boolean", "description": "为 true 时保持原文的年份和数字，不为下一年度改写。"]),
    ]

    /// A tool's input schema: `properties` and the last-year options, none required.
    static func lastYearSchema(_ properties: [String: Value]) -> Value {
        schema(properties: properties.merging(lastYearProperties) { own, _ in own }, required: [])
    }

    var importDefinition: Tool {
        Tool(
            name: "import",
            description: "把上年的总结转成今年的材料（与 zongjie import 相同的 YAML），保留原文结构：年份顺延，上年的数字标为“【待更新：…】”，上年的工作打算列为核对清单。给出 path（.docx/.md/.txt 文件路径）或 text（全文）之一；返回材料 YAML，以及材料概况（类型、年度、待更新的数字、保留的原文结构）。材料可交给 draft。",
            inputSchema: Self.lastYearSchema([
                "path": .object(["type": "string", "description": "上年总结的文件路径（.docx、.md 或 .txt；UTF-8、UTF-16 或 GB18030）。"]),
                "text": .object(["type": "string", "description": "上年总结的全文（Markdown 或纯文本）。"]),
                "format": .object(["type": "string", "enum": ["md", "txt"], "description": "与 text 同用：全文的格式，md（默认）或 txt。"]),
            ]),
            annotations: .init(readOnlyHint: true, openWorldHint: false)
        )
    }

    func importReport(_ arguments: [String: Value]) throws -> CallTool.Result {
        let text = try Self.string(arguments, "text")
        let path = try Self.string(arguments, "path")
        guard (text == nil) != (path == nil) else {
            return Self.failure("请给出 path（上年总结的文件路径）或 text（上年总结的全文）之一。")
        }
        let material = try lastYearMaterial(arguments, path: path, text: text)
        let manifest = material.plugin.manifest
        var summary = "材料：\(manifest.name)（\(manifest.id)）"
        if let year = material.year { summary += "，\(year)年度" }
        summary += LastYearReport.pendingWork(material) + "。"
        if let parts = material.input.structure?.sections, !parts.isEmpty {
            summary += "\n保留的原文结构：" + parts.map(\.heading).joined(separator: "；")
        }
        return CallTool.Result(content: [Self.text(MaterialYAMLWriter.write(material)), Self.text(summary)], isError: false)
    }

    /// `draft` with `from`: import and draft in one step, as `zongjie new --from`.
    func draftFromLastYear(_ arguments: [String: Value], from path: String, format: DraftTextWriter.Format) throws -> CallTool.Result {
        if try Self.string(arguments, "material") != nil {
            return Self.failure("from 不能与 material 同用：from 直接从上年的总结起草。")
        }
        let material = try lastYearMaterial(arguments, path: path, text: nil)
        let draft = try Drafter(plugin: material.plugin).draft(material.input)
        var content = [Self.text(DraftTextWriter.write(draft.document, format: format))]
        if draft.placeholderCount > 0 {
            content.append(Self.text("仍有 \(draft.placeholderCount) 处“【待填…】”“【待更新…】”需要补充。"))
        }
        return CallTool.Result(content: content, isError: false)
    }

    /// The material for the report at `path` or in `text`, with `type`, `year` and `same_year` applied.
    private func lastYearMaterial(_ arguments: [String: Value], path: String?, text: String?) throws -> ImportedMaterial {
        let sameYear = try Self.bool(arguments, "same_year") ?? false
        var target = sameYear ? LastYearReport.TargetYear.same : .following
        if let value = arguments["year"], value != .null {
            guard let year = value.intValue ?? value.stringValue.flatMap({ Int($0) }), (1990...2100).contains(year) else {
                throw ToolInputError("year 应为四位年份，如 2025。")
            }
            if sameYear { throw ToolInputError("same_year 与 year 只能选一个：same_year 保持原年份，year 指定新报告的年度。") }
            target = .year(year)
        }
        let report: LastYearReport
        if let text {
            guard text.utf8.count <= maxSize else {
                throw ToolInputError("文稿过大（\(text.utf8.count) 字节，上限 \(maxSize) 字节）。可用 --max-size 调大上限。")
            }
            let format = try Self.string(arguments, "format") ?? "md"
            guard format == "md" || format == "txt" else { throw ToolInputError("format 只能是 md 或 txt，而不是“\(format)”。") }
            report = try LastYearReport(text: text, name: "上年.\(format)")
        } else {
            report = try LastYearReport(path: path ?? "", maxSize: maxSize)
        }
        let typeID = try Self.string(arguments, "type") ?? report.recognisedTypeID(in: catalog)
        let plugin = try plugin(named: typeID)
        return try report.material(plugin: plugin, year: target,
                                   missingYearHint: "请用 year 指定新报告的年度（如 2025），或用 same_year: true 保持原文。")
    }

    /// A boolean argument; a value of another type is an error, not silently ignored.
    static func bool(_ arguments: [String: Value], _ key: String) throws -> Bool? {
        guard let value = arguments[key], value != .null else { return nil }
        guard let flag = value.boolValue else { throw ToolInputError("参数 \(key) 应为 true 或 false。") }
        return flag
    }
}
