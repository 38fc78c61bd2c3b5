import Foundation
import Testing

/// `zongjie lint --format sarif|rdjson|github` on the real binary: SARIF valid against the
/// official 2.1.0 schema (vendored in Lint/Fixtures, see NOTICE), batch output one document
/// whatever the worker count, exit codes as for text.
@Suite struct CIFormatCommandTests {
    static let schema = Paths.packageRoot.appendingPathComponent("Tests/ZongjieTests/Lint/Fixtures/sarif-schema-2.1.0.json")

    /// python3 with jsonschema (CI pip-installs it); the schema test skips without it.
    static let jsonschemaAvailable: Bool = {
        guard let result = try? DocxPythonCheckTests.run(["python3", "-c", "import jsonschema"]) else { return false }
        return result.status == 0
    }()

    /// A draft with findings of several rules, one with a fix, in a file with a Chinese name.
    static func draftFolder() throws -> URL {
        let folder = try Paths.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("草稿"), withIntermediateDirectories: true)
        let draft = "某局2024年度工作总结\n\n一、主要工作\n\n1、完成了工作,效果良好。𠀀\n"
        try draft.write(to: folder.appendingPathComponent("草稿/总结.md"), atomically: true, encoding: .utf8)
        try "某局2024年度工作总结\n\n今年工作,有序推进。\n".write(to: folder.appendingPathComponent("草稿/第二份.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    /// Validates the SARIF file at `path` with jsonschema's Draft 4 validator (the schema's dialect).
    static func validate(_ path: String) throws -> (status: Int32, output: String) {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
        for error in errors[:5]:
            print(list(error.absolute_path), error.message[:200])
        sys.exit(1 if errors else 0)
        """
        return try DocxPythonCheckTests.run(["python3", "-c", script, schema.path, path])
    }

    @Test(.enabled(if: jsonschemaAvailable, "python3 with jsonschema not installed (pip install jsonschema)"))
    func sarifIsValidAgainstTheSchema() throws {
        let folder = try Self.draftFolder()
        let result = try CLIRunner.run(["lint", "--format", "sarif", "草稿"], in: folder)
        #expect(result.status == 0, "\(result.stderr.prefix(400))")
        let file = folder.appendingPathComponent("out.sarif")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        let check = try Self.validate(file.path)
        #expect(check.status == 0, "\(check.output.prefix(1000))")
        // The fixture (rules outside the list, absolute URIs, multi-line regions) too.
        let fixture = Paths.packageRoot.appendingPathComponent("Tests/ZongjieTests/Lint/Fixtures/report.sarif")
        let fixtureCheck = try Self.validate(fixture.path)
        #expect(fixtureCheck.status == 0, "\(fixtureCheck.output.prefix(1000))")
    }

    @Test func sarifFromTheBinary() throws {
        let folder = try Self.draftFolder()
        let result = try CLIRunner.run(["lint", "--format", "sarif", "草稿/总结.md"], in: folder)
        let run = try #require(try CIFormatReporterTests.json(result.stdout)["runs"].array?.first)
        let driver = run["tool"]["driver"]
        #expect(driver["name"].string == "zongjie" && driver["version"].string != nil && driver["informationUri"].string != nil)
        let rules = try #require(driver["rules"].array)
        let results = try #require(run["results"].array)
        #expect(results.count >= 3)
        for result in results {
            let index = try #require(result["ruleIndex"].int)
            #expect(rules[index]["id"].string == result["ruleId"].string)
            #expect(result["locations"].array?.first?["physicalLocation"]["artifactLocation"]["uri"].string == "%E8%8D%89%E7%A8%BF/%E6%80%BB%E7%BB%93.md")
        }
        #expect(results.contains { $0["fixes"].array?.isEmpty == false })
        #expect(rules.allSatisfy { $0["help"]["text"].string?.contains("依据：") == true })
    }

    /// Lines inserted above: every finding keeps its fingerprint while its line moves.
    @Test func fingerprintsStableAcrossRuns() throws {
        let folder = try Self.draftFolder()
        let path = folder.appendingPathComponent("草稿/总结.md")
        func fingerprints() throws -> [String: Int] {
            let result = try CLIRunner.run(["lint", "--format", "sarif", "草稿/总结.md"], in: folder)
            let results = try CIFormatReporterTests.json(result.stdout)["runs"].array?.first?["results"].array ?? []
            var lines: [String: Int] = [:]
            for result in results {
                let print = try #require(result["partialFingerprints"]["zongjie/v1"].string)
                lines[print] = result["locations"].array?.first?["physicalLocation"]["region"]["startLine"].int
            }
            return lines
        }
        let before = try fingerprints()
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "一、主要工作\n", with: "一、主要工作\n\n今年新增两段说明。\n\n").write(to: path, atomically: true, encoding: .utf8)
        let after = try fingerprints()
        let moved = before.keys.filter { after[$0] != nil && after[$0] != before[$0] }
        #expect(!moved.isEmpty, "no finding moved: \(before) → \(after)")
        // Every finding of the first run is found again (more may appear for the new text).
        #expect(before.keys.allSatisfy { after[$0] != nil }, "\(before) → \(after)")
    }

    @Test(arguments: ["sarif", "rdjson", "github"])
    func batchOutputIsTheSameWithAnyWorkerCount(format: String) throws {
        let folder = try Self.draftFolder()
        try "x\n".write(to: folder.appendingPathComponent("草稿/空白.md"), atomically: true, encoding: .utf8)
        let one = try CLIRunner.run(["lint", "--format", format, "--jobs", "1", "草稿"], in: folder)
        let two = try CLIRunner.run(["lint", "--format", format, "--jobs", "2", "草稿"], in: folder)
        #expect(one.stdout == two.stdout)
        #expect(one.status == two.status && one.stderr.isEmpty)
        if format != "github" {
            #expect((try? JSONSerialization.jsonObject(with: Data(one.stdout.utf8))) != nil, "not one JSON document")
        } else {
            #expect(one.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
        }
    }

    @Test func githubLinesAndExitCode() throws {
        let folder = try Self.draftFolder()
        let result = try CLIRunner.run(["lint", "--format", "github", "--fail-on", "warning", "草稿/总结.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("::warning file=草稿/总结.md,line=5,col=8,endLine=5,endColumn=9,title=punctuation-width::"))
    }

    @Test func rdjsonFromTheBinaryHasByteColumns() throws {
        let folder = try Self.draftFolder()
        let result = try CLIRunner.run(["lint", "--format", "rdjson", "草稿/总结.md"], in: folder)
        let diagnostics = try #require(try CIFormatReporterTests.json(result.stdout)["diagnostics"].array)
        let comma = try #require(diagnostics.first { $0["code"]["value"].string == "punctuation-width" })
        // "1、完成了工作" is 1 + 3 × 6 = 19 bytes: "," at byte column 20 (scalar column 8).
        #expect(comma["location"]["range"]["start"]["column"].int == 20)
        #expect(comma["suggestions"].array?.first?["text"].string == "，")
    }

    /// The fix diff of --dry-run must not break the document on stdout.
    @Test func dryRunDiffGoesToStderrForMachineFormats() throws {
        let folder = try Self.draftFolder()
        let result = try CLIRunner.run(["lint", "--format", "sarif", "--fix", "--dry-run", "草稿/总结.md"], in: folder)
        #expect(result.stderr.contains("+++"))
        #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil)
    }
}
