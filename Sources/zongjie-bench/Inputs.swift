import Foundation
import ZongjieFormats

/// The texts a benchmark lints, decoded once before any timing.
struct BenchInputs {
    var texts: [(path: String, text: String)] = []
    var bytes: Int { texts.reduce(0) { $0 + $1.text.utf8.count } }

    /// Files and folders (searched for .txt/.md like `zongjie lint`), read and decoded.
    static func load(_ paths: [String]) throws -> BenchInputs {
        let collector = InputCollector(maxSize: 1 << 30)
        var inputs = BenchInputs()
        for path in try collector.expand(paths) {
            let input = try collector.read(path)
            inputs.texts.append((path, input.text))
        }
        return inputs
    }
}
