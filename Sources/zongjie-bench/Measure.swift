import Foundation

/// Wall-clock and this thread's CPU time of repeated runs; figures are medians.
struct Measurement {
    var wall: [Double] = []
    var cpu: [Double] = []

    /// Runs `body` `warmup` times untimed, then `runs` times timed.
    static func of(runs: Int, warmup: Int, _ body: () -> Void) -> Measurement {
        for _ in 0..<warmup { body() }
        var result = Measurement()
        for _ in 0..<runs {
            let wall0 = DispatchTime.now().uptimeNanoseconds
            let cpu0 = threadCPUSeconds()
            body()
            result.cpu.append(threadCPUSeconds() - cpu0)
            result.wall.append(Double(DispatchTime.now().uptimeNanoseconds - wall0) / 1e9)
        }
        return result
    }

    var medianWall: Double { Self.median(wall) }
    var medianCPU: Double { Self.median(cpu) }
    var bestWall: Double { wall.min() ?? 0 }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// CPU seconds used by the calling thread (the machine is shared: wall time includes
/// waiting for a core, CPU time does not).
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// CPU seconds of the whole process (every thread) so far.
func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// One result line: printed as JSON so scripts/bench.sh can put it next to the peers.
struct Record {
    var fields: [(String, Any)]

    init(_ fields: [(String, Any)]) { self.fields = fields }

    var json: String {
        let parts = fields.map { key, value -> String in
            let rendered: String
            switch value {
            case let number as Double: rendered = number.isFinite ? String(format: "%.6g", number) : "null"
            case let number as Int: rendered = String(number)
            case let text as String:
                rendered = "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            default: rendered = "\"\(value)\""
            }
            return "\"\(key)\":\(rendered)"
        }
        return "{" + parts.joined(separator: ",") + "}"
    }
}
