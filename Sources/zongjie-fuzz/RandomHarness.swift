#if !FUZZING
import Foundation

/// The deterministic harness: `zongjie-fuzz <target> [--seconds N] [--seed S]
/// [--corpus DIR]… [--out DIR]`, or `zongjie-fuzz <target> --replay FILE…`.
///
/// Mutates the seeds for a fixed time. Before each run the input is written to
/// `<out>/<target>-current.bin`, so after a crash that file is the reproducer;
/// an input using more than `--timeout` seconds of CPU is saved as `<target>-hang.bin`.
@main
struct RandomHarness {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            print("usage: zongjie-fuzz <\(names)> [--seconds N] [--seed S] [--corpus DIR]... [--out DIR] [--timeout S] | --replay FILE...")
            exit(2)
        }
        arguments.removeFirst()
        var options = Options()
        options.parse(arguments)
        if !options.replay.isEmpty {
            for file in options.replay {
                guard let data = FileManager.default.contents(atPath: file) else { print("cannot read \(file)"); exit(2) }
                target.run([UInt8](data))
                print("ok: \(file)")
            }
            return
        }
        run(target, options)
    }

    private static func run(_ target: FuzzTarget, _ options: Options) {
        try? FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        let current = options.out + "/\(target.rawValue)-current.bin"
        let seeds = Seeds.seeds(for: target, corpus: options.corpus)
        var mutator = Mutator(seed: options.seed)
        let watchdog = Watchdog(limit: options.timeout, current: current, hang: options.out + "/\(target.rawValue)-hang.bin")
        watchdog.start()
        let start = Date()
        var iterations = 0
        // Every seed once as is, then mutations until time runs out.
        for seed in seeds {
            runOne(target, seed, current: current, watchdog: watchdog)
            iterations += 1
        }
        while Date().timeIntervalSince(start) < options.seconds {
            let base = seeds[Int.random(in: 0..<seeds.count, using: &mutator.random)]
            let other = seeds[Int.random(in: 0..<seeds.count, using: &mutator.random)]
            runOne(target, mutator.mutate(base, other: other), current: current, watchdog: watchdog)
            iterations += 1
        }
        try? FileManager.default.removeItem(atPath: current)
        let elapsed = Date().timeIntervalSince(start)
        print("zongjie-fuzz \(target.rawValue): \(iterations) inputs in \(Int(elapsed)) s, seed \(options.seed), \(seeds.count) seeds, slowest \(String(format: "%.2f", watchdog.slowest)) s CPU, no crash")
    }

    private static func runOne(_ target: FuzzTarget, _ input: [UInt8], current: String, watchdog: Watchdog) {
        _ = FileManager.default.createFile(atPath: current, contents: Data(input))
        watchdog.begin()
        target.run(input)
        watchdog.end()
    }
}

/// Command-line options of the harness.
struct Options {
    var seconds: Double = 60
    var seed: UInt64 = 1
    var corpus: [String] = []
    var out = "fuzz-out"
    var timeout: Double = 20
    var replay: [String] = []

    mutating func parse(_ arguments: [String]) {
        var index = 0
        func value() -> String {
            index += 1
            return index < arguments.count ? arguments[index] : ""
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--seconds": seconds = Double(value()) ?? seconds
            case "--seed": seed = UInt64(value()) ?? seed
            case "--corpus": corpus.append(value())
            case "--out": out = value()
            case "--timeout": timeout = Double(value()) ?? timeout
            case "--replay": replay.append(contentsOf: arguments[(index + 1)...]); index = arguments.count
            default: print("unknown option \(arguments[index])"); exit(2)
            }
            index += 1
        }
    }
}

/// Notices an input that runs too long (a hang or a quadratic path) and stops the run, keeping the input.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    /// The fuzzing thread's CPU clock and its reading when the current input began. CPU time,
    /// not wall time: on a machine shared with other builds the wall clock stretches several
    /// times, and a slow input is one that does much work, not one that waited for a core.
    private var started: (clock: clockid_t, cpu: Double)?
    private(set) var slowest: Double = 0
    private let limit: Double
    private let current: String
    private let hang: String

    init(limit: Double, current: String, hang: String) {
        self.limit = limit
        self.current = current
        self.hang = hang
    }

    /// Called on the fuzzing thread before each input.
    func begin() {
        var clock = clockid_t()
        guard pthread_getcpuclockid(pthread_self(), &clock) == 0 else { return }
        let cpu = Self.seconds(of: clock)
        lock.withLock { started = (clock, cpu) }
    }

    func end() {
        lock.withLock {
            if let started { slowest = max(slowest, Self.seconds(of: started.clock) - started.cpu) }
            started = nil
        }
    }

    /// CPU seconds `clock` has counted.
    private static func seconds(of clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    func start() {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                let running = lock.withLock { started.map { Self.seconds(of: $0.clock) - $0.cpu } ?? 0 }
                if running > limit {
                    try? FileManager.default.removeItem(atPath: hang)
                    try? FileManager.default.copyItem(atPath: current, toPath: hang)
                    print("zongjie-fuzz: input used over \(Int(limit)) s of CPU, saved as \(hang)")
                    exit(3)
                }
            }
        }
        thread.start()
    }
}
#endif
