import Foundation
import Testing
import ZongjieFormats

/// `zongjie lint` end to end: messages, exit codes, formats, fixes, baseline, config.
@Suite struct LintCommandTests {
    /// A complete draft (lints clean) and a variant with mechanical problems.
    static let clean = """
    XX局2024年度工作总结

    2024年，我局认真履职，现将有关情况总结如下：
    一、主要工作
    （一）完善制度。全年修订制度12项。
    （二）强化培训。组织培训6次。
    二、存在的问题
    宣传方式单一。
    三、2025年工作打算
    一是丰富宣传方式。二是加强队伍建设。
    XX局
    2024年12月20日

    """
    static let fixable = clean.replacingOccurrences(of: "（二）强化培训", with: "(二)强化培训")
        .replacingOccurrences(of: "2024年12月20日", with: "2024年12月05日")

    func folder(_ files: [String: Data]) throws -> URL {
        let folder = try Paths.temporaryFolder()
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return folder
    }

    @Test func cleanDraftExitsZero() throws {
        let dir = try folder(["a.md": Data(Self.clean.utf8)])
        let result = try CLIRunner.run(["lint", "a.md"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout == "检查了 1 个文件：没有发现问题。\n")
    }

    @Test func warningsExitZeroUnlessFailOnWarning() throws {
        let dir = try folder(["a.md": Data(Self.fixable.utf8)])
        let result = try CLIRunner.run(["lint", "a.md"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("a.md:6:1: warning: 序号括号应为全角“（）”：“(二)”应为“（二）”。 [numbering-style]"))
        #expect(result.stdout.contains("a.md:12:1: warning: 成文日期“2024年12月05日”应写作“2024年12月5日”"))
        #expect(try CLIRunner.run(["lint", "--fail-on", "warning", "a.md"], in: dir).status == 1)
        #expect(try CLIRunner.run(["lint", "--strict", "a.md"], in: dir).status == 1)
    }

    @Test func onlyRunsTheNamedRules() throws {
        // The fixable draft has a half-width （二） (numbering-style) and a zero-padded date
        // (date-format); a pasted reprint notice adds a residue finding.
        let draft = Self.fixable.replacingOccurrences(of: "宣传方式单一。", with: "宣传方式单一。原创不易，转载请注明出处。")
        let dir = try folder(["a.md": Data(draft.utf8)])
        let all = try CLIRunner.run(["lint", "--format", "json", "a.md"], in: dir)
        let only = try CLIRunner.run(["lint", "--format", "json", "--only", "date-format", "--only", "residue", "a.md"], in: dir)
        func rules(_ json: String) throws -> Set<String> {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let files = object?["files"] as? [[String: Any]] ?? []
            return Set(files.flatMap { ($0["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } })
        }
        #expect(try rules(all.stdout).isSuperset(of: ["date-format", "residue", "numbering-style"]))
        #expect(try rules(only.stdout) == ["date-format", "residue"])
    }

    @Test func onlyWithAnUnknownRuleIsAUsageError() throws {
        let dir = try folder(["a.md": Data(Self.clean.utf8)])
        let result = try CLIRunner.run(["lint", "--only", "wordnig", "a.md"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--only 的规则 id“wordnig”不存在"))
        #expect(result.stderr.contains("zongjie rules"))
    }

    @Test func jsonFormat() throws {
        let dir = try folder(["a.md": Data(Self.fixable.utf8)])
        let result = try CLIRunner.run(["lint", "--format", "json", "a.md"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "a.md")
        #expect(files.first?["reportType"] as? String == "general")
        let first = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["rule"] as? String == "numbering-style")
        #expect(first["line"] as? Int == 6 && first["column"] as? Int == 1 && first["endColumn"] as? Int == 4)
        #expect((first["fix"] as? [String: Any])?["replacement"] as? String == "（二）")
        #expect((object["summary"] as? [String: Int]) == ["files": 1, "errors": 0, "warnings": 2, "infos": 0])
    }

    @Test func stdinAndEncodings() throws {
        let gb = try #require(TextDecoder.encode(Self.fixable, as: .gb18030))
        #expect(String(data: gb, encoding: .utf8) == nil, "GB18030 sample must not be valid UTF-8")
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(Self.fixable.data(using: .utf16LittleEndian)!)
        var bom = Data([0xEF, 0xBB, 0xBF])
        bom.append(Data(Self.fixable.utf8))
        let dir = try folder(["gb.txt": gb, "u16.txt": utf16, "bom.md": bom])
        for name in ["gb.txt", "u16.txt", "bom.md"] {
            let result = try CLIRunner.run(["lint", name], in: dir)
            #expect(result.stdout.contains("\(name):6:1: warning: 序号括号应为全角“（）”"), "\(name): \(result.stdout)")
        }
        let piped = try CLIRunner.run(["lint", "-"], stdin: Data(Self.fixable.utf8))
        #expect(piped.stdout.hasPrefix("-:6:1: warning:"))
    }

    @Test func foldersAreSearchedRecursivelyInOrder() throws {
        let dir = try folder([
            "b/z.md": Data(Self.fixable.utf8), "a.txt": Data(Self.fixable.utf8), "b/skip.yaml": Data("x".utf8),
            ".git/notes.md": Data(Self.fixable.utf8), ".hidden.md": Data(Self.fixable.utf8),
        ])
        let result = try CLIRunner.run(["lint", "."], in: dir)
        var paths: [String] = []
        for line in result.stdout.split(separator: "\n") {
            let path = String(line.split(separator: ":").first ?? "")
            if paths.last != path { paths.append(path) }
        }
        #expect(paths == ["./a.txt", "./b/z.md", "检查了 2 个文件：0 个错误，4 个警告，0 个提示。"])
    }

    @Test func fixRewritesInPlaceKeepingEncoding() throws {
        let original = try #require(TextDecoder.encode(Self.fixable, as: .gb18030))
        let dir = try folder(["a.txt": original])
        let dry = try CLIRunner.run(["lint", "--fix", "--dry-run", "a.txt"], in: dir)
        #expect(dry.stdout.hasPrefix("--- a.txt\n+++ a.txt（修复后）\n@@ -6 +6 @@\n-(二)强化培训。组织培训6次。\n+（二）强化培训。组织培训6次。\n@@ -12 +12 @@\n-2024年12月05日\n+2024年12月5日\n"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("a.txt")) == original)
        let fixed = try CLIRunner.run(["lint", "--fix", "a.txt"], in: dir)
        #expect(fixed.status == 0)
        #expect(fixed.stderr.contains("a.txt:6:1: 已修复：“(二)”→“（二）” [numbering-style]"))
        #expect(fixed.stdout == "检查了 1 个文件：没有发现问题。\n")
        let after = try Data(contentsOf: dir.appendingPathComponent("a.txt"))
        let decoded = try TextDecoder.decode(after, path: "a.txt")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == Self.clean.replacingOccurrences(of: "2024年12月20日", with: "2024年12月5日"))
    }

    @Test func baselineHidesKnownFindingsOnly() throws {
        let dir = try folder(["a.md": Data(Self.fixable.utf8)])
        let written = try CLIRunner.run(["lint", "--write-baseline", "base.json", "a.md"], in: dir)
        #expect(written.stderr.contains("已写入基线：base.json（2 条）"))
        let shifted = Self.fixable.replacingOccurrences(of: "一、主要工作", with: "一、主要工作\n全年工作平稳。")
        try Data(shifted.utf8).write(to: dir.appendingPathComponent("a.md"))
        let again = try CLIRunner.run(["lint", "--baseline", "base.json", "--fail-on", "warning", "a.md"], in: dir)
        #expect(again.status == 0)
        #expect(again.stdout == "检查了 1 个文件：没有发现问题。\n")
        let bad = try CLIRunner.run(["lint", "--baseline", "missing.json", "a.md"], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("missing.json: 无法读取基线文件"))
    }

    @Test func configurationFileUpwardAndExplicit() throws {
        let dir = try folder([
            ".zongjie.yaml": Data("rules:\n  numbering-style: error\n  no-such-rule: off\n".utf8),
            "sub/a.md": Data(Self.fixable.utf8),
            "quiet.yaml": Data("rules:\n  numbering-style: off\n  date-format: off\n".utf8),
        ])
        let result = try CLIRunner.run(["lint", "sub/a.md"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("sub/a.md:6:1: error:"))
        #expect(result.stderr.contains(".zongjie.yaml:3:3: 警告：未知的规则 id“no-such-rule”"))
        let quiet = try CLIRunner.run(["lint", "--config", "quiet.yaml", "sub/a.md"], in: dir)
        #expect(quiet.status == 0 && quiet.stdout == "检查了 1 个文件：没有发现问题。\n")
        let absent = try CLIRunner.run(["lint", "--config", "nope.yaml", "sub/a.md"], in: dir)
        #expect(absent.status == 2 && absent.stderr == "zongjie: 错误：nope.yaml: 无法读取配置文件。\n")
        let broken = try folder(["c.yaml": Data("rules:\n  numbering-style: loud\n".utf8), "a.md": Data(Self.clean.utf8)])
        let failed = try CLIRunner.run(["lint", "--config", "c.yaml", "a.md"], in: broken)
        #expect(failed.status == 2 && failed.stderr.contains("c.yaml:2:20: 规则“numbering-style”的设置“loud”无效"))
    }

    @Test func userDictionaryIsLoaded() throws {
        let dir = try folder(["a.md": Data(Self.clean.utf8), "words.tsv": Data("# 本单位词表\n布署\t部署\n".utf8)])
        #expect(try CLIRunner.run(["lint", "--dict", "words.tsv", "a.md"], in: dir).status == 0)
        let missing = try CLIRunner.run(["lint", "--dict", "nope.tsv", "a.md"], in: dir)
        #expect(missing.status == 2 && missing.stderr.contains("nope.tsv: 无法读取词表文件"))
    }
}

/// The fail level can come from the configuration file; the command line wins.
@Suite struct FailLevelTests {
    @Test func configFailOnAndCommandLineOverride() throws {
        let folder = try Paths.temporaryFolder()
        try Data("fail-on: warning\n".utf8).write(to: folder.appendingPathComponent(".zongjie.yaml"))
        try Data(LintCommandTests.fixable.utf8).write(to: folder.appendingPathComponent("a.md"))
        #expect(try CLIRunner.run(["lint", "a.md"], in: folder).status == 1)
        #expect(try CLIRunner.run(["lint", "--fail-on", "error", "a.md"], in: folder).status == 0)
    }

    @Test func danglingSymlinkIsReportedAsMissing() throws {
        let folder = try Paths.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: "/nonexistent/zongjie.md")
        let result = try CLIRunner.run(["lint", "link.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "zongjie: 错误：link.md: 找不到该文件或文件夹，请检查路径是否正确。\n")
    }
}

/// --fix with a baseline and with JSON output.
@Suite struct FixInteractionTests {
    @Test func dryRunDiffStaysOffJSONStdout() throws {
        let folder = try Paths.temporaryFolder()
        try Data(LintCommandTests.fixable.utf8).write(to: folder.appendingPathComponent("a.md"))
        let result = try CLIRunner.run(["lint", "--fix", "--dry-run", "--format", "json", "a.md"], in: folder)
        #expect(result.stdout.hasPrefix("{\"version\":1,"))
        #expect(result.stderr.hasPrefix("--- a.md\n+++ a.md（修复后）\n"))
    }

    @Test func baselineStillAppliesAfterFixing() throws {
        let folder = try Paths.temporaryFolder()
        let known = LintCommandTests.clean.replacingOccurrences(of: "宣传方式单一。", with: "宣传方式单一。\n（一）空标题")
        try Data(known.utf8).write(to: folder.appendingPathComponent("a.md"))
        let baseline = try CLIRunner.run(["lint", "--write-baseline", "b.json", "a.md"], in: folder)
        #expect(baseline.stdout.contains("empty-section"))
        // New, fixable problems appear; the known empty heading stays hidden before and after fixing.
        let text = known.replacingOccurrences(of: "（二）强化培训", with: "(二)强化培训")
        try Data(text.utf8).write(to: folder.appendingPathComponent("a.md"))
        let fixed = try CLIRunner.run(["lint", "--baseline", "b.json", "--fix", "a.md"], in: folder)
        #expect(fixed.stdout == "检查了 1 个文件：没有发现问题。\n")
        #expect(fixed.stderr.contains("a.md:6:1: 已修复：“(二)”→“（二）”"))
        #expect(try String(contentsOf: folder.appendingPathComponent("a.md"), encoding: .utf8) == known)
    }
}
