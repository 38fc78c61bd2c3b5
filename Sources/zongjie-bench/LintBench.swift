import Foundation
import ZongjieDrafting
import ZongjieLint

/// Throughput of the full default rule set on one core, texts already in memory
/// (like the peers' in-process figures): parse, every rule, inline ignores.
/// `without` names rules left out (e.g. typo), as `--disable` would.
enum LintBench {
    static func run(paths: [String], runs: Int, without: Set<String> = [], catalog: ReportTypeCatalog) throws -> [Record] {
        let inputs = try BenchInputs.load(paths)
        var configuration = LintConfiguration()
        configuration.disabledRules = without
        let engine = LintEngine(configuration: configuration, settings: LintSettings(), catalog: catalog)
        var findings = 0
        let measurement = Measurement.of(runs: runs, warmup: 1) {
            findings = 0
            for (path, text) in inputs.texts {
                findings += engine.lint(text, path: path).diagnostics.count
            }
        }
        let megabytes = Double(inputs.bytes) / 1e6
        return [Record([
            ("bench", "lint"), ("input", paths.joined(separator: " ")), ("without", without.sorted().joined(separator: ",")),
            ("files", inputs.texts.count),
            ("bytes", inputs.bytes), ("findings", findings), ("runs", runs),
            ("median_s", measurement.medianWall), ("best_s", measurement.bestWall), ("cpu_s", measurement.medianCPU),
            ("mb_s", megabytes / measurement.medianWall), ("cpu_mb_s", megabytes / measurement.medianCPU),
        ])]
    }
}
