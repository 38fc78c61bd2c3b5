import Foundation

/// Writes whole messages to stdout, never interleaved (the language and MCP servers answer
/// from several threads); a client that stopped reading (EPIPE) makes writes fail quietly
/// instead of killing the process.
public final class StdoutWriter: @unchecked Sendable {
    private let lock = NSLock()

    public init() {
        signal(SIGPIPE, SIG_IGN)
    }

    public func write(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(STDOUT_FILENO, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// Writes are unbuffered; kept so callers state where output must be complete.
    public func flush() {}
}
