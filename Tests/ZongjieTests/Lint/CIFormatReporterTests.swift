import Foundation
import Testing
import ZongjieCore
import ZongjieLint

/// The CI formats (sarif, rdjson, github), each compared with a checked-in expected output
/// (Fixtures/report.*). `ZONGJIE_UPDATE_GOLDEN=1` rewrites the fixtures.
@Suite struct CIFormatReporterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let paths = ReportPaths(workingDirectory: "/work/项目/")

    /// Line 2 mixes 1-, 3- and 4-byte scalars: "1、甲,乙𠀀丙" — scalar columns 1…7,
    /// UTF-8 byte columns 1, 2, 5, 8, 9, 12, 16.
    static let source = SourceText("某局2024年度工作总结\n1、甲,乙𠀀丙\n")

    /// Two rules of our own, so the fixtures do not change when the real rule list does.
    static let rules = [
        RuleDescription(id: "numbering-style", name: "序号写法", summary: "检查序号写法。", rationale: "层次不清，审稿会退回。",
                        basis: "GB/T 9704-2012 7.3.3 结构层次序数", severity: .warning, triggering: [], nonTriggering: []),
        RuleDescription(id: "missing-section", name: "缺少部分", summary: "检查必备部分。", rationale: "总结应有问题和打算。",
                        severity: .error, triggering: [], nonTriggering: []),
    ]

    static let results: [FileResult] = {
        let diagnostics = [
            Diagnostic(ruleID: "missing-section", severity: .error, range: .documentStart,
                       message: "缺少“存在的问题”部分。", data: ["section": "problems"]),
            Diagnostic(ruleID: "numbering-style", severity: .warning, range: SourceRange(line: 2, startColumn: 1, endColumn: 3),
                       message: "“1、”应为“1.”。",
                       fix: Fix(range: SourceRange(line: 2, startColumn: 1, endColumn: 3), replacement: "1.", kind: .mechanical)),
            Diagnostic(ruleID: "punctuation-width", severity: .warning, range: SourceRange(line: 2, startColumn: 4, endColumn: 5),
                       message: "半角“,”应为全角“，”。",
                       fix: Fix(range: SourceRange(line: 2, startColumn: 4, endColumn: 5), replacement: "，", kind: .mechanical)),
            Diagnostic(ruleID: "plugin-rule", severity: .info, range: SourceRange(line: 2, startColumn: 7, endColumn: 8),
                       message: "100%完成,见下:\n第二行"),
            Diagnostic(ruleID: "year-mismatch", severity: .error,
                       range: SourceRange(start: SourcePosition(line: 1, column: 3), end: SourcePosition(line: 2, column: 1)),
                       message: "跨行的问题。"),
        ]
        return [
            FileResult(path: "./草稿/a b.md", reportType: "general", source: source, diagnostics: diagnostics),
            FileResult(path: "/work/项目/clean.txt", reportType: "general", source: SourceText("x"), diagnostics: []),
            FileResult(path: "/elsewhere/c,d.md", reportType: "general", source: SourceText("标题\n"),
                       diagnostics: [Diagnostic(ruleID: "numbering-style", severity: .warning, range: SourceRange(line: 1, startColumn: 1, endColumn: 3), message: "x")]),
        ]
    }()

    /// The fixture's text, or (with ZONGJIE_UPDATE_GOLDEN=1) `actual` written as the new fixture.
    static func expected(_ name: String, actual: String) throws -> String {
        let url = fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ZONGJIE_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func sarifReport() throws {
        let sarif = SARIFReporter(rules: Self.rules, paths: Self.paths).report(Self.results)
        #expect(sarif == (try Self.expected("report.sarif", actual: sarif)))
    }

    @Test func sarifFields() throws {
        let sarif = SARIFReporter(rules: Self.rules, paths: Self.paths).report(Self.results)
        let run = try #require(try Self.json(sarif)["runs"].array?.first)
        #expect(run["columnKind"].string == "unicodeCodePoints")
        #expect(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].string == "file:///work/%E9%A1%B9%E7%9B%AE/")
        let rules = try #require(run["tool"]["driver"]["rules"].array)
        #expect(rules.map { $0["id"].string } == ["numbering-style", "missing-section"])
        #expect(rules[0]["help"]["text"].string == "检查序号写法。\n依据：GB/T 9704-2012 7.3.3 结构层次序数")
        #expect(rules[0]["fullDescription"]["text"].string == "层次不清，审稿会退回。")
        // A rule without a basis shows its rationale in its place.
        #expect(rules[1]["help"]["text"].string == "检查必备部分。\n依据：总结应有问题和打算。")
        #expect(rules[1]["defaultConfiguration"]["level"].string == "error")
        let results = try #require(run["results"].array)
        #expect(results.count == 6)
        // A rule outside the driver's list has no index; the others point at their rule.
        #expect(results[1]["ruleIndex"].int == 0 && results[0]["ruleIndex"].int == 1)
        #expect(results[2]["ruleIndex"].int == nil)
        #expect(results[3]["level"].string == "note")
        let location = results[2]["locations"].array?.first?["physicalLocation"]
        #expect(location?["artifactLocation"]["uri"].string == "%E8%8D%89%E7%A8%BF/a%20b.md")
        #expect(location?["artifactLocation"]["uriBaseId"].string == "%SRCROOT%")
        // Scalar columns, as on the run's columnKind: "丙" after the 4-byte "𠀀" is column 7.
        #expect(results[3]["locations"].array?.first?["physicalLocation"]["region"]["startColumn"].int == 7)
        let fix = results[2]["fixes"].array?.first?["artifactChanges"].array?.first?["replacements"].array?.first
        #expect(fix?["insertedContent"]["text"].string == "，")
        #expect(fix?["deletedRegion"]["startColumn"].int == 4)
        // Outside the working directory: an absolute file URI, no base.
        let outside = results[5]["locations"].array?.first?["physicalLocation"]["artifactLocation"]
        #expect(outside?["uri"].string == "file:///elsewhere/c%2Cd.md" && outside?["uriBaseId"].string == nil)
        #expect(results.allSatisfy { $0["partialFingerprints"]["zongjie/v1"].string != nil })
    }

    @Test func rdjsonReport() throws {
        let rdjson = RDJSONReporter(paths: Self.paths).report(Self.results)
        #expect(rdjson == (try Self.expected("report.rdjson", actual: rdjson)))
    }

    @Test func rdjsonCountsColumnsInUTF8Bytes() throws {
        let object = try Self.json(RDJSONReporter(paths: Self.paths).report(Self.results))
        #expect(object["source"]["name"].string == "zongjie")
        let diagnostics = try #require(object["diagnostics"].array)
        let comma = diagnostics[2]
        #expect(comma["location"]["path"].string == "草稿/a b.md")
        // "1、甲" is 7 bytes: "," starts at byte column 8.
        #expect(comma["location"]["range"]["start"]["column"].int == 8)
        #expect(comma["location"]["range"]["end"]["column"].int == 9)
        #expect(comma["severity"].string == "WARNING")
        #expect(comma["code"]["value"].string == "punctuation-width")
        #expect(comma["code"]["url"].string?.hasSuffix("#punctuation-width") == true)
        #expect(comma["suggestions"].array?.first?["text"].string == "，")
        #expect(comma["suggestions"].array?.first?["range"]["start"]["column"].int == 8)
        // "丙" follows the 4-byte "𠀀": byte columns 16 to 19.
        #expect(diagnostics[3]["location"]["range"]["start"]["column"].int == 16)
        #expect(diagnostics[3]["location"]["range"]["end"]["column"].int == 19)
        #expect(diagnostics[3]["severity"].string == "INFO")
        #expect(diagnostics[5]["location"]["path"].string == "/elsewhere/c,d.md")
    }

    @Test func githubReport() throws {
        let lines = GitHubReporter(paths: Self.paths).report(Self.results)
        #expect(lines == (try Self.expected("report.github.txt", actual: lines)))
        let split = lines.split(separator: "\n").map(String.init)
        #expect(split.count == 6)
        #expect(split[1] == "::warning file=草稿/a b.md,line=2,col=1,endLine=2,endColumn=3,title=numbering-style::“1、”应为“1.”。")
        // %, CR, LF escaped in the message; ",", ":" only in properties.
        #expect(split[3] == "::notice file=草稿/a b.md,line=2,col=7,endLine=2,endColumn=8,title=plugin-rule::100%25完成,见下:%0A第二行")
        // Across lines: no columns (GitHub takes them only on one line).
        #expect(split[4] == "::error file=草稿/a b.md,line=1,endLine=2,title=year-mismatch::跨行的问题。")
        #expect(split[5].hasPrefix("::warning file=/elsewhere/c%2Cd.md,line=1,"))
    }

    @Test func wordFilesCarryNoFixes() throws {
        var docx = Self.results[0]
        docx.path = "a.docx"
        let sarif = SARIFReporter(rules: Self.rules, paths: Self.paths).report([docx])
        let rdjson = RDJSONReporter(paths: Self.paths).report([docx])
        #expect(!sarif.contains("\"fixes\"") && !rdjson.contains("\"suggestions\""))
    }

    /// Text moved down by lines inserted above, and a finding repeated: the same fingerprints.
    @Test func fingerprintsSurviveMovedText() {
        let line = "1、甲,乙"
        let before = SourceText("标题\n\(line)\n")
        let after = SourceText("标题\n新增一段。\n再增一段。\n\(line)\n")
        func result(_ source: SourceText, line: Int) -> FileResult {
            FileResult(path: "a.md", reportType: "general", source: source, diagnostics: [
                Diagnostic(ruleID: "punctuation-width", severity: .warning, range: SourceRange(line: line, startColumn: 4, endColumn: 5), message: "m"),
                Diagnostic(ruleID: "missing-section", severity: .warning, range: .documentStart, message: "缺少问题", data: ["section": "problems"]),
                Diagnostic(ruleID: "missing-section", severity: .warning, range: .documentStart, message: "缺少打算", data: ["section": "plans"]),
            ])
        }
        let first = Fingerprints.of(result(before, line: 2))
        #expect(first == Fingerprints.of(result(after, line: 4)))
        #expect(Set(first).count == 3)
        // A missing part keeps its identity when another missing part is written.
        var fewer = result(after, line: 4)
        fewer.diagnostics.remove(at: 1)
        #expect(Fingerprints.of(fewer)[1] == first[2])
        // Same line text twice: told apart by occurrence.
        let twice = SourceText("\(line)\n\(line)\n")
        let repeated = FileResult(path: "a.md", reportType: "general", source: twice, diagnostics: [
            Diagnostic(ruleID: "punctuation-width", severity: .warning, range: SourceRange(line: 1, startColumn: 4, endColumn: 5), message: "m"),
            Diagnostic(ruleID: "punctuation-width", severity: .warning, range: SourceRange(line: 2, startColumn: 4, endColumn: 5), message: "m"),
        ])
        let prints = Fingerprints.of(repeated)
        #expect(prints[0].hasSuffix(":1") && prints[1].hasSuffix(":2") && prints[0].dropLast() == prints[1].dropLast())
    }

    static func json(_ text: String) throws -> JSONValue {
        JSONValue(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }
}

/// Subscripting parsed JSON without a chain of casts: a missing key reads as nil.
struct JSONValue {
    let value: Any?

    init(_ value: Any?) {
        self.value = value
    }

    subscript(key: String) -> JSONValue { JSONValue((value as? [String: Any])?[key]) }
    var array: [JSONValue]? { (value as? [Any])?.map(JSONValue.init) }
    var string: String? { value as? String }
    var int: Int? { (value as? NSNumber).map(\.intValue) }
}
