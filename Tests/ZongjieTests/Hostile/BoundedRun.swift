import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a child process did, with the resources it used.
struct BoundedResult {
    var status: Int32
    /// The signal that ended it, when one did.
    var signal: Int32?
    var stdout: String
    var stderr: String
    /// Wall-clock seconds from start to exit (informative only: the machine may be shared).
    var seconds: Double
    /// CPU seconds the child used (user + system, from wait4): what limits are checked against,
    /// since a loaded machine stretches wall time but not the work done.
    var cpuSeconds: Double
    /// Peak resident memory of the child (VmHWM, sampled every few milliseconds), in megabytes.
    var peakMegabytes: Double
    /// Whether it was killed for using more CPU than the limit (or hanging far past it).
    var timedOut: Bool
}

/// Runs a binary with a CPU-time limit and measures its peak memory from
/// /proc/<pid>/status (VmHWM, the high-water mark of its own address space).
/// Not wait4's ru_maxrss: posix_spawn starts the child in the parent's address
/// space (vfork), and Linux then carries the test runner's peak into the child's.
/// Output goes to files, so a large output never blocks the child.
enum BoundedRun {
    /// Runs `binary arguments…` in `folder` and kills it once it has used `seconds` of CPU, or
    /// after `seconds` × `hangFactor` of wall time (a child blocked without working).
    /// `stdin` is a path opened as standard input (e.g. /dev/zero for an endless one).
    static func run(_ arguments: [String], binary: URL = Paths.binary, in folder: URL, seconds limit: Double,
                    stdin: String = "/dev/null", environment: [String: String] = [:]) throws -> BoundedResult {
        let hangFactor = 5.0
        let outURL = folder.appendingPathComponent(".bounded-\(UUID().uuidString).out")
        let errURL = folder.appendingPathComponent(".bounded-\(UUID().uuidString).err")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let start = Date()
        let pid = try spawn(binary.path, arguments, in: folder, stdin: stdin, stdout: outURL.path, stderr: errURL.path, environment: environment)
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var peakKilobytes = 0
        while true {
            peakKilobytes = max(peakKilobytes, highWaterMark(of: pid))
            let result = wait4(pid, &status, WNOHANG, &usage)
            if result == pid { break }
            if result < 0 && errno != EINTR { throw POSIXError(.ECHILD) }
            let overCPU = cpuSeconds(of: pid) > limit
            if overCPU || Date().timeIntervalSince(start) > limit * hangFactor, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let seconds = Date().timeIntervalSince(start)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let signalled = (status & 0x7F) != 0
        return BoundedResult(
            status: signalled ? -1 : (status >> 8) & 0xFF,
            signal: signalled ? status & 0x7F : nil,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            seconds: seconds,
            cpuSeconds: cpu,
            peakMegabytes: Double(peakKilobytes) / 1024,
            timedOut: timedOut
        )
    }

    /// CPU seconds (user + system) `pid` has used so far, from /proc/<pid>/stat; 0 when it
    /// cannot be read (process gone).
    static func cpuSeconds(of pid: pid_t) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        // After the command name: state is field 3, utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// VmHWM of `pid` in kilobytes, 0 when it cannot be read (process gone).
    static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// Starts the child with posix_spawn; returns its pid.
    static func spawn(_ path: String, _ arguments: [String], in folder: URL, stdin: String = "/dev/null", stdout: String, stderr: String,
                      environment: [String: String] = [:]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        // The shell changes folder, then execs the binary in its place (same pid, so wait4 measures it).
        let script = "cd \"$0\" && exec \"$@\""
        let argv: [UnsafeMutablePointer<CChar>?] = (["/bin/sh", "-c", script, folder.path, path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        return pid
    }
}
