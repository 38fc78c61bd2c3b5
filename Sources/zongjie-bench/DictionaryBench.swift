import Foundation
import ZongjieDrafting
import ZongjieLint

/// What a dictionary of n entries costs: loading it (read + parse + the run's engine,
/// whose wording automaton holds it), building the bare automaton, and linting a text
/// with the full rule set and with the wording rule alone.
enum DictionaryBench {
    static func run(text path: String, dictionaries: [String], runs: Int, catalog: ReportTypeCatalog) throws -> [Record] {
        let inputs = try BenchInputs.load([path])
        let megabytes = Double(inputs.bytes) / 1e6
        var records: [Record] = []
        for dictionary in dictionaries {
            var entries: [WordingEntry] = []
            var engine: LintEngine?
            let load = Measurement.of(runs: runs, warmup: 1) {
                guard let data = FileManager.default.contents(atPath: dictionary) else { return }
                entries = (try? WordingDictionaryFile.parse(String(decoding: data, as: UTF8.self), path: dictionary)) ?? []
                engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(extraWordingEntries: entries), catalog: catalog)
            }
            guard let engine, !entries.isEmpty else { throw BenchError(description: "\(dictionary): no entries read") }
            let terms = entries.map(\.term)
            var matcher = MultiPatternMatcher(patterns: [])
            let build = Measurement.of(runs: runs, warmup: 1) { matcher = MultiPatternMatcher(patterns: terms) }
            let texts = inputs.texts.map { Array($0.text.utf8) }
            var matches = 0
            let scanOnly = Measurement.of(runs: runs, warmup: 1) {
                matches = 0
                for bytes in texts { matcher.forEachMatch(in: bytes) { _ in matches += 1 } }
            }
            var findings = 0
            let lint = Measurement.of(runs: runs, warmup: 1) {
                findings = 0
                for (file, text) in inputs.texts { findings += engine.lint(text, path: file).diagnostics.count }
            }
            let wording = WordingRule(settings: LintSettings(extraWordingEntries: entries))
            let contexts = inputs.texts.map { engine.linter.context(for: $0.text, path: $0.path) }
            var wordingFindings = 0
            let scan = Measurement.of(runs: runs, warmup: 1) {
                wordingFindings = 0
                for context in contexts { wordingFindings += wording.check(context).count }
            }
            records.append(Record([
                ("bench", "dict"), ("dict", dictionary), ("entries", entries.count), ("input", path), ("bytes", inputs.bytes),
                ("runs", runs), ("load_s", load.medianWall), ("build_s", build.medianWall),
                ("lint_s", lint.medianWall), ("lint_cpu_s", lint.medianCPU), ("lint_mb_s", megabytes / lint.medianWall),
                ("findings", findings), ("scan_s", scanOnly.medianWall), ("scan_mb_s", megabytes / scanOnly.medianWall),
                ("scan_cpu_mb_s", megabytes / scanOnly.medianCPU), ("build_cpu_s", build.medianCPU), ("load_cpu_s", load.medianCPU),
                ("matches", matches), ("wording_s", scan.medianWall), ("wording_mb_s", megabytes / scan.medianWall),
                ("wording_cpu_mb_s", megabytes / scan.medianCPU),
                ("wording_findings", wordingFindings),
            ]))
        }
        return records
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
}
