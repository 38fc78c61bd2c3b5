import Foundation
import ZongjieDrafting
import ZongjieLint

// zongjie-bench: in-process figures for BENCHMARKS.md (see scripts/bench.sh).
//
//   zongjie-bench lint [--runs N] [--without ID,...] PATH...    full default rule set, one core
//   zongjie-bench shares [--runs N] [--without ID,...] PATH...  each stage's CPU within one real lint run
//   zongjie-bench breakdown [--runs N] PATH...         context build and each rule alone, by CPU time
//   zongjie-bench dict [--runs N] --text PATH DICT...   dictionary load/build/lint per size
//   zongjie-bench typo-eval [--data DIR] [--show] [--grid] [ODW]  typo rule on ../shared/typo/odw.train, grouped 5-fold
//   zongjie-bench typo-scan [--data DIR] PATH...                   every typo finding in real documents
//
// Every figure is the median of N runs (default 5) after one warm-up; MB = 10^6 bytes of
// UTF-8 input; each result is one JSON line on stdout. Timing never lives in the tests.

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 5
if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
    runs = max(1, value)
    arguments.removeSubrange(flag...(flag + 1))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("zongjie-bench: \(message)\n".utf8))
    exit(2)
}

var without: Set<String> = []
if let flag = arguments.firstIndex(of: "--without"), flag + 1 < arguments.count {
    without = Set(arguments[flag + 1].split(separator: ",").map(String.init))
    arguments.removeSubrange(flag...(flag + 1))
}

guard let command = arguments.first else {
    fail("usage: zongjie-bench lint [--runs N] PATH... | dict [--runs N] --text PATH DICT.tsv...")
}
let rest = Array(arguments.dropFirst())
do {
    let catalog = try ReportTypeCatalog.builtIn()
    switch command {
    case "lint":
        guard !rest.isEmpty else { fail("lint: give files or folders") }
        for record in try LintBench.run(paths: rest, runs: runs, without: without, catalog: catalog) { print(record.json) }
    case "shares":
        guard !rest.isEmpty else { fail("shares: give files or folders") }
        for record in try RuleShares.run(paths: rest, runs: runs, without: without, catalog: catalog) { print(record.json) }
    case "breakdown":
        guard !rest.isEmpty else { fail("breakdown: give files or folders") }
        for record in try RuleBreakdown.run(paths: rest, runs: runs, catalog: catalog) { print(record.json) }
    case "dict":
        guard let flag = rest.firstIndex(of: "--text"), flag + 1 < rest.count else { fail("dict: --text PATH is required") }
        let dictionaries = rest.enumerated().filter { $0.offset != flag && $0.offset != flag + 1 }.map(\.element)
        for record in try DictionaryBench.run(text: rest[flag + 1], dictionaries: dictionaries, runs: runs, catalog: catalog) {
            print(record.json)
        }
    case "typo-scan" where rest.first == "--data", "typo-eval" where rest.first == "--data":
        // --data DIR: the typo data files from DIR (a rebuilt dictionaries/typo/) instead of the embedded copies.
        guard rest.count > 1 else { fail("--data needs a folder") }
        var files: [String: String] = [:]
        for name in ["words.txt", "confusions.txt", "affixes.txt", "pairs.tsv", "known.txt"] {
            // A data folder from before known.txt existed reads as an empty list.
            files["dictionaries/typo/" + name] = (try? String(contentsOfFile: rest[1] + "/" + name, encoding: .utf8)) ?? ""
        }
        TypoChecker.overrideData(files)
        let tail = Array(rest.dropFirst(2))
        if command == "typo-scan" {
            for line in try TypoEval.scan(paths: tail) { print(line) }
        } else {
            let path = tail.first { !$0.hasPrefix("--") } ?? "../shared/typo/odw.train"
            for line in try TypoEval.run(path: path, show: tail.contains("--show"), showGrid: tail.contains("--grid")) { print(line) }
        }
    case "typo-scan":
        for line in try TypoEval.scan(paths: rest) { print(line) }
    case "typo-eval":
        let show = rest.contains("--show"), showGrid = rest.contains("--grid")
        let path = rest.first { !$0.hasPrefix("--") } ?? "../shared/typo/odw.train"
        for line in try TypoEval.run(path: path, show: show, showGrid: showGrid) { print(line) }
    default:
        fail("unknown command \(command)")
    }
} catch {
    fail("\(error)")
}
