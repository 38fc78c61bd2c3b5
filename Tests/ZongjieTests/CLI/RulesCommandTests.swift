import Testing
import ZongjieLint

/// `zongjie rules` lists every rule and explains one.
@Suite struct RulesCommandTests {
    @Test func listsEveryRule() throws {
        let result = try CLIRunner.run(["rules"])
        #expect(result.status == 0)
        for rule in RuleRegistry.all {
            let description = rule.description
            #expect(result.stdout.contains(description.id) && result.stdout.contains(description.summary))
        }
        #expect(result.stdout.hasSuffix("共 \(RuleRegistry.all.count) 条规则。用 zongjie rules <id> 查看说明和示例。\n"))
    }

    @Test func explainsOneRule() throws {
        let result = try CLIRunner.run(["rules", "numbering-style"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("numbering-style（序号格式不规范）\n默认级别：warning\n"))
        #expect(result.stdout.contains("理由：GB/T 9704—2012"))
        #expect(result.stdout.contains("依据：GB/T 9704—2012 7.3.3"))
        #expect(result.stdout.contains("    ↓1、修订制度。全年修订12项。"))
        #expect(result.stdout.contains("自动修复（--fix）："))
    }

    @Test func unknownRule() throws {
        let result = try CLIRunner.run(["rules", "no-such-rule"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("zongjie: 错误：未知的规则“no-such-rule”。可用的规则：missing-section"))
    }
}
