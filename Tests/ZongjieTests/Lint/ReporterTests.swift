import Foundation
import Testing
import ZongjieCore
import ZongjieLint

/// Each reporter compared with a checked-in expected output (Fixtures/).
@Suite struct ReporterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Two files: one with three findings (data, fix, quotes and a tab in a message), one clean.
    static let results: [FileResult] = {
        let source = SourceText("标题\n1、甲\n")
        let diagnostics = [
            Diagnostic(ruleID: "missing-section", severity: .warning, range: SourceRange(line: 2, startColumn: 4, endColumn: 4),
                       message: "缺少“存在的问题”部分。", data: ["section": "problems"]),
            Diagnostic(ruleID: "numbering-style", severity: .warning, range: SourceRange(line: 2, startColumn: 1, endColumn: 3),
                       message: "“1、”应为“1.”。", data: ["expected": "1.", "found": "1、"],
                       fix: Fix(range: SourceRange(line: 2, startColumn: 1, endColumn: 3), replacement: "1.", kind: .mechanical)),
            Diagnostic(ruleID: "year-mismatch", severity: .error, range: SourceRange(line: 1, startColumn: 1, endColumn: 3),
                       message: "含\"引号\"和\t制表符"),
            Diagnostic(ruleID: "numbering-style", severity: .info, range: SourceRange(line: 2, startColumn: 1, endColumn: 3),
                       message: "跳层。"),
        ]
        return [
            FileResult(path: "草稿/a.md", reportType: "general", source: source, diagnostics: diagnostics),
            FileResult(path: "b.txt", reportType: "general", source: SourceText("x"), diagnostics: []),
        ]
    }()

    func expected(_ name: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func textReport() throws {
        #expect(TextReporter().report(Self.results) == (try expected("report.txt")))
    }

    @Test func jsonReport() throws {
        let json = JSONReporter().report(Self.results)
        #expect(json == (try expected("report.json")))
        // And it is valid JSON with the documented top-level keys.
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        #expect((object?["summary"] as? [String: Int]) == ["files": 2, "errors": 1, "warnings": 2, "infos": 1])
    }

    /// data.basis is the rule's 依据, unless the finding states a more precise one; an unknown
    /// rule gets none.
    @Test func jsonBasis() throws {
        let source = SourceText("甲")
        let range = SourceRange(line: 1, startColumn: 1, endColumn: 2)
        let diagnostics = [
            Diagnostic(ruleID: "date-format", severity: .warning, range: range, message: "m"),
            Diagnostic(ruleID: "wording", severity: .warning, range: range, message: "m", data: ["basis": "某词典", "term": "甲"]),
            Diagnostic(ruleID: "not-a-rule", severity: .warning, range: range, message: "m"),
        ]
        let json = JSONReporter().report([FileResult(path: "a.txt", reportType: "general", source: source, diagnostics: diagnostics)])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let found = ((object?["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]]) ?? []
        #expect(found.count == 3)
        #expect((found.first?["data"] as? [String: String])?["basis"] == RuleBasis.basis(of: "date-format"))
        #expect((found.dropFirst().first?["data"] as? [String: String]) == ["basis": "某词典", "term": "甲"])
        #expect(found.last?["data"] == nil)
    }

    @Test func colourOnlyWhenAsked() {
        let coloured = TextReporter(colour: true).report(Self.results)
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(!TextReporter().report(Self.results).contains("\u{1B}"))
    }

    @Test func cleanSummary() {
        #expect(TextReporter().report([Self.results[1]]) == "检查了 1 个文件：没有发现问题。\n")
    }
}
