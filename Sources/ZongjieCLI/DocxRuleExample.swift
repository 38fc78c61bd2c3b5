import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats
import ZongjieLint

/// What `zongjie rules docx-layout` shows as its triggering example: text cannot carry
/// a layout, so a small summary is written as .docx, reformatted the way a clerk's own file
/// often is (body in 宋体 小四, fonts without their fallbacks), read back and checked for real.
enum DocxRuleExample {
    /// The findings in gcc style, or nil for rules text examples can show.
    static func output(for ruleID: String) -> String? {
        guard ruleID == DocxLayoutRule.description.id else { return nil }
        let document = Document(
            title: TextLine("示范县数据管理局2024年度工作总结"),
            opening: [Paragraph("2024年，我局扎实推进各项工作。现将有关情况总结如下：")],
            sections: [Section(marker: NumberingMarker(style: .chineseComma, ordinal: 1, text: "一、"), heading: "主要工作",
                               paragraphs: [Paragraph("全年主动公开政府信息356条。"), Paragraph("办理依申请公开12件。")])],
            signature: Signature(unit: TextLine("示范县数据管理局"), date: DateLine(text: "2024年12月20日", year: 2024, month: 12, day: 20))
        )
        guard let data = try? DocxWriter.write(document, created: Date(timeIntervalSince1970: 1_734_652_800)),
              let content = try? DocxReader().read(data, path: "总结.docx"),
              let catalog = try? ReportTypeCatalog.builtIn() else { return nil }
        var layout = content.layout
        layout.declaredFonts = [:]
        for (index, paragraph) in layout.paragraphs.enumerated() where paragraph.styleID == "Normal" && !content.paragraphs[index].text.isEmpty {
            for run in paragraph.runs.indices {
                layout.paragraphs[index].runs[run].eastAsiaFont = "宋体"
                layout.paragraphs[index].runs[run].sizePoints = 12
            }
        }
        let engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: catalog)
        let findings = engine.lint(content.text, path: "总结.docx", docxLayout: layout).diagnostics.filter { $0.ruleID == ruleID }
        return findings.map { "总结.docx:\($0.range.start.line):\($0.range.start.column): \($0.severity.label): \($0.message) [\(ruleID)]" }
            .joined(separator: "\n")
    }
}
