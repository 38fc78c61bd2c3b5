import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// Last year's report as a starting point, shared by `zongjie import`, `new --from` and the
/// MCP `import` tool: read with the lint readers (.docx, .md, .txt in UTF-8, UTF-16 or
/// GB18030), checked to be a summary, typed from its title unless the caller names a type,
/// and turned into material. It lives here, not in ZongjieDrafting, because reading .docx
/// needs ZongjieFormats, which drafting does not depend on.
///
/// Each front-end resolves the type id to a plugin and words its own option names, so the
/// messages name `--year` on the command line and `year` to an assistant.
public struct LastYearReport {
    /// Which year the material is for.
    public enum TargetYear: Sendable, Equatable {
        /// The year after the report's own, which its title or opening must name.
        case following
        /// The report's own year: years and figures kept as written.
        case same
        case year(Int)
    }

    /// The path (or name) messages and the material's header show.
    public let path: String
    public let source: SourceText
    public let document: Document

    /// Reads the file at `path`; refuses a folder, a file over `maxSize` bytes, and what is
    /// not a summary (no title, no prose).
    public init(path: String, maxSize: Int) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ImportError(description: "\(path)：是文件夹。请指定上年报告的文件（.docx、.md 或 .txt）。")
        }
        let input = try InputCollector(maxSize: maxSize).read(path)
        try self.init(text: input.text, name: path)
    }

    /// Text already decoded (Markdown or plain text), shown in messages as `name`.
    public init(text: String, name: String) throws {
        let source = SourceText(text)
        let document = StructureParser().parse(source)
        try Importer.check(document, path: name)
        self.path = name
        self.source = source
        self.document = document
    }

    /// The type its title names in `catalog` ("general" when none fits).
    public func recognisedTypeID(in catalog: ReportTypeCatalog) -> String {
        catalog.recognise(title: document.title?.text ?? "")?.id ?? "general"
    }

    /// The material for `plugin`. For `.following` the report must name its year;
    /// `missingYearHint` tells the user how to give one instead (in the front-end's words).
    public func material(plugin: Plugin, year: TargetYear, missingYearHint: String) throws -> ImportedMaterial {
        let targetYear: Int?
        switch year {
        case .same: targetYear = nil
        case .year(let value): targetYear = value
        case .following:
            guard let sourceYear = ReportYear.infer(from: document) else {
                throw ImportError(description: "\(path)：标题和开头都没有写年度，无法推算新报告的年度。\(missingYearHint)")
            }
            targetYear = sourceYear + 1
        }
        return Importer(plugin: plugin).material(from: document, source: source, path: path, targetYear: targetYear)
    }

    /// What is left for the clerk, appended to “已生成材料：…”: for next year's material the
    /// figures marked for updating and last year's plans to report on; empty otherwise.
    public static func pendingWork(_ material: ImportedMaterial) -> String {
        guard material.isNextYear else { return "" }
        return "；\(material.markedFigures) 处上年数字待更新，\(material.input.previousPlans.count) 条上年计划待写完成情况"
    }
}
