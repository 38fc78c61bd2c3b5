import Foundation
import ZongjieCore

/// Checks a .docx against GB/T 9704—2012 as laid out: page, margins, lines
/// and characters per page, fonts and sizes by level, indents, 落款 and page numbers.
///
/// Text inputs have no layout, so its examples cannot trigger it; its
/// triggering cases are the tests feeding `DocxLayout` values (DocxLayoutRuleTests).
public struct DocxLayoutRule: LintRule {
    public static let description = RuleDescription(
        id: "docx-layout",
        name: "公文版式",
        summary: "检查 Word 文件的纸张、页边距、每页行数与每行字数、各级字体字号、首行缩进、落款位置和页码是否符合 GB/T 9704—2012。",
        rationale: "上报的总结按《党政机关公文格式》审核：版式不符会被退回重排；官方字体未安装时 Word 会悄悄换成别的字体，打印稿走样。",
        basis: "GB/T 9704—2012 5.1—5.2（纸张、版心、字体、行数字数）、7.3（正文各要素）、7.5（页码）",
        severity: .warning,
        triggering: [],
        nonTriggering: [
            RuleExample("示范县数据管理局2024年度工作总结\n\n2024年，我局扎实推进各项工作。\n"),
        ]
    )

    public init() {}

    /// One finding per deviation; none when the input was not a .docx.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let layout = context.docxLayout else { return [] }
        let roles = DocxParagraphRole.roles(in: context.document)
        let bodyRun = roles.keys.sorted().lazy
            .filter { roles[$0]?.role == .body }
            .compactMap { layout.paragraph(line: $0)?.runs.first(where: \.hasHan) }
            .first
        var findings: [DocxLayoutFinding] = []
        findings += DocxPageChecks.check(layout, bodyRun: bodyRun)
        findings += DocxParagraphChecks.check(layout, roles: roles)
        findings += DocxSignatureCheck.check(layout, document: context.document)
        findings += DocxPageNumberChecks.check(layout)
        findings += DocxFontSubstitutionCheck.check(layout, roles: roles)
        if !findings.isEmpty {
            // A clerk's own file: the fix for all of it at once is our export, which keeps the text.
            findings[findings.count - 1].message += Self.exportHint(path: context.path)
        }
        return findings.map { finding in
            let range: SourceRange
            if let line = finding.line {
                range = SourceRange(line: line, startColumn: 1, endColumn: context.source.line(line).unicodeScalars.count + 1)
            } else {
                range = .documentStart
            }
            return diagnostic(range, finding.message, data: finding.data)
        }
    }
}

extension DocxLayoutRule {
    /// The advice ending the last finding: re-lay the file out with `zongjie export`.
    public static func exportHint(path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return "\n以上版式问题可一次解决：zongjie export \(name) -o \(stem)-排版.docx（按 GB/T 9704 重新排版，文字不变）。"
    }
}

/// One deviation: where (paragraph number, nil for the whole file), what was found and what GB/T 9704 asks.
struct DocxLayoutFinding {
    var line: Int?
    var message: String
    var data: [String: String]

    init(line: Int? = nil, _ message: String, item: String, found: String, expected: String) {
        self.line = line
        self.message = message
        self.data = ["item": item, "found": found, "expected": expected]
    }
}

/// Number formatting shared by the docx checks.
enum DocxUnits {
    /// Twips as millimetres with one decimal, e.g. "37.0".
    static func millimetres(_ twips: Int) -> String {
        String(format: "%.1f", Double(twips) / 1440 * 25.4)
    }

    /// Points without a trailing ".0", e.g. "16", "28.95".
    static func points(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%g", rounded)
    }

    /// Hundredths of a character as 字, e.g. "2", "1.5".
    static func characters(_ hundredths: Int) -> String {
        points(Double(hundredths) / 100)
    }
}
