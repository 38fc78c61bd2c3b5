import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Where the full lint spends its time: building the context (decode, line scan,
/// structure parse), inline-ignore scanning, then each rule alone on prepared contexts.
/// One record per stage, sorted by time, so a profile is one command away.
enum RuleBreakdown {
    static func run(paths: [String], runs: Int, catalog: ReportTypeCatalog) throws -> [Record] {
        let inputs = try BenchInputs.load(paths)
        let linter = Linter(catalog: catalog)
        let megabytes = Double(inputs.bytes) / 1e6
        var records: [(Double, Record)] = []

        func record(_ stage: String, _ measurement: Measurement, findings: Int) {
            records.append((measurement.medianCPU, Record([
                ("bench", "breakdown"), ("stage", stage), ("cpu_s", measurement.medianCPU),
                ("cpu_mb_s", megabytes / measurement.medianCPU), ("findings", findings),
            ])))
        }

        let context = Measurement.of(runs: runs, warmup: 1) {
            for (path, text) in inputs.texts { _ = linter.context(for: text, path: path) }
        }
        record("context", context, findings: 0)
        let suppressions = Measurement.of(runs: runs, warmup: 1) {
            for (_, text) in inputs.texts { _ = Suppressions(SourceText(text)) }
        }
        record("suppressions", suppressions, findings: 0)

        for rule in linter.rules {
            // Fresh contexts per run so a rule pays for the shared scans it triggers first.
            var findings = 0
            let measurement = Measurement.of(runs: runs, warmup: 1) {
                findings = 0
                for (path, text) in inputs.texts {
                    let prepared = linter.context(for: text, path: path)
                    findings += rule.check(prepared).count
                }
            }
            let contextOnly = context.medianCPU
            var adjusted = measurement
            adjusted.cpu = measurement.cpu.map { max(0, $0 - contextOnly) }
            record(type(of: rule).id, adjusted, findings: findings)
        }
        return records.sorted { $0.0 > $1.0 }.map(\.1)
    }
}
