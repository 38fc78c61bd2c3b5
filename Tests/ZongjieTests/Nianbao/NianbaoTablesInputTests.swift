import Testing
import ZongjieCore
import ZongjieDrafting

/// The `nianbao-tables` input: totals are derived, a typed total is only checked,
/// and every mistake is reported at its own line and column.
@Suite struct NianbaoTablesInputTests {
    static func manifest() throws -> PluginManifest {
        try #require(NianbaoPluginTests.catalog.plugin(id: "gongkai-nianbao")).manifest
    }

    static func problems(_ yaml: String) throws -> [SourceProblem] {
        do {
            _ = try InputLoader.load(yaml, file: "材料.yaml", manifest: try manifest())
            return []
        } catch let error as SourceProblems {
            return error.problems
        }
    }

    static let balanced = """
    tables:
      applications:
        received: {natural: 3, business: 1}
        granted: {natural: 3, business: 1, total: 4}
      appeals:
        review: {upheld: 1, total: 1}
    """

    @Test func balancedTablesWithCorrectTotalsLoad() throws {
        let input = try InputLoader.load(Self.balanced, file: "材料.yaml", manifest: try Self.manifest())
        guard case .nianbaoTables(let tables)? = input.values["tables"] else {
            Issue.record("tables not read")
            return
        }
        #expect(tables.figures().figures.applications[.resultTotal, .total] == 4)
    }

    @Test func aWrongTypedTotalIsReportedAtItsLine() throws {
        let yaml = Self.balanced.replacingOccurrences(of: "total: 4", with: "total: 5")
        let problems = try Self.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 4)
        #expect(problems.first?.message.contains("填了 5，按各项计算应为 4") == true)
    }

    @Test func anUnbalancedColumnIsReported() throws {
        let yaml = Self.balanced.replacingOccurrences(of: "received: {natural: 3, business: 1}", with: "received: {natural: 4, business: 1}")
        let problems = try Self.problems(yaml)
        #expect(problems.contains { $0.message.contains("「自然人」列不平衡") })
    }

    @Test func unknownColumnsAndRowsAndNonNumbersAreReported() throws {
        let yaml = """
        tables:
          applications:
            received: {natral: 3}
            granted: {natural: 三}
            grantd: {natural: 1}
          appeals:
            review: {upheld: -1}
        """
        let problems = try Self.problems(yaml)
        #expect(problems.contains { $0.line == 3 && $0.message.contains("是否想写“natural”") })
        #expect(problems.contains { $0.line == 4 && $0.message.contains("应为非负整数") })
        #expect(problems.contains { $0.line == 7 && $0.message.contains("应为非负整数") })
        // Row ids are checked once the cells themselves are valid.
        let rows = try Self.problems("tables:\n  applications:\n    grantd: {natural: 1}\n")
        #expect(rows.count == 1 && rows.first?.line == 3 && rows.first?.message.contains("表三没有这一行") == true)
    }

    @Test func savedInputLoadsBackUnchanged() throws {
        let manifest = try Self.manifest()
        let plugin = try #require(NianbaoPluginTests.catalog.plugin(id: "gongkai-nianbao"))
        let input = try InputLoader.load(try #require(plugin.sampleInput), file: "sample.yaml", manifest: manifest)
        let saved = InputYAMLWriter.write(input, manifest: manifest)
        let reloaded = try InputLoader.load(saved, file: "saved.yaml", manifest: manifest)
        #expect(reloaded == input)
    }

    @Test func inputTemplateListsEveryRow() throws {
        let template = InputTemplateWriter.write(try Self.manifest())
        for row in ApplicationRow.allCases where row != .resultTotal {
            #expect(template.contains("\(row.id): "), "row \(row.id) missing from the input template")
        }
    }

    /// Uncommenting the example lines under `tables:` (the `#` becomes a space) gives a valid input.
    @Test func uncommentedInputTemplateTablesLoad() throws {
        let template = InputTemplateWriter.write(try Self.manifest())
        var inside = false
        var lines: [String] = []
        for line in template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "tables:" { inside = true } else if line.isEmpty { inside = false }
            lines.append(inside && line.hasPrefix("#  ") ? " " + line.dropFirst() : line)
        }
        let input = try InputLoader.load(lines.joined(separator: "\n"), file: "材料.yaml", manifest: try Self.manifest())
        guard case .nianbaoTables(let tables)? = input.values["tables"] else {
            Issue.record("uncommented tables not read")
            return
        }
        #expect(tables.applications?.count == ApplicationRow.allCases.count - 1)
        #expect(tables.appeals?["review"] != nil)
        #expect(tables.active?.licensing == 0)
    }

    /// Interactive mode does not ask 175 cells: it says the tables come from the file and keeps them.
    @Test func interactiveModeSkipsTheTablesAndKeepsTheFilesOnes() throws {
        let manifest = try Self.manifest()
        let defaults = try InputLoader.load(Self.balanced, file: "材料.yaml", manifest: manifest)
        var prompter = InteractivePrompter(manifest: manifest, defaults: defaults)
        var shown = ""
        let result = prompter.run(readLine: { "" }, write: { shown += $0 })
        #expect(shown.contains("统计表数字较多，请在材料文件中填写"))
        #expect(result.values["tables"] == defaults.values["tables"])
    }
}

