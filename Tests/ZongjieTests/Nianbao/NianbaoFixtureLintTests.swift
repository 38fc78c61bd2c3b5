import Testing
import ZongjieDrafting
import ZongjieLint

/// Our realistic 年报 lints clean under every rule, whether its tables are
/// Markdown pipes or one row of figures per line (as pasted from a PDF).
@Suite struct NianbaoFixtureLintTests {
    @Test(arguments: ["report.md", "report.txt"])
    func fixtureLintsClean(_ name: String) throws {
        let linter = Linter(catalog: try ReportTypeCatalog.builtIn())
        let findings = linter.lint(try NianbaoFixture.text(name), path: name)
        #expect(findings.isEmpty, "\(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleID) \($0.message)" })")
    }
}
