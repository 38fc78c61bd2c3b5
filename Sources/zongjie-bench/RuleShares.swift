import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Where one real lint run spends its CPU: the context build, then each rule in the order the
/// engine runs them, on the same context (so a shared scan is charged to the first rule that
/// asks for it, as in the real run), then sorting and inline ignores. Unlike `breakdown`, the
/// stages add up to the full lint. Each stage is the median over runs of its total per run.
enum RuleShares {
    static func run(paths: [String], runs: Int, without: Set<String>, catalog: ReportTypeCatalog) throws -> [Record] {
        let inputs = try BenchInputs.load(paths)
        var configuration = LintConfiguration()
        configuration.disabledRules = without
        let engine = LintEngine(configuration: configuration, settings: LintSettings(), catalog: catalog)
        let linter = engine.linter
        let megabytes = Double(inputs.bytes) / 1e6
        let stages = ["context"] + linter.rules.map { type(of: $0).id } + ["sort+ignores"]
        var perRun: [[Double]] = Array(repeating: [], count: stages.count)
        var findings = Array(repeating: 0, count: stages.count)
        for round in 0...runs {
            var totals = Array(repeating: 0.0, count: stages.count)
            findings = Array(repeating: 0, count: stages.count)
            for (path, text) in inputs.texts {
                var clock = threadCPUSeconds()
                func lap(_ stage: Int) {
                    let now = threadCPUSeconds()
                    totals[stage] += now - clock
                    clock = now
                }
                let context = linter.context(for: text, path: path)
                lap(0)
                var all: [Diagnostic] = []
                for (index, rule) in linter.rules.enumerated() {
                    let found = rule.check(context)
                    findings[index + 1] += found.count
                    all.append(contentsOf: found)
                    lap(index + 1)
                }
                all.sort { ($0.range.start, $0.ruleID) < ($1.range.start, $1.ruleID) }
                let suppressions = Suppressions(context.source)
                if !suppressions.isEmpty { all.removeAll { suppressions.suppresses($0) } }
                findings[stages.count - 1] += all.count
                lap(stages.count - 1)
            }
            if round > 0 { for index in stages.indices { perRun[index].append(totals[index]) } }
        }
        let medians = perRun.map(Measurement.median)
        let total = medians.reduce(0, +)
        var records = [Record([
            ("bench", "shares"), ("stage", "total"), ("without", without.sorted().joined(separator: ",")),
            ("cpu_s", total), ("cpu_mb_s", megabytes / total), ("findings", findings[stages.count - 1]),
        ])]
        for index in stages.indices.sorted(by: { medians[$0] > medians[$1] }) {
            records.append(Record([
                ("bench", "shares"), ("stage", stages[index]), ("cpu_s", medians[index]),
                ("share", medians[index] / total), ("ms_per_mb", medians[index] * 1000 / megabytes), ("findings", findings[index]),
            ]))
        }
        return records
    }
}
